import type { Child } from 'hono/jsx';
import { daysWaiting } from '../../dates';
import { Notice } from '../../layout/components';
import { formatDay } from '../../layout/dates';
import { SubmitButton } from '../../layout/form';
import { useAppContext } from '../../layout/renderer';
import { holidayTexts } from '../holidays/texts';
import { PendingUpdatesLink } from '../project-updates/views';
import type { Queue } from './queries';
import { DuplicateWarning, likelyDuplicates, QueuePillars, QueueTitleCell, QueueWhenWhere, SelectAll, type QueueItem } from './queue-row';
import { queueRowTexts } from './queue-texts';
import { reviewTexts } from './texts';

type Column = { label: Child; cell: (index: number) => Child };

/** A new activity or a revision: selectable for bulk approval by its id and version. */
type SubmittedItem = QueueItem & { id: number; version: number; submittedAt: number };

/** One section of the queue: a heading, a table (or "nothing waiting"). Other features can add sections like this. */
export function QueueSection({ id, title, count, columns, before }: { id: string; title: string; count: number; columns: Column[]; before?: Child }) {
  const t = reviewTexts[useAppContext().var.locale];
  return (
    <section class="vw-review-section" aria-labelledby={id}>
      <h2 class="utrecht-heading-2" id={id}>
        {title} ({count})
      </h2>
      {count === 0 ? (
        <p class="utrecht-paragraph">{t.nothingWaiting}</p>
      ) : (
        <>
          {before}
          <div class="utrecht-table-container">
            <table class="utrecht-table utrecht-table--html-table vw-queue-table">
              <thead class="utrecht-table__header">
                <tr class="utrecht-table__row">
                  {columns.map((col) => (
                    <th class="utrecht-table__header-cell" scope="col">
                      {col.label}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody class="utrecht-table__body">
                {Array.from({ length: count }, (_, i) => (
                  <tr class="utrecht-table__row">
                    {columns.map((col) => (
                      <td class="utrecht-table__cell">{col.cell(i)}</td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </section>
  );
}

const link = (href: string, text: string) => (
  <a class="utrecht-link" href={href}>
    {text}
  </a>
);

export function QueuePage({ queue, now, message }: { queue: Queue; now: Date; message?: string }) {
  const locale = useAppContext().var.locale;
  const t = reviewTexts[locale];
  const q = queueRowTexts[locale];
  const waited = (at: Date | number) => q.waiting(daysWaiting(at, now));
  const dateText = (at: Date | number) => formatDay(new Date(at), locale);
  const pillarNames = Object.fromEntries(queue.pillars.map((p) => [p.id, locale === 'nl' ? p.nameNl : p.nameEn]));
  const checkbox = (name: string, value: string, title: string, index: string) => (
    <>
      <input class="utrecht-checkbox utrecht-checkbox--html-input utrecht-checkbox--custom" type="checkbox" name={name} value={value} id={index} />
      <label class="vw-visually-hidden" for={index}>
        {t.selectItem(title)}
      </label>
    </>
  );
  const bulkPossible = queue.newActivities.length + queue.revisions.length > 0;
  /** `name` is the checkbox's field name; `path` the review page of each item, before its id. */
  const submittedSection = (id: string, title: string, items: readonly SubmittedItem[], name: string, selectAllId: string, path: string) => {
    const duplicates = likelyDuplicates(items);
    return (
      <QueueSection
        id={id}
        title={title}
        count={items.length}
        before={<DuplicateWarning items={[...duplicates]} />}
        columns={[
          {
            label: (
              <>
                {t.columnSelect}
                <SelectAll name={name} id={selectAllId} />
              </>
            ),
            cell: (i) => checkbox(name, `${items[i]!.id}:${items[i]!.version}`, items[i]!.title, `kies-${name}-${items[i]!.id}`),
          },
          {
            label: t.columnTitle,
            cell: (i) => <QueueTitleCell item={items[i]!} href={`${path}/${items[i]!.id}`} duplicate={duplicates.has(items[i]!)} />,
          },
          { label: q.columnWhenWhere, cell: (i) => <QueueWhenWhere item={items[i]!} /> },
          { label: q.columnPillars, cell: (i) => <QueuePillars item={items[i]!} names={pillarNames} /> },
          { label: t.columnOrganisation, cell: (i) => items[i]!.organisationName },
          { label: t.columnSubmitted, cell: (i) => dateText(items[i]!.submittedAt) },
          { label: t.columnWaiting, cell: (i) => waited(items[i]!.submittedAt) },
        ]}
      />
    );
  };
  return (
    <>
      <h1 class="utrecht-heading-1">{t.queueTitle}</h1>
      <p class="utrecht-paragraph">{t.queueIntro}</p>
      <p class="utrecht-paragraph">
        <a class="utrecht-link" href="/vakanties">
          {holidayTexts[locale].title}
        </a>
      </p>
      {message && (
        <Notice kind="ok" plain>
          {message}
        </Notice>
      )}
      <form method="post" action="/beoordelen/goedkeuren">
        {submittedSection(
          'nieuwe-activiteiten',
          t.newActivitiesHeading,
          queue.newActivities,
          'activiteit',
          'kies-alle-activiteiten',
          '/beoordelen/activiteiten',
        )}
        {submittedSection('wijzigingen', t.revisionsHeading, queue.revisions, 'wijziging', 'kies-alle-wijzigingen', '/beoordelen/wijzigingen')}
        {bulkPossible && (
          <div class="vw-button-row">
            <p class="utrecht-paragraph vw-meta">{t.bulkHelp}</p>
            <SubmitButton label={t.approveSelected} />
          </div>
        )}
      </form>
      <QueueSection
        id="organisaties"
        title={t.organisationsHeading}
        count={queue.pendingOrganisations.length}
        columns={[
          {
            label: t.columnOrganisation,
            cell: (i) => link(`/beoordelen/organisaties/${queue.pendingOrganisations[i]!.id}`, queue.pendingOrganisations[i]!.name),
          },
          { label: t.columnSubmitted, cell: (i) => dateText(queue.pendingOrganisations[i]!.submittedAt) },
          { label: t.columnWaiting, cell: (i) => waited(queue.pendingOrganisations[i]!.submittedAt) },
        ]}
      />
      <QueueSection
        id="profielwijzigingen"
        title={t.organisationRevisionsHeading}
        count={queue.organisationRevisions.length}
        columns={[
          {
            label: t.columnOrganisation,
            cell: (i) =>
              link(`/beoordelen/organisaties/wijzigingen/${queue.organisationRevisions[i]!.id}`, queue.organisationRevisions[i]!.organisationName),
          },
          { label: t.columnSubmitted, cell: (i) => dateText(queue.organisationRevisions[i]!.submittedAt) },
          { label: t.columnWaiting, cell: (i) => waited(queue.organisationRevisions[i]!.submittedAt) },
        ]}
      />
      <PendingUpdatesLink count={queue.pendingProjectUpdates} />
    </>
  );
}
