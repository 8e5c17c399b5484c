import { ChoiceGroup, ErrorSummary, SubmitButton, TextArea, TextField } from '../../layout/form';
import { useTexts } from '../../layout/renderer';
import type { FieldErrors } from '../../validation/form';
import { Paragraphs } from '../../layout/components';
import { localDate } from '../../dates';
import { projectLabels } from '../projects/texts';
import type { UpdateForReview } from './queries';
import { DECISIONS, type DecisionFormValues, type UpdateFormValues } from './schemas';
import { updateTexts } from './texts';

export function UpdateFormPage(props: {
  mode: 'new' | 'revise';
  project: { slug: string; title: string };
  /** The lead partner the update is posted for; absent for the programme team (published at once). */
  onBehalfOf: string | null;
  values: UpdateFormValues;
  errors: FieldErrors;
  reviewComment?: string | null;
  updateId?: number;
  version?: number;
  conflict?: boolean;
}) {
  const t = useTexts(updateTexts);
  const title = props.mode === 'new' ? t.newTitle(props.project.title) : t.reviseTitle(props.project.title);
  const action = props.mode === 'new' ? `/projecten/${props.project.slug}/voortgang` : `/projecten/${props.project.slug}/voortgang/${props.updateId}`;
  const labels = { title: t.fieldTitle, publishedOn: t.fieldPublishedOn, body: t.fieldBody };
  return (
    <>
      <h1 class="utrecht-heading-1">{title}</h1>
      {props.conflict && (
        <div class="utrecht-alert utrecht-alert--warning" role="alert">
          <p class="utrecht-paragraph">{t.conflict}</p>
        </div>
      )}
      <p class="utrecht-paragraph">{props.onBehalfOf ? t.reviewedFirst(props.onBehalfOf) : t.publishedAtOnce}</p>
      {props.reviewComment && (
        <div class="utrecht-alert utrecht-alert--info">
          <p class="utrecht-paragraph">
            <strong>{t.reviewCommentLabel}:</strong> {props.reviewComment}
          </p>
        </div>
      )}
      <form method="post" action={action} novalidate>
        <ErrorSummary errors={props.errors} labels={labels} />
        {props.version !== undefined && <input type="hidden" name="version" value={String(props.version)} />}
        <TextField name="title" label={t.fieldTitle} value={props.values.title} error={props.errors.title} required maxLength={150} />
        <TextField
          name="publishedOn"
          type="date"
          label={t.fieldPublishedOn}
          value={props.values.publishedOn}
          error={props.errors.publishedOn}
          description={t.fieldPublishedOnHelp}
          required
        />
        <TextArea
          name="body"
          label={t.fieldBody}
          value={props.values.body}
          error={props.errors.body}
          description={t.fieldBodyHelp}
          required
          rows={10}
          maxLength={5000}
        />
        <SubmitButton label={props.mode === 'revise' ? t.resubmit : props.onBehalfOf ? t.submit : t.publish} />
      </form>
      <p class="utrecht-paragraph">
        <a class="utrecht-link" href={`/projecten/${props.project.slug}`}>
          {t.backToProject}
        </a>
      </p>
    </>
  );
}

export function ReviewQueuePage({ updates, decided }: { updates: UpdateForReview[]; decided: boolean }) {
  const t = useTexts(updateTexts);
  const l = useTexts(projectLabels);
  return (
    <>
      <h1 class="utrecht-heading-1">{t.queueTitle}</h1>
      <p class="utrecht-paragraph">{t.queueIntro}</p>
      {decided && (
        <div class="utrecht-alert utrecht-alert--ok vw-project-notice" role="status">
          <p class="utrecht-paragraph">{t.decided}</p>
        </div>
      )}
      {updates.length === 0 ? (
        <p class="utrecht-paragraph">{t.queueEmpty}</p>
      ) : (
        <>
          <p class="utrecht-paragraph">{t.queueCount(updates.length)}</p>
          <ul class="vw-plain-list vw-project-stack">
            {updates.map((u) => (
              <li class="vw-card">
                <h2 class="utrecht-heading-3">
                  <a class="utrecht-link" href={`/beoordelen/voortgangsberichten/${u.id}`}>
                    {t.reviewLink(u.title)}
                  </a>
                </h2>
                <p class="vw-meta">
                  {t.projectLabel}: {u.projectTitle} · {l.date(u.publishedOn)}
                </p>
                <p class="vw-meta">{t.submittedBy(u.organisationName ?? '', u.authorName ?? '', l.date(localDate(u.createdAt)))}</p>
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}

export function ReviewDecisionPage({
  update,
  values,
  errors,
  conflict,
}: {
  update: UpdateForReview;
  values: DecisionFormValues;
  errors: FieldErrors;
  conflict: boolean;
}) {
  const t = useTexts(updateTexts);
  const l = useTexts(projectLabels);
  const labels = { decision: t.decisionLabel, comment: t.commentLabel };
  const decisionLabel = { approve: t.decisionApprove, changes: t.decisionChanges, reject: t.decisionReject };
  return (
    <>
      <h1 class="utrecht-heading-1">{t.reviewTitle(update.title)}</h1>
      {conflict && (
        <div class="utrecht-alert utrecht-alert--warning" role="alert">
          <p class="utrecht-paragraph">{t.conflict}</p>
        </div>
      )}
      <p class="vw-meta">
        {t.projectLabel}:{' '}
        <a class="utrecht-link" href={`/projecten/${update.projectSlug}`}>
          {update.projectTitle}
        </a>{' '}
        · {l.date(update.publishedOn)} · {l.reviewStatus(update.status)}
      </p>
      <p class="vw-meta">{t.submittedBy(update.organisationName ?? '', update.authorName ?? '', l.date(localDate(update.createdAt)))}</p>
      <article class="vw-card">
        <h2 class="utrecht-heading-2">{update.title}</h2>
        <Paragraphs text={update.body} />
      </article>
      {update.status === 'submitted' && (
        <form method="post" action={`/beoordelen/voortgangsberichten/${update.id}`} novalidate>
          <ErrorSummary errors={errors} labels={labels} />
          <input type="hidden" name="version" value={String(update.version)} />
          <ChoiceGroup
            kind="radio"
            name="decision"
            label={t.decisionLabel}
            required
            error={errors.decision}
            options={DECISIONS.map((d) => ({ value: d, label: decisionLabel[d] }))}
            values={[values.decision]}
          />
          <TextArea
            name="comment"
            label={t.commentLabel}
            value={values.comment}
            error={errors.comment}
            description={t.commentHelp}
            rows={4}
            maxLength={2000}
          />
          <SubmitButton label={t.decide} />
        </form>
      )}
      <p class="utrecht-paragraph">
        <a class="utrecht-link" href="/beoordelen/voortgangsberichten">
          {t.backToQueue}
        </a>
      </p>
    </>
  );
}

/** A section for the review overview (`/beoordelen`): how many lead partners' updates wait, with a link to them. */
export function PendingUpdatesLink({ count }: { count: number }) {
  const t = useTexts(updateTexts);
  return (
    <section aria-labelledby="voortgangsberichten-kop">
      <h2 class="utrecht-heading-2" id="voortgangsberichten-kop">
        {t.pendingHeading}
      </h2>
      <p class="utrecht-paragraph">
        <a class="utrecht-link" href="/beoordelen/voortgangsberichten">
          {t.pendingLink(count)}
        </a>
      </p>
    </section>
  );
}
