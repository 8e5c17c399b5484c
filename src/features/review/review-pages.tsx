import { BackLink } from '../../layout/components';
import { useAppContext } from '../../layout/renderer';
import type { ActivityView } from '../activities/detail';
import { PreviewPanel } from '../activity-editing/preview';
import type { LoadedActivity, RevisionRow } from '../activity-editing/queries';
import { activityEditingTexts } from '../activity-editing/texts';
import { StatusTag } from '../activity-editing/views';
import type { ComparisonRow } from './compare';
import { ComparisonSection } from './comparison-view';
import { DecisionFacts, DecisionForm, DecisionNotices, type DecisionState } from './decision-view';
import { reviewTexts } from './texts';

export function ActivityReviewPage({
  loaded,
  view,
  today,
  now,
  state,
}: {
  loaded: LoadedActivity;
  view: ActivityView;
  today: string;
  now: Date;
  state: DecisionState;
}) {
  const c = useAppContext();
  const t = reviewTexts[c.var.locale];
  const te = activityEditingTexts[c.var.locale];
  const open = loaded.row.status === 'submitted';
  return (
    <>
      <BackLink href="/beoordelen" label={t.backToQueue} />
      <h1 class="utrecht-heading-1">{t.activityTitle(loaded.row.title)}</h1>
      <DecisionNotices state={state} open={open} statusLabel={te.statusLabel(loaded.row.status)} />
      <DecisionFacts loaded={loaded} since={loaded.row.submittedAt} now={now} status={<StatusTag status={loaded.row.status} />} />
      <PreviewPanel view={view} today={today} />
      {open && (
        <DecisionForm action={`/beoordelen/activiteiten/${loaded.row.id}`} version={loaded.row.version} values={state.values} errors={state.errors} />
      )}
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
      <DecisionNotices state={state} open={open} statusLabel={te.revisionStatusLabel(revision.status)} />
      <DecisionFacts loaded={loaded} since={revision.submittedAt} now={now} status={te.revisionStatusLabel(revision.status)} />
      <ComparisonSection rows={rows} />
      <PreviewPanel view={view} today={today} revision />
      {open && (
        <DecisionForm action={`/beoordelen/wijzigingen/${revision.id}`} version={revision.version} values={state.values} errors={state.errors} />
      )}
    </>
  );
}
