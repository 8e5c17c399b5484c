import { ErrorSummary, SubmitButton, TextField } from '../../layout/form';
import { useTexts } from '../../layout/renderer';
import { Notice, PostForm, formatDateTime } from '../../layout/components';
import type { PersonalData } from './export-queries';
import { privacyTexts } from './texts';

/** The section on /account with the person's rights. */
export function YourDataSection() {
  const t = useTexts(privacyTexts);
  return (
    <>
      <h2 class="utrecht-heading-2">{t.yourDataTitle}</h2>
      <p class="utrecht-paragraph">{t.yourDataIntro}</p>
      <ul class="utrecht-unordered-list vw-account-links">
        <li>
          <a class="utrecht-link" href="/account/gegevens">
            {t.downloadHtml}
          </a>
        </li>
        <li>
          <a class="utrecht-link" href="/account/gegevens.json" download="mijn-gegevens.json">
            {t.downloadJson}
          </a>
        </li>
        <li>
          <a class="utrecht-link" href="/account/verwijderen">
            {t.deleteLink}
          </a>
        </li>
        <li>
          <a class="utrecht-link" href="/privacy">
            {t.privacyLink}
          </a>
        </li>
      </ul>
    </>
  );
}

const show = (value: unknown, locale: 'nl' | 'en') =>
  value instanceof Date ? formatDateTime(value, locale) : value === null || value === undefined ? '—' : String(value);

function Table({ rows, caption, locale }: { rows: Record<string, unknown>[]; caption: string; locale: 'nl' | 'en' }) {
  const t = useTexts(privacyTexts);
  if (!rows.length) return <p class="utrecht-paragraph">{t.none}</p>;
  const columns = Object.keys(rows[0]!);
  return (
    <div class="utrecht-table-container" tabindex={0} role="region" aria-label={caption}>
      <table class="utrecht-table">
        <caption class="utrecht-table__caption">{caption}</caption>
        <thead class="utrecht-table__header">
          <tr class="utrecht-table__row">
            {columns.map((c) => (
              <th class="utrecht-table__header-cell" scope="col">
                {c}
              </th>
            ))}
          </tr>
        </thead>
        <tbody class="utrecht-table__body">
          {rows.map((row) => (
            <tr class="utrecht-table__row">
              {columns.map((c) => (
                <td class="utrecht-table__cell">{show(row[c], locale)}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function PersonalDataPage({ data, locale }: { data: PersonalData; locale: 'nl' | 'en' }) {
  const t = useTexts(privacyTexts);
  const sections: [string, Record<string, unknown>[]][] = [
    [t.account, [data.account]],
    [t.memberships, data.memberships],
    [t.activities, data.activities],
    [t.auditRows, data.auditLog],
    [t.mails, data.mails.map(({ body: _body, ...mail }) => mail)],
  ];
  return (
    <>
      <h1 class="utrecht-heading-1">{t.exportTitle}</h1>
      <p class="utrecht-paragraph">{t.exportIntro}</p>
      <p class="utrecht-paragraph">
        <a class="utrecht-link" href="/account/gegevens.json" download="mijn-gegevens.json">
          {t.downloadJson}
        </a>
      </p>
      {sections.map(([title, rows]) => (
        <section>
          <h2 class="utrecht-heading-2">{title}</h2>
          <Table rows={rows} caption={title} locale={locale} />
        </section>
      ))}
    </>
  );
}

export function DeleteAccountPage(props: { error?: string; problem?: string }) {
  const t = useTexts(privacyTexts);
  return (
    <>
      <h1 class="utrecht-heading-1">{t.deleteTitle}</h1>
      {props.problem && <Notice kind="error">{props.problem}</Notice>}
      <ErrorSummary errors={props.error ? { bevestiging: props.error } : {}} labels={{ bevestiging: t.deleteConfirmLabel }} />
      <p class="utrecht-paragraph">{t.deleteIntro}</p>
      <p class="utrecht-paragraph">
        <a class="utrecht-link" href="/privacy">
          {t.privacyLink}
        </a>
      </p>
      <PostForm action="/account/verwijderen">
        <TextField name="bevestiging" label={t.deleteConfirmLabel} value="" error={props.error} required autocomplete="off" maxLength={20} />
        <SubmitButton label={t.deleteButton} />
      </PostForm>
    </>
  );
}

export function AccountDeletedPage() {
  const t = useTexts(privacyTexts);
  return (
    <>
      <h1 class="utrecht-heading-1">{t.deleteTitle}</h1>
      <Notice kind="ok">{t.deleted}</Notice>
      <p class="utrecht-paragraph">
        <a class="utrecht-link" href="/">
          Veerkrachtige Wijken
        </a>
      </p>
    </>
  );
}

/** On an admin's user page: delete the account on a request the person sent by mail. */
export function AdminDeleteAccountForm({ action }: { action: string }) {
  const t = useTexts(privacyTexts);
  return (
    <>
      <h2 class="utrecht-heading-2">{t.deleteTitle}</h2>
      <p class="utrecht-paragraph">{t.deleteIntro}</p>
      <PostForm action={action}>
        <SubmitButton label={t.adminDeleteButton} secondary />
      </PostForm>
    </>
  );
}
