import type { Child } from 'hono/jsx';
import type { Locale } from '../../i18n';
import { DataTable } from '../../layout/data-table';
import { formatMoment } from '../../layout/dates';
import { SelectField, SubmitButton, TextField } from '../../layout/form';
import { useAppContext } from '../../layout/renderer';
import { auditActionGroups, auditActionLabel, auditObjectKinds, auditResultLabel } from './audit-labels';
import type { AuditEvent, AuditFilter } from './audit-queries';
import { auditTexts } from './audit-texts';

/** The object of an event by name, linked where a page for it exists. */
export function objectText(e: AuditEvent, locale: Locale): { text: string; href?: string } {
  const t = auditTexts[locale];
  if (!e.objectType) return { text: '—' };
  if (e.objectType === 'user')
    return { text: e.objectUserName ?? t.objectUnknown(t.objectUser, e.objectId), href: `/beheer/gebruikers/${e.objectId}` };
  if (e.objectType === 'organisation')
    return { text: e.organisationName ?? t.objectUnknown(t.objectOrganisation, e.objectId), href: `/beoordelen/organisaties/${e.objectId}` };
  if (e.objectType === 'activity')
    return { text: e.activityTitle ?? t.objectUnknown(t.objectActivity, e.objectId), href: `/activiteiten/${e.objectId}` };
  return { text: `${auditActionLabel(e.objectType, locale)} ${e.objectId ?? ''}`.trim() };
}

export const actorText = (e: AuditEvent, locale: Locale) =>
  e.actorId === null
    ? auditTexts[locale].nobody
    : (e.actorName ?? auditTexts[locale].objectUnknown(auditTexts[locale].objectUser, String(e.actorId)));

function Filters({ filter }: { filter: AuditFilter }) {
  const locale = useAppContext().var.locale;
  const t = auditTexts[locale];
  return (
    <form method="get" action="/beheer/auditlog" class="vw-account-form vw-account-form--search vw-audit-filters">
      <TextField name="persoon" label={t.filterPerson} value={filter.person ?? ''} type="search" maxLength={100} />
      <SelectField name="actie" label={t.filterAction} value={filter.action ?? ''} placeholder={t.all} options={auditActionGroups(locale)} />
      <SelectField name="object" label={t.filterObject} value={filter.object ?? ''} placeholder={t.all} options={auditObjectKinds(locale)} />
      <TextField name="van" label={t.filterFrom} type="date" value={filter.from ?? ''} description={t.fromHint} />
      <TextField name="tot" label={t.filterUntil} type="date" value={filter.until ?? ''} description={t.untilHint} />
      {filter.userId !== undefined && <input type="hidden" name="gebruiker" value={String(filter.userId)} />}
      <SubmitButton label={t.apply} />
    </form>
  );
}

const link = (href: string | undefined, text: Child) =>
  href ? (
    <a class="utrecht-link" href={href}>
      {text}
    </a>
  ) : (
    text
  );

export function AuditLogView({ rows, filter, csvHref }: { rows: AuditEvent[]; filter: AuditFilter; csvHref: string }) {
  const locale = useAppContext().var.locale;
  const t = auditTexts[locale];
  return (
    <>
      <h1 class="utrecht-heading-1">{t.title}</h1>
      <p class="utrecht-paragraph">{t.intro}</p>
      <Filters filter={filter} />
      <p class="utrecht-paragraph">
        <a class="utrecht-link" href={csvHref} download>
          {t.csv}
        </a>
      </p>
      <DataTable
        class="vw-account-audit"
        caption={t.title}
        captionHidden
        empty={t.empty}
        columns={[t.columnTime, t.columnActor, t.columnAction, t.columnObject, t.columnResult, t.columnIp]}
        rows={rows}
        row={(row) => {
          const object = objectText(row, locale);
          return (
            <tr class="utrecht-table__row">
              <td class="utrecht-table__cell">
                <time datetime={row.at.toISOString()}>{formatMoment(row.at, locale)}</time>
              </td>
              <td class="utrecht-table__cell">
                {row.actorId === null ? actorText(row, locale) : link(`/beheer/gebruikers/${row.actorId}`, actorText(row, locale))}
                {row.actorEmail && <span class="vw-meta vw-break-anywhere"> {row.actorEmail}</span>}
              </td>
              <td class="utrecht-table__cell" data-action={row.action}>
                {auditActionLabel(row.action, locale)}
              </td>
              <td class="utrecht-table__cell">{link(object.href, object.text)}</td>
              <td class="utrecht-table__cell">{auditResultLabel(row.result, locale)}</td>
              <td class="utrecht-table__cell">{row.ip ?? '—'}</td>
            </tr>
          );
        }}
      />
    </>
  );
}
