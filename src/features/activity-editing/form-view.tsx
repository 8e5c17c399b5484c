import type { Child } from 'hono/jsx';
import { ErrorSummary, SubmitButton } from '../../layout/form';
import { useAppContext } from '../../layout/renderer';
import { FIELD_NAMES, type FieldName } from './model';
import { ActivityField } from './activity-field';
import { inline, type FieldContext } from './field-inputs';
import { activityEditingTexts } from './texts';

export type FormMode = 'create' | 'edit' | 'revision';

export type ActivityFormProps = {
  mode: FormMode;
  action: string;
  ctx: FieldContext;
  /** Hidden fields: versions, revision id, saved draft id. Never status or organisation. */
  hidden: Record<string, string>;
  /** The activity is already submitted: saving keeps it in review, so there is no separate submit button. */
  alreadySubmitted?: boolean;
  /** Where the live preview of the next dates is asked for (htmx, on every change in the "when" section). */
  datesUrl?: string;
};

/**
 * The live preview of the next dates: every change inside the "when" fields bubbles to their wrapper, which posts the
 * whole form (htmx includes the enclosing form) and swaps the answer in here. Without JavaScript it stays empty.
 */
function DatesPreview() {
  return <div id="datums-voorbeeld" class="vw-dates-preview" aria-live="polite"></div>;
}

function Section({ title, children, class: className }: { title: string; children: Child; class?: string }) {
  return (
    <section class={`vw-activity-form__section${className ? ` ${className}` : ''}`}>
      <h2 class="utrecht-heading-2">{title}</h2>
      {children}
    </section>
  );
}

export function ActivityForm(props: ActivityFormProps) {
  const c = useAppContext();
  const t = activityEditingTexts[c.var.locale];
  const { ctx } = props;
  const field = (name: FieldName) => <ActivityField name={name} ctx={ctx} />;
  const labels = Object.fromEntries(FIELD_NAMES.map((name) => [name, t[name]]));
  const orderedErrors = Object.fromEntries(FIELD_NAMES.filter((name) => ctx.errors[name]).map((name) => [name, ctx.errors[name]!]));
  return (
    <form method="post" action={props.action} class="vw-activity-form" enctype="multipart/form-data" novalidate>
      <ErrorSummary errors={orderedErrors} labels={labels} />
      {Object.entries(props.hidden).map(([name, v]) => (
        <input type="hidden" name={name} value={v} />
      ))}
      {props.mode === 'create' && <Section title={t.sectionOrganisation}>{field('organisationId')}</Section>}
      <Section title={t.sectionAbout}>
        {field('title')}
        {field('summary')}
        {field('description')}
        {/* A change of pillars or neighbourhoods re-renders the goals field: the offered goals depend on them. */}
        <div class="vw-activity-form__goal-scope" {...inline(ctx, 'goals', 'change')}>
          {field('pillars')}
          {field('neighbourhoods')}
        </div>
        {field('goals')}
        {field('targetGroups')}
      </Section>
      <Section title={t.sectionPhoto}>{field('photo')}</Section>
      <Section title={t.sectionWhere}>
        {field('locationName')}
        {field('street')}
        {field('postcode')}
        {field('city')}
      </Section>
      <Section title={t.sectionWhen}>
        <div
          class="vw-activity-form__when"
          {...(props.datesUrl
            ? {
                'hx-post': props.datesUrl,
                'hx-trigger': 'change, input delay:500ms',
                'hx-target': '#datums-voorbeeld',
                'hx-swap': 'innerHTML',
                'hx-sync': 'this:replace',
              }
            : {})}
        >
          {field('scheduleKind')}
          <div class="vw-activity-form__once">
            <h3 class="utrecht-heading-3">{t.sectionOnce}</h3>
            {field('date')}
          </div>
          <div class="vw-activity-form__weekly">
            <h3 class="utrecht-heading-3">{t.sectionRecurring}</h3>
            <div class="vw-activity-form__interval">{field('interval')}</div>
            <div class="vw-activity-form__weekdays">{field('weekdays')}</div>
            <div class="vw-activity-form__monthly">
              {field('monthMode')}
              {field('monthOrdinals')}
              {field('monthWeekday')}
              {field('monthDay')}
            </div>
            {field('fromDate')}
            {field('untilDate')}
            {field('exceptions')}
            {field('pauseInHolidays')}
          </div>
          <div class="vw-activity-form__series">
            <h3 class="utrecht-heading-3">{t.sectionSeries}</h3>
            {field('seriesDates')}
          </div>
          {field('startTime')}
          {field('endTime')}
        </div>
        {props.datesUrl && <DatesPreview />}
      </Section>
      <Section title={t.sectionJoin}>
        {field('cost')}
        {field('costAmount')}
        {field('joinMethod')}
        {field('joinDetail')}
      </Section>
      <Section title={t.sectionContact}>
        {field('contactName')}
        {field('contactEmail')}
        {field('contactPhone')}
        {field('accessibility')}
        {field('languages')}
      </Section>
      <Section title={t.sectionTogether}>{field('coOrganisers')}</Section>
      <div class="vw-button-row">
        {props.mode === 'revision' ? (
          <>
            <SubmitButton label={t.saveRevisionDraft} name="actie" value="opslaan" secondary />
            <SubmitButton label={t.submitRevision} name="actie" value="indienen" />
          </>
        ) : props.alreadySubmitted ? (
          <SubmitButton label={t.save} name="actie" value="opslaan" />
        ) : (
          <>
            <SubmitButton label={props.mode === 'create' ? t.saveDraft : t.save} name="actie" value="opslaan" secondary />
            <SubmitButton label={t.saveAndSubmit} name="actie" value="indienen" />
          </>
        )}
        <SubmitButton label={t.showPreview} name="actie" value="voorbeeld" secondary />
      </div>
    </form>
  );
}
