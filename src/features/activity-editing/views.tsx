import { rowToData, scheduleOfData } from './model';
import { BackLink, Notice } from '../../layout/components';
import { SubmitButton, type ButtonVariant } from '../../layout/form';
import { formatDay } from '../../layout/dates';
import { useAppContext, useTexts } from '../../layout/renderer';
import { describeSchedule } from '../activities/schedule';
import type { ActivityView } from '../activities/detail';
import { ARCHIVABLE_STATUSES, REVISION_EDITABLE, REVISION_SUBMITTABLE, SUBMITTABLE_STATUSES, WITHDRAWABLE_STATUSES } from './command-support';
import { ActivityForm, type ActivityFormProps } from './form-view';
import { PreviewPanel } from './preview';
import type { LoadedActivity } from './queries';
import { activityEditingTexts } from './texts';

export const activityPath = (id: number) => `/portaal/activiteiten/${id}`;

/** Messages shown after a redirect (`?melding=`); only these keys, never free text from the URL. */
export const RESULT_MESSAGES = {
  opgeslagen: 'savedDraft',
  ingediend: 'submitted',
  'wijziging-opgeslagen': 'revisionSaved',
  'wijziging-ingediend': 'revisionSubmitted',
  ingetrokken: 'withdrawn',
  'wijziging-ingetrokken': 'revisionWithdrawn',
  gearchiveerd: 'archived',
  bevestigd: 'confirmed',
} as const;
export type ResultKey = keyof typeof RESULT_MESSAGES;
export const isResultKey = (value: string | undefined): value is ResultKey => !!value && value in RESULT_MESSAGES;

/** The programme team's comment: user content, rendered as text with its line breaks kept. */
function ReviewComment({ comment }: { comment: string }) {
  const t = useTexts(activityEditingTexts);
  return (
    <>
      <strong>{t.reviewComment}:</strong> <span class="vw-preserve-lines">{comment}</span>
    </>
  );
}

/** The comment the partner is asked to act on: of the open revision or of the activity, while changes are requested. */
export function requestedChangesComment({ row, revision }: LoadedActivity): string | null {
  if (revision?.status === 'changes-requested' && revision.reviewComment) return revision.reviewComment;
  if (row.status === 'changes-requested' && row.reviewComment) return row.reviewComment;
  return null;
}

export function StatusTag({ status }: { status: LoadedActivity['row']['status'] }) {
  const t = useTexts(activityEditingTexts);
  return <span class={`vw-status vw-status--${status}`}>{t.statusLabel(status)}</span>;
}

export type FormPageProps = {
  title: string;
  intro: string;
  backHref: string;
  notices?: { kind: 'info' | 'warning' | 'error'; text: string }[];
  /** The reviewer's comment to keep in view while fixing what was asked. */
  reviewComment?: string | null;
  preview?: { view: ActivityView; today: string; revision: boolean };
  form: ActivityFormProps;
};

export function FormPage(props: FormPageProps) {
  const t = useTexts(activityEditingTexts);
  return (
    <>
      <BackLink href={props.backHref} label={props.backHref === '/portaal' ? t.backToWorkspace : t.backToActivity} />
      <h1 class="utrecht-heading-1">{props.title}</h1>
      <p class="utrecht-paragraph">{props.intro}</p>
      {props.reviewComment && (
        <Notice kind="warning" plain>
          <ReviewComment comment={props.reviewComment} />
        </Notice>
      )}
      {props.notices?.map((n) => (
        <Notice kind={n.kind} plain>
          {n.text}
        </Notice>
      ))}
      {props.preview && <PreviewPanel view={props.preview.view} today={props.preview.today} revision={props.preview.revision} />}
      <ActivityForm {...props.form} />
    </>
  );
}

function ActionForm({
  action,
  label,
  fields,
  secondary,
  variant,
}: {
  action: string;
  label: string;
  fields: Record<string, string | number>;
  secondary?: boolean;
  variant?: ButtonVariant;
}) {
  return (
    <form method="post" action={action} class="vw-inline-action">
      {Object.entries(fields).map(([name, value]) => (
        <input type="hidden" name={name} value={String(value)} />
      ))}
      <SubmitButton label={label} secondary={secondary} variant={variant} />
    </form>
  );
}

function ActionLink({ href, label }: { href: string; label: string }) {
  return (
    <a class="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--secondary-action" href={href}>
      {label}
    </a>
  );
}

/** The partner's page of one activity: status, the review outcome, freshness notes and what can be done now. */
export function ActivityOverview({ loaded, today, message, problem }: { loaded: LoadedActivity; today: string; message?: string; problem?: string }) {
  const c = useAppContext();
  const t = activityEditingTexts[c.var.locale];
  const { row, revision } = loaded;
  const base = activityPath(row.id);
  const version = { versie: row.version };
  const revisionFields: Record<string, number> = revision ? { wijziging: revision.id, wijzigingVersie: revision.version } : {};
  const confirmDue = row.status === 'published' && row.reminderSentAt !== null && row.staleHiddenAt === null;
  const schedule = scheduleOfData(rowToData(row, loaded.links));
  const editable = row.status !== 'archived' && row.status !== 'rejected';
  return (
    <>
      <BackLink href="/portaal" label={t.backToWorkspace} />
      <h1 class="utrecht-heading-1">{row.title}</h1>
      {message && (
        <Notice kind="ok" plain>
          {message}
        </Notice>
      )}
      {problem && (
        <Notice kind="error" plain>
          {problem}
        </Notice>
      )}
      <dl class="vw-facts">
        <dt>{t.status}</dt>
        <dd>
          <StatusTag status={row.status} />
        </dd>
        <dt>{t.organiser}</dt>
        <dd>{loaded.organisation.name}</dd>
        {loaded.coOrganisers.length > 0 && (
          <>
            <dt>{t.coOrganisersList}</dt>
            <dd>{loaded.coOrganisers.map((o) => o.name).join(', ')}</dd>
          </>
        )}
        <dt>{t.sectionWhen}</dt>
        <dd>{describeSchedule(schedule, today, c.var.locale)}</dd>
        {row.confirmedAt && (
          <>
            <dt>{t.lastConfirmed}</dt>
            <dd>
              <time datetime={row.confirmedAt.toISOString()}>{formatDay(row.confirmedAt, c.var.locale)}</time>
            </dd>
          </>
        )}
      </dl>
      {row.reviewComment && (row.status === 'changes-requested' || row.status === 'rejected') && (
        <Notice kind="warning" plain>
          <ReviewComment comment={row.reviewComment} />
        </Notice>
      )}
      {row.staleHiddenAt && (
        <Notice kind="warning" plain>
          {t.staleHiddenNote}
        </Notice>
      )}
      {confirmDue && (
        <Notice kind="warning" plain>
          {t.confirmDueNote}
        </Notice>
      )}
      {revision && (
        <Notice kind={revision.status === 'changes-requested' ? 'warning' : 'info'} plain>
          <strong>{t.revisionStatusLabel(revision.status)}.</strong> {t.pendingRevisionNote}
          {revision.reviewComment && revision.status === 'changes-requested' && (
            <>
              <br />
              <ReviewComment comment={revision.reviewComment} />
            </>
          )}
        </Notice>
      )}
      <h2 class="utrecht-heading-2">{t.actionsHeading}</h2>
      {!editable && <p class="utrecht-paragraph">{t.noActions}</p>}
      <div class="vw-button-row">
        {editable && <ActionLink href={`${base}/bewerken`} label={row.status === 'published' ? (revision ? t.editRevision : t.edit) : t.edit} />}
        {SUBMITTABLE_STATUSES.includes(row.status) && <ActionForm action={`${base}/indienen`} label={t.submit} fields={version} />}
        {revision && REVISION_SUBMITTABLE.includes(revision.status) && (
          <ActionForm action={`${base}/wijziging/indienen`} label={t.submitRevision} fields={revisionFields} />
        )}
        {row.status === 'published' && (
          <ActionForm action={`${base}/bevestigen`} label={t.confirm} fields={version} secondary={!confirmDue && !row.staleHiddenAt} />
        )}
        {editable && <ActionLink href={`${base}/voorbeeld`} label={t.preview} />}
        <ActionLink href={`${base}/kopie`} label={t.duplicate} />
        {revision && REVISION_EDITABLE.includes(revision.status) && (
          <ActionForm action={`${base}/wijziging/intrekken`} label={t.withdrawRevision} fields={revisionFields} secondary />
        )}
        {WITHDRAWABLE_STATUSES.includes(row.status) && <ActionForm action={`${base}/intrekken`} label={t.withdraw} fields={version} secondary />}
      </div>
      {ARCHIVABLE_STATUSES.includes(row.status) && (
        <details class="vw-danger-zone">
          <summary>{t.archiveSummary}</summary>
          <p class="utrecht-paragraph">{t.archiveWarning}</p>
          <ActionForm action={`${base}/archiveren`} label={t.archiveConfirm} fields={version} variant="danger" />
        </details>
      )}
    </>
  );
}

export function PreviewPage({
  title,
  backHref,
  view,
  today,
  revision,
}: {
  title: string;
  backHref: string;
  view: ActivityView;
  today: string;
  revision: boolean;
}) {
  const t = useTexts(activityEditingTexts);
  return (
    <>
      <BackLink href={backHref} label={t.backToActivity} />
      <h1 class="utrecht-heading-1">{title}</h1>
      <PreviewPanel view={view} today={today} revision={revision} />
    </>
  );
}

export function MessagePage({ title, text, backHref, backLabel }: { title: string; text: string; backHref: string; backLabel: string }) {
  return (
    <>
      <h1 class="utrecht-heading-1">{title}</h1>
      <p class="utrecht-paragraph">{text}</p>
      <BackLink href={backHref} label={backLabel} />
    </>
  );
}
