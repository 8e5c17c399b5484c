import type { Child } from 'hono/jsx';
import { ChoiceGroup } from '../../layout/form';
import { useTexts } from '../../layout/renderer';
import { accountTexts } from './texts';

/** The recovery codes, shown once, in a list that prints and copies well. */
export function RecoveryCodeList({ codes }: { codes: string[] }) {
  return (
    <ol class="vw-account-recovery-codes">
      {codes.map((code) => (
        <li>
          <code class="utrecht-code">{code}</code>
        </li>
      ))}
    </ol>
  );
}

export type DetailItem = { label: Child; value: Child };

/** Label–value pairs about one account or organisation; `multiline` keeps the line breaks of longer texts. */
export function DetailList({ items, multiline }: { items: DetailItem[]; multiline?: boolean }) {
  const valueClass = multiline ? 'utrecht-data-list__item-value utrecht-data-list__item-value--multiline' : 'utrecht-data-list__item-value';
  return (
    <dl class="utrecht-data-list vw-account-details">
      {items.map((item) => (
        <div class="utrecht-data-list__item">
          <dt class="utrecht-data-list__item-key">{item.label}</dt>
          <dd class={valueClass}>{item.value}</dd>
        </div>
      ))}
    </dl>
  );
}

/**
 * An account's e-mail address (and whether it is confirmed) and role, as its holder sees them on the account page
 * and an administrator on the account's page; `more` adds what only the latter sees.
 */
export function AccountDetailList(props: { email: string; emailVerified: boolean; role: string; more?: DetailItem[] }) {
  const t = useTexts(accountTexts);
  const emailStatus = props.emailVerified ? t.emailStatusVerified : t.emailStatusUnverified;
  return (
    <DetailList
      items={[
        { label: t.emailLabel, value: `${props.email} (${emailStatus})` },
        { label: t.roleLabel, value: t.roleName(props.role) },
        ...(props.more ?? []),
      ]}
    />
  );
}

/** The choice between Dutch and English, for an account's own language or that of an invitation. */
export function LanguageChoice(props: { label: string; value: string; error?: string }) {
  const t = useTexts(accountTexts);
  return (
    <ChoiceGroup
      kind="radio"
      name="taal"
      label={props.label}
      required
      error={props.error}
      values={[props.value]}
      options={[
        { value: 'nl', label: t.localeNl },
        { value: 'en', label: t.localeEn },
      ]}
    />
  );
}
