import { holidayTexts } from '../holidays/texts';
import type { Child } from 'hono/jsx';
import { ChoiceGroup, ErrorSummary, SubmitButton, TextArea } from '../../layout/form';
import { useAppContext } from '../../layout/renderer';
import type { FieldErrors, FormInput } from '../../validation/form';
import type { ActivityView } from '../activities/detail';
import { PreviewPanel } from '../activity-editing/preview';
import type { LoadedActivity, RevisionRow } from '../activity-editing/queries';
import { activityEditingTexts } from '../activity-editing/texts';
import { BackLink, Notice, StatusTag } from '../activity-editing/views';
import { daysWaiting } from '../../dates';
import type { ComparisonRow } from './compare';
import { StoredImg } from '../../media/image-field';
import type { ImageRef } from '../../media/image-input';
import type { Queue } from './queries';
import { reviewTexts } from './texts';
import { PendingUpdatesLink } from '../project-updates/views';
import { formatDay } from '../../layout/dates';
import { DuplicateWarning, likelyDuplicates, QueuePillars, QueueTitleCell, QueueWhenWhere, SelectAll, type QueueItem } from './queue-row';
import { queueRowTexts } from './queue-texts';

type Column = { label: Child; cell: (index: number) => Child };

function ComparisonCell({ text, image, empty }: { text: string; image?: ImageRef | null; empty: string }) {
  return (
    <td class="utrecht-table__cell vw-preserve-lines">
      {image && <StoredImg image={image} class="vw-comparison__image" />}
      {text || empty}
    </td>
  );
}


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
  const duplicateActivities = likelyDuplicates(queue.newActivities);
  const duplicateRevisions = likelyDuplicates(queue.revisions);
  const bulkPossible = queue.newActivities.length + queue.revisions.length > 0;
  const itemColumns = (items: readonly QueueItem[]): Column[] => [
    { label: q.columnWhenWhere, cell: (i) => <QueueWhenWhere item={items[i]!} /> },
    { label: q.columnPillars, cell: (i) => <QueuePillars item={items[i]!} names={pillarNames} /> },
    { label: t.columnOrganisation, cell: (i) => items[i]!.organisationName },
  ];
  return (
    <>
      <h1 class="utrecht-heading-1">{t.queueTitle}</h1>
      <p class="utrecht-paragraph">{t.queueIntro}</p>
      <p class="utrecht-paragraph">
        <a class="utrecht-link" href="/vakanties">
          {holidayTexts[useAppContext().var.locale].title}
        </a>
      </p>
      {message && <Notice kind="ok">{message}</Notice>}
      <form method="post" action="/beoordelen/goedkeuren">
        <QueueSection
          id="nieuwe-activiteiten"
          title={t.newActivitiesHeading}
          count={queue.newActivities.length}
          before={<DuplicateWarning items={[...duplicateActivities]} />}
          columns={[
            {
              label: (
                <>
                  {t.columnSelect}
                  <SelectAll name="activiteit" id="kies-alle-activiteiten" />
                </>
              ),
              cell: (i) => checkbox('activiteit', `${queue.newActivities[i]!.id}:${queue.newActivities[i]!.version}`, queue.newActivities[i]!.title, `kies-activiteit-${queue.newActivities[i]!.id}`),
            },
            {
              label: t.columnTitle,
              cell: (i) => <QueueTitleCell item={queue.newActivities[i]!} href={`/beoordelen/activiteiten/${queue.newActivities[i]!.id}`} duplicate={duplicateActivities.has(queue.newActivities[i]!)} />,
            },
            ...itemColumns(queue.newActivities),
            { label: t.columnSubmitted, cell: (i) => dateText(queue.newActivities[i]!.submittedAt) },
            { label: t.columnWaiting, cell: (i) => waited(queue.newActivities[i]!.submittedAt) },
          ]}
        />
        <QueueSection
          id="wijzigingen"
          title={t.revisionsHeading}
          count={queue.revisions.length}
          before={<DuplicateWarning items={[...duplicateRevisions]} />}
          columns={[
            {
              label: (
                <>
                  {t.columnSelect}
                  <SelectAll name="wijziging" id="kies-alle-wijzigingen" />
                </>
              ),
              cell: (i) => checkbox('wijziging', `${queue.revisions[i]!.id}:${queue.revisions[i]!.version}`, queue.revisions[i]!.title, `kies-wijziging-${queue.revisions[i]!.id}`),
            },
            {
              label: t.columnTitle,
              cell: (i) => <QueueTitleCell item={queue.revisions[i]!} href={`/beoordelen/wijzigingen/${queue.revisions[i]!.id}`} duplicate={duplicateRevisions.has(queue.revisions[i]!)} />,
            },
            ...itemColumns(queue.revisions),
            { label: t.columnSubmitted, cell: (i) => dateText(queue.revisions[i]!.submittedAt) },
            { label: t.columnWaiting, cell: (i) => waited(queue.revisions[i]!.submittedAt) },
          ]}
        />
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
          { label: t.columnOrganisation, cell: (i) => link(`/beoordelen/organisaties/${queue.pendingOrganisations[i]!.id}`, queue.pendingOrganisations[i]!.name) },
          { label: t.columnSubmitted, cell: (i) => dateText(queue.pendingOrganisations[i]!.submittedAt) },
          { label: t.columnWaiting, cell: (i) => q.waiting(daysWaiting(queue.pendingOrganisations[i]!.submittedAt, now)) },
        ]}
      />
      <QueueSection
        id="profielwijzigingen"
        title={t.organisationRevisionsHeading}
        count={queue.organisationRevisions.length}
        columns={[
          {
            label: t.columnOrganisation,
            cell: (i) => link(`/beoordelen/organisaties/wijzigingen/${queue.organisationRevisions[i]!.id}`, queue.organisationRevisions[i]!.organisationName),
          },
          { label: t.columnSubmitted, cell: (i) => dateText(queue.organisationRevisions[i]!.submittedAt) },
          { label: t.columnWaiting, cell: (i) => q.waiting(daysWaiting(queue.organisationRevisions[i]!.submittedAt, now)) },
        ]}
      />
      <PendingUpdatesLink count={queue.pendingProjectUpdates} />
    </>
  );
}

export function DecisionForm({ action, version, values, errors }: { action: string; version: number; values: FormInput; errors: FieldErrors }) {
  const t = reviewTexts[useAppContext().var.locale];
  const value = (name: string) => {
    const v = values[name];
    return (Array.isArray(v) ? v[0] : v) ?? '';
  };
  return (
    <section aria-labelledby="besluit-kop">
      <h2 class="utrecht-heading-2" id="besluit-kop">
        {t.decisionHeading}
      </h2>
      <form method="post" action={action} novalidate>
        <ErrorSummary errors={errors} labels={{ besluit: t.decision, opmerking: t.comment }} />
        <input type="hidden" name="versie" value={String(version)} />
        <ChoiceGroup
          name="besluit"
          label={t.decision}
          kind="radio"
          required
          values={[value('besluit')]}
          error={errors.besluit}
          options={[
            { value: 'goedkeuren', label: t.approve },
            { value: 'wijzigingen', label: t.requestChanges },
            { value: 'afwijzen', label: t.reject },
          ]}
        />
        <TextArea name="opmerking" label={t.comment} description={t.commentHelp} value={value('opmerking')} error={errors.opmerking} rows={5} maxLength={2000} />
        <SubmitButton label={t.saveDecision} />
      </form>
    </section>
  );
}

function Facts({ loaded, since, now, status }: { loaded: LoadedActivity; since: Date | null; now: Date; status: Child }) {
  const c = useAppContext();
  const t = reviewTexts[c.var.locale];
  return (
    <dl class="vw-facts">
      <dt>{t.currentStatus}</dt>
      <dd>{status}</dd>
      <dt>{t.organiser}</dt>
      <dd>{loaded.organisation.name}</dd>
      {loaded.coOrganisers.length > 0 && (
        <>
          <dt>{t.coOrganisers}</dt>
          <dd>{loaded.coOrganisers.map((o) => o.name).join(', ')}</dd>
        </>
      )}
      {since && (
        <>
          <dt>{t.submittedOn}</dt>
          <dd>
            {formatDay(new Date(since), useAppContext().var.locale)} ({queueRowTexts[useAppContext().var.locale].waiting(daysWaiting(since, now))})
          </dd>
        </>
      )}
    </dl>
  );
}

export type DecisionState = { values: FormInput; errors: FieldErrors; problem?: string; message?: string };

export function ActivityReviewPage({ loaded, view, today, now, state }: { loaded: LoadedActivity; view: ActivityView; today: string; now: Date; state: DecisionState }) {
  const c = useAppContext();
  const t = reviewTexts[c.var.locale];
  const te = activityEditingTexts[c.var.locale];
  const open = loaded.row.status === 'submitted';
  return (
    <>
      <BackLink href="/beoordelen" label={t.backToQueue} />
      <h1 class="utrecht-heading-1">{t.activityTitle(loaded.row.title)}</h1>
      {state.message && (
        <Notice kind="ok">
          {state.message}{' '}
          <a class="utrecht-link" href="/beoordelen/volgende">
            {queueRowTexts[useAppContext().var.locale].nextItem}
          </a>
        </Notice>
      )}
      {state.problem && <Notice kind="error">{state.problem}</Notice>}
      {!open && !state.problem && !state.message && <Notice kind="info">{t.alreadyDecided(te.statusLabel(loaded.row.status))}</Notice>}
      <Facts loaded={loaded} since={loaded.row.submittedAt} now={now} status={<StatusTag status={loaded.row.status} />} />
      <PreviewPanel view={view} today={today} />
      {open && <DecisionForm action={`/beoordelen/activiteiten/${loaded.row.id}`} version={loaded.row.version} values={state.values} errors={state.errors} />}
    </>
  );
}

export function RevisionReviewPage({
  loaded,
  revision,
  rows,
  view,
  today,
  now,
  state,
}: {
  loaded: LoadedActivity;
  revision: RevisionRow;
  rows: ComparisonRow[];
  view: ActivityView;
  today: string;
  now: Date;
  state: DecisionState;
}) {
  const c = useAppContext();
  const t = reviewTexts[c.var.locale];
  const te = activityEditingTexts[c.var.locale];
  const open = revision.status === 'submitted' && loaded.row.status === 'published';
  return (
    <>
      <BackLink href="/beoordelen" label={t.backToQueue} />
      <h1 class="utrecht-heading-1">{t.revisionTitle(loaded.row.title)}</h1>
      {state.message && (
        <Notice kind="ok">
          {state.message}{' '}
          <a class="utrecht-link" href="/beoordelen/volgende">
            {queueRowTexts[useAppContext().var.locale].nextItem}
          </a>
        </Notice>
      )}
      {state.problem && <Notice kind="error">{state.problem}</Notice>}
      {!open && !state.problem && !state.message && <Notice kind="info">{t.alreadyDecided(te.revisionStatusLabel(revision.status))}</Notice>}
      <Facts loaded={loaded} since={revision.submittedAt} now={now} status={te.revisionStatusLabel(revision.status)} />
      <section aria-labelledby="vergelijking-kop">
        <h2 class="utrecht-heading-2" id="vergelijking-kop">
          {t.comparisonHeading}
        </h2>
        <p class="utrecht-paragraph">{t.comparisonIntro}</p>
        <div class="utrecht-table-container">
          <table class="utrecht-table utrecht-table--html-table vw-comparison">
            <thead class="utrecht-table__header">
              <tr class="utrecht-table__row">
                <th class="utrecht-table__header-cell" scope="col">
                  {t.columnField}
                </th>
                <th class="utrecht-table__header-cell" scope="col">
                  {t.columnPublished}
                </th>
                <th class="utrecht-table__header-cell" scope="col">
                  {t.columnProposed}
                </th>
              </tr>
            </thead>
            <tbody class="utrecht-table__body">
              {rows.map((row) => (
                <tr class={`utrecht-table__row${row.changed ? ' vw-comparison__changed' : ''}`}>
                  <th class="utrecht-table__header-cell" scope="row">
                    {row.label}
                    <br />
                    <span class={row.changed ? 'vw-tag vw-tag--changed' : 'vw-meta'}>{row.changed ? t.changed : t.unchanged}</span>
                  </th>
                  <ComparisonCell text={row.before} image={row.images?.before} empty={t.empty} />
                  <ComparisonCell text={row.after} image={row.images?.after} empty={t.empty} />
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
      <PreviewPanel view={view} today={today} revision />
      {open && <DecisionForm action={`/beoordelen/wijzigingen/${revision.id}`} version={revision.version} values={state.values} errors={state.errors} />}
    </>
  );
}
