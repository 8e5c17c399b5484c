import { FUNDING_PROGRAMMES } from '../../db/enums';
import { ChoiceGroup, ErrorSummary, SubmitButton, TextField, SelectField } from '../../layout/form';
import { useAppContext, useTexts } from '../../layout/renderer';
import { layoutTexts } from '../../layout/texts';
import type { FieldErrors } from '../../validation/form';
import { HealthBadge } from '../projects/components';
import { localDate } from '../../dates';
import { formatEuro } from '../projects/money';
import { projectLabels } from '../projects/texts';
import type { FunderAccount, OverviewRow } from './queries';
import type { FunderInvitationValues } from './schemas';
import { funderTexts } from './texts';

function OverviewTable({ rows }: { rows: OverviewRow[] }) {
  const t = useTexts(funderTexts);
  const l = useTexts(projectLabels);
  const layout = useTexts(layoutTexts);
  const locale = useAppContext().var.locale;
  return (
    <div class="vw-funder-table-scroll" tabindex={0} role="region" aria-label={t.overviewTableRegion}>
      <table class="utrecht-table vw-project-table">
        <caption class="utrecht-table__caption vw-visually-hidden">{t.overviewTitle}</caption>
        <thead class="utrecht-table__header">
          <tr class="utrecht-table__row">
            <th class="utrecht-table__header-cell" scope="col">
              {t.colProject}
            </th>
            <th class="utrecht-table__header-cell" scope="col">
              {t.colPhase}
            </th>
            <th class="utrecht-table__header-cell" scope="col">
              {t.colHealth}
            </th>
            <th class="utrecht-table__header-cell vw-funder-number-heading" scope="col">
              {t.colProgress}
            </th>
            <th class="utrecht-table__header-cell vw-funder-number-heading" scope="col">
              {t.colAllocated}
            </th>
            <th class="utrecht-table__header-cell vw-funder-number-heading" scope="col">
              {t.colSpent}
            </th>
            <th class="utrecht-table__header-cell vw-funder-number-heading" scope="col">
              {t.colUtilisation}
            </th>
            <th class="utrecht-table__header-cell vw-funder-number-heading" scope="col">
              {t.colOverdue}
            </th>
            <th class="utrecht-table__header-cell" scope="col">
              {t.colLastUpdate}
            </th>
          </tr>
        </thead>
        <tbody class="utrecht-table__body">
          {rows.map((r) => (
            <tr class="utrecht-table__row">
              <th class="utrecht-table__header-cell" scope="row">
                <a class="utrecht-link" href={`/projecten/${r.slug}`}>
                  {r.title}
                </a>{' '}
                {r.isDemo && <span class="vw-demo-badge">{layout.demoBadge}</span>}
                <br />
                <span class="vw-meta">{l.programme(r.fundingProgramme)}</span>
              </th>
              <td class="utrecht-table__cell">{l.phase(r.phase)}</td>
              <td class="utrecht-table__cell">
                <HealthBadge health={r.health} />
              </td>
              <td class="utrecht-table__cell vw-funder-number">{r.progress === null ? l.none : l.percent(r.progress)}</td>
              <td class="utrecht-table__cell vw-funder-number">{formatEuro(r.budget.allocatedCents, locale)}</td>
              <td class="utrecht-table__cell vw-funder-number">{formatEuro(r.budget.spentCents, locale)}</td>
              <td class="utrecht-table__cell vw-funder-number">{r.budget.utilisation === null ? l.none : l.percent(r.budget.utilisation)}</td>
              <td class={`utrecht-table__cell vw-funder-number${r.overdue > 0 ? ' vw-project-overdue' : ''}`}>{r.overdue}</td>
              <td class="utrecht-table__cell">{r.lastUpdate ? l.date(r.lastUpdate) : l.none}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function FeedKeySection({
  rows,
  feedKeySince,
  createdKey,
  origin,
}: {
  rows: OverviewRow[];
  feedKeySince: Date | null;
  createdKey?: string;
  origin: string;
}) {
  const t = useTexts(funderTexts);
  const l = useTexts(projectLabels);
  return (
    <section aria-labelledby="feeds-kop" class="vw-no-print">
      <h2 class="utrecht-heading-2" id="feeds-kop">
        {t.feedsHeading}
      </h2>
      <p class="utrecht-paragraph">{t.feedsIntro}</p>
      {createdKey ? (
        <div class="utrecht-alert utrecht-alert--ok" role="status">
          <p class="utrecht-paragraph">{t.feedsCreated}</p>
          <ul class="utrecht-unordered-list">
            {rows.map((r) => {
              const url = `${origin}/projecten/${r.slug}/voortgang.atom?sleutel=${encodeURIComponent(createdKey)}`;
              return (
                <li>
                  {t.feedFor(r.title)}: <code class="vw-project-break">{url}</code>
                </li>
              );
            })}
          </ul>
        </div>
      ) : (
        feedKeySince && <p class="utrecht-paragraph">{t.feedsHasKey(l.date(localDate(feedKeySince)))}</p>
      )}
      <form method="post" action="/financier/feedsleutel">
        <SubmitButton label={feedKeySince || createdKey ? t.feedsRenew : t.feedsCreate} secondary />
      </form>
    </section>
  );
}

export function FunderOverviewPage(props: {
  rows: OverviewRow[];
  programmes: string[];
  isFunder: boolean;
  feedKeySince: Date | null;
  createdKey?: string;
  origin: string;
}) {
  const t = useTexts(funderTexts);
  const l = useTexts(projectLabels);
  return (
    <>
      <h1 class="utrecht-heading-1">{t.overviewTitle}</h1>
      <p class="utrecht-paragraph">{t.overviewIntro}</p>
      {props.isFunder && (
        <p class="utrecht-paragraph">
          {props.programmes.length ? t.scopeLimited(props.programmes.map((p) => l.programme(p)).join(', ')) : t.scopeAll}
        </p>
      )}
      {props.rows.length === 0 ? <p class="utrecht-paragraph">{t.noProjects}</p> : <OverviewTable rows={props.rows} />}
      <p class="utrecht-paragraph vw-no-print">
        <a class="utrecht-link" href="/financier/export.csv" download>
          {t.exportCsv}
        </a>
      </p>
      <p class="vw-meta vw-no-print">{t.printHint}</p>
      <FeedKeySection rows={props.rows} feedKeySince={props.feedKeySince} createdKey={props.createdKey} origin={props.origin} />
    </>
  );
}

function ProgrammeChoices({ name, values, error, label }: { name: string; values: string[]; error?: string; label: string }) {
  const t = useTexts(funderTexts);
  const l = useTexts(projectLabels);
  return (
    <ChoiceGroup
      kind="checkbox"
      name={name}
      label={label}
      description={t.fieldProgrammesHelp}
      error={error}
      options={FUNDING_PROGRAMMES.map((p) => ({ value: p, label: l.programme(p) }))}
      values={values}
    />
  );
}

export type FundersNotice = 'invited' | 'programmes-saved' | null;

export function FunderAccountsPage({
  accounts,
  values,
  errors,
  notice,
  rowErrors = {},
}: {
  accounts: FunderAccount[];
  values: FunderInvitationValues;
  errors: FieldErrors;
  notice: FundersNotice;
  /** Errors of a funder's programme form, by field name `programmes-<user id>`. */
  rowErrors?: FieldErrors;
}) {
  const t = useTexts(funderTexts);
  const l = useTexts(projectLabels);
  const labels = { name: t.fieldName, email: t.fieldEmail, locale: t.fieldLocale, programmes: t.fieldProgrammes };
  return (
    <>
      <h1 class="utrecht-heading-1">{t.fundersTitle}</h1>
      <p class="utrecht-paragraph">{t.fundersIntro}</p>
      {notice && (
        <div class="utrecht-alert utrecht-alert--ok vw-project-notice" role="status">
          <p class="utrecht-paragraph">{notice === 'invited' ? t.invited : t.programmesSaved}</p>
        </div>
      )}
      {accounts.length === 0 ? (
        <p class="utrecht-paragraph">{t.fundersEmpty}</p>
      ) : (
        <ul class="vw-plain-list vw-project-stack">
          {accounts.map((a) => (
            <li class="vw-card">
              <h2 class="utrecht-heading-3">{a.name}</h2>
              <p class="vw-meta">
                {a.email} · {a.disabledAt ? t.accountDisabled : a.active ? t.accountActive : t.accountInvited}
              </p>
              <p class="utrecht-paragraph">
                {t.colProgrammes}: {a.programmes.length ? a.programmes.map((p) => l.programme(p)).join(', ') : t.allProgrammes}
              </p>
              <details open={rowErrors[`programmes-${a.id}`] !== undefined}>
                <summary>{t.programmesFor(a.name)}</summary>
                <form method="post" action={`/projectbeheer/financiers/${a.id}`}>
                  <ProgrammeChoices
                    name={`programmes-${a.id}`}
                    values={a.programmes}
                    label={t.programmesFor(a.name)}
                    error={rowErrors[`programmes-${a.id}`]}
                  />
                  <SubmitButton label={t.saveProgrammes} secondary />
                </form>
              </details>
            </li>
          ))}
        </ul>
      )}
      <h2 class="utrecht-heading-2">{t.inviteHeading}</h2>
      <form method="post" action="/projectbeheer/financiers" novalidate>
        <ErrorSummary errors={errors} labels={labels} />
        <TextField name="name" label={t.fieldName} value={values.name} error={errors.name} required autocomplete="off" maxLength={120} />
        <TextField
          name="email"
          type="email"
          label={t.fieldEmail}
          value={values.email}
          error={errors.email}
          required
          autocomplete="off"
          maxLength={254}
        />
        <SelectField
          name="locale"
          label={t.fieldLocale}
          required
          value={values.locale}
          error={errors.locale}
          options={[
            { value: 'nl', label: t.localeNl },
            { value: 'en', label: t.localeEn },
          ]}
        />
        <ProgrammeChoices name="programmes" values={values.programmes} error={errors.programmes} label={t.fieldProgrammes} />
        <SubmitButton label={t.invite} />
      </form>
      <p class="utrecht-paragraph">
        <a class="utrecht-link" href="/projectbeheer">
          {t.back}
        </a>
      </p>
    </>
  );
}
