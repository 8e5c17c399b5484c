import type { Child } from 'hono/jsx';
import { JOIN_METHODS, TARGET_GROUPS } from '../../db/enums';
import type { Locale } from '../../i18n';
import { ChoiceGroup, ErrorSummary, fieldId, SelectField, SubmitButton, TextArea, TextField, type Option } from '../../layout/form';
import { useAppContext } from '../../layout/renderer';
import { ImageField } from '../../media/image-field';
import type { FieldErrors, FormInput } from '../../validation/form';
import { FIELD_NAMES, WEEKDAY_NUMBERS, type FieldName } from './model';
import type { FormOptions, OrganisationRef } from './queries';
import { activityEditingTexts, type ActivityEditingTexts } from './texts';
import { unfittingGoals } from '../plan-links/goal-choice';
import { goalFits } from '../plan-links/goals';
import { planLinkTexts } from '../plan-links/texts';
import { GoalChoice } from '../plan-links/views';

export type FormMode = 'create' | 'edit' | 'revision';

/** Everything a single field needs to render itself, in the whole form and alone (inline validation). */
export type FieldContext = {
  values: FormInput;
  errors: FieldErrors;
  options: FormOptions;
  /** The inline validation endpoint of this form. */
  validateUrl: string;
  /** Create mode: the organisations the user may choose from. */
  ownOrganisations?: OrganisationRef[];
  ownerOrganisationId?: number;
  /** A co-organiser's member sees the co-organisers but cannot change them. */
  coOrganisersLocked?: OrganisationRef[];
};

const value = (values: FormInput, name: string) => {
  const v = values[name];
  return (Array.isArray(v) ? v[0] : v) ?? '';
};
const values = (input: FormInput, name: string) => {
  const v = input[name];
  return v === undefined ? [] : Array.isArray(v) ? v : [v];
};

/** htmx: validate this field on the server when it loses focus, and morph only its own wrapper (message, aria). */
function inline(ctx: FieldContext, name: FieldName, trigger: 'blur changed' | 'change' = 'blur changed') {
  return {
    'hx-post': ctx.validateUrl,
    'hx-trigger': trigger,
    'hx-target': `#${fieldId(name)}-veld`,
    'hx-swap': 'outerMorph',
    'hx-vals': JSON.stringify({ _veld: name }),
  };
}

/** htmx: a change of pillars or neighbourhoods re-renders the goals field (the offered goals depend on them). */
function goalRefresh(ctx: FieldContext) {
  return {
    'hx-post': ctx.validateUrl,
    'hx-trigger': 'change',
    'hx-target': `#${fieldId('goals')}-veld`,
    'hx-swap': 'outerMorph',
    'hx-vals': JSON.stringify({ _veld: 'goals' }),
  };
}

function textField(
  ctx: FieldContext,
  t: ActivityEditingTexts,
  name: FieldName,
  opts: { required?: boolean; type?: 'text' | 'email' | 'url' | 'tel' | 'date' | 'time'; maxLength?: number; help?: string; autocomplete?: string } = {},
) {
  return (
    <TextField
      name={name}
      label={t[name]}
      value={value(ctx.values, name)}
      error={ctx.errors[name]}
      required={opts.required}
      type={opts.type}
      maxLength={opts.maxLength}
      description={opts.help}
      autocomplete={opts.autocomplete}
      attributes={inline(ctx, name)}
    />
  );
}

function textArea(ctx: FieldContext, t: ActivityEditingTexts, name: FieldName, opts: { rows?: number; maxLength?: number; help?: string; required?: boolean }) {
  return (
    <TextArea
      name={name}
      label={t[name]}
      value={value(ctx.values, name)}
      error={ctx.errors[name]}
      rows={opts.rows}
      maxLength={opts.maxLength}
      description={opts.help}
      required={opts.required}
      attributes={inline(ctx, name)}
    />
  );
}

function choiceGroup(
  ctx: FieldContext,
  t: ActivityEditingTexts,
  name: FieldName,
  kind: 'checkbox' | 'radio',
  options: Option[],
  opts: { required?: boolean; help?: string } = {},
) {
  return (
    <ChoiceGroup
      name={name}
      label={t[name]}
      kind={kind}
      options={options}
      values={values(ctx.values, name)}
      error={ctx.errors[name]}
      required={opts.required}
      description={opts.help}
      attributes={inline(ctx, name, 'change')}
    />
  );
}

function pillarOptions(ctx: FieldContext, locale: Locale): Option[] {
  return ctx.options.pillars.map((p) => ({ value: p.id, label: locale === 'nl' ? p.nameNl : p.nameEn }));
}

/**
 * The goals that fit the chosen pillars and neighbourhoods, plus any chosen goal that no longer fits (marked, so
 * nothing chosen silently disappears). The form re-renders this field when pillars or neighbourhoods change.
 */
function GoalField({ ctx }: { ctx: FieldContext }) {
  const locale = useAppContext().var.locale;
  const t = activityEditingTexts[locale];
  const chosen = values(ctx.values, 'goals');
  const scope = { pillarIds: values(ctx.values, 'pillars'), neighbourhoodIds: values(ctx.values, 'neighbourhoods').map(Number) };
  const offered = ctx.options.goals.filter((g) => goalFits(g, scope) || chosen.includes(String(g.id)));
  return (
    <GoalChoice
      name="goals"
      label={t.goals}
      description={planLinkTexts[locale].activityGoalsHelp}
      emptyText={planLinkTexts[locale].noGoalsOffered}
      goals={offered}
      values={chosen}
      error={ctx.errors.goals}
      marked={unfittingGoals(ctx.options.goals, chosen.map(Number), scope)}
      markText={t.goalUnfitMark}
      attributes={inline(ctx, 'goals', 'change')}
    />
  );
}

/** One field of the form, by name. The inline validation endpoint renders exactly this for the field it checked. */
export function ActivityField({ name, ctx }: { name: FieldName; ctx: FieldContext }) {
  const c = useAppContext();
  const locale = c.var.locale;
  const t = activityEditingTexts[locale];
  switch (name) {
    case 'organisationId':
      return (
        <SelectField
          name={name}
          label={t.organisationId}
          value={value(ctx.values, name)}
          error={ctx.errors[name]}
          required
          placeholder={t.chooseOrganisation}
          options={(ctx.ownOrganisations ?? []).map((o) => ({ value: String(o.id), label: o.name }))}
          attributes={inline(ctx, name, 'change')}
        />
      );
    case 'title':
      return textField(ctx, t, name, { required: true, maxLength: 120 });
    case 'photo':
      return <ImageField prefix="photo" values={ctx.values} errors={ctx.errors} />;
    case 'photoAlt':
    case 'photoDecorative':
      return null; // part of the photo's group above; never validated on its own

    case 'summary':
      return textArea(ctx, t, name, { rows: 2, maxLength: 300, help: t.summaryHelp, required: true });
    case 'description':
      return textArea(ctx, t, name, { rows: 10, maxLength: 10_000, help: t.descriptionHelp });
    case 'pillars':
      return choiceGroup(ctx, t, name, 'checkbox', pillarOptions(ctx, locale), { required: true, help: t.pillarsHelp });
    case 'neighbourhoods':
      return choiceGroup(
        ctx,
        t,
        name,
        'checkbox',
        ctx.options.neighbourhoods.map((n) => ({ value: String(n.id), label: n.name })),
        { required: true, help: t.neighbourhoodsHelp },
      );
    case 'goals':
      return <GoalField ctx={ctx} />;
    case 'targetGroups':
      return choiceGroup(
        ctx,
        t,
        name,
        'checkbox',
        TARGET_GROUPS.map((g) => ({ value: g, label: t[`targetGroup_${g}`] })),
      );
    case 'locationName':
      return textField(ctx, t, name, { required: true, maxLength: 120 });
    case 'street':
      return textField(ctx, t, name, { required: true, maxLength: 120, autocomplete: 'street-address' });
    case 'postcode':
      return textField(ctx, t, name, { required: true, maxLength: 10, help: t.postcodeHelp, autocomplete: 'postal-code' });
    case 'city':
      return textField(ctx, t, name, { required: true, maxLength: 80, autocomplete: 'address-level2' });
    case 'scheduleKind':
      return choiceGroup(
        ctx,
        t,
        name,
        'radio',
        [
          { value: 'once', label: t.scheduleOnce },
          { value: 'weekly', label: t.scheduleWeekly },
          { value: 'every-n-weeks', label: t.scheduleEveryNWeeks },
          { value: 'monthly', label: t.scheduleMonthly },
          { value: 'series', label: t.scheduleSeries },
        ],
        { required: true, help: t.scheduleHelp },
      );
    case 'interval':
      return (
        <SelectField
          name={name}
          label={t.interval}
          value={value(ctx.values, name) || '2'}
          error={ctx.errors[name]}
          options={[2, 3, 4].map((n) => ({ value: String(n), label: t[`interval${n as 2 | 3 | 4}`] }))}
          attributes={inline(ctx, name, 'change')}
        />
      );
    case 'monthMode':
      return choiceGroup(ctx, t, name, 'radio', [
        { value: 'weekday', label: t.monthModeWeekday },
        { value: 'day', label: t.monthModeDay },
      ]);
    case 'monthOrdinals':
      return choiceGroup(ctx, t, name, 'checkbox', [
        { value: '1', label: t.ordinal1 },
        { value: '2', label: t.ordinal2 },
        { value: '3', label: t.ordinal3 },
        { value: '4', label: t.ordinal4 },
        { value: '-1', label: t.ordinalLast },
      ]);
    case 'monthWeekday':
      return (
        <SelectField
          name={name}
          label={t.monthWeekday}
          value={value(ctx.values, name)}
          error={ctx.errors[name]}
          placeholder={t.chooseWeekday}
          options={WEEKDAY_NUMBERS.map((d) => ({ value: String(d), label: t[`weekday${d}`] }))}
          attributes={inline(ctx, name, 'change')}
        />
      );
    case 'monthDay':
      return textField(ctx, t, name, { maxLength: 2, help: t.monthDayHelp });
    case 'seriesDates':
      return textArea(ctx, t, name, { rows: 6, maxLength: 20_000, help: t.seriesHelp });
    case 'pauseInHolidays':
      return choiceGroup(ctx, t, name, 'checkbox', [{ value: 'on', label: t.pauseLabel }], { help: t.pauseHelp });
    case 'date':
      return textField(ctx, t, name, { required: true, type: 'date' });
    case 'weekdays':
      return choiceGroup(
        ctx,
        t,
        name,
        'checkbox',
        WEEKDAY_NUMBERS.map((d) => ({ value: String(d), label: t[`weekday${d}`] })),
        { required: true },
      );
    case 'fromDate':
      return textField(ctx, t, name, { required: true, type: 'date' });
    case 'untilDate':
      return textField(ctx, t, name, { type: 'date', help: t.untilHelp });
    case 'exceptions':
      return textArea(ctx, t, name, { rows: 3, maxLength: 3000, help: t.exceptionsHelp });
    case 'startTime':
      return textField(ctx, t, name, { required: true, type: 'time', help: t.startTimeHelp });
    case 'endTime':
      return textField(ctx, t, name, { required: true, type: 'time', help: t.endTimeHelp });
    case 'cost':
      return choiceGroup(
        ctx,
        t,
        name,
        'radio',
        [
          { value: 'free', label: t.costFree },
          { value: 'paid', label: t.costPaid },
        ],
        { required: true },
      );
    case 'costAmount':
      return textField(ctx, t, name, { required: true, maxLength: 20, help: t.costAmountHelp });
    case 'joinMethod': {
      const labels = { 'walk-in': t.joinWalkIn, link: t.joinLink, email: t.joinEmail, phone: t.joinPhone };
      return choiceGroup(ctx, t, name, 'radio', JOIN_METHODS.map((m) => ({ value: m, label: labels[m] })), { required: true });
    }
    case 'joinDetail':
      return textField(ctx, t, name, { required: true, maxLength: 300, help: t.joinDetailHelp });
    case 'contactName':
      return textField(ctx, t, name, { maxLength: 120, autocomplete: 'name' });
    case 'contactEmail':
      return textField(ctx, t, name, { type: 'email', maxLength: 254, autocomplete: 'email' });
    case 'contactPhone':
      return textField(ctx, t, name, { type: 'tel', maxLength: 40, autocomplete: 'tel' });
    case 'accessibility':
      return textArea(ctx, t, name, { rows: 3, maxLength: 1000, help: t.accessibilityHelp });
    case 'languages':
      return textField(ctx, t, name, { maxLength: 200, help: t.languagesHelp });
    case 'coOrganisers':
      if (ctx.coOrganisersLocked) {
        return (
          <div class="utrecht-form-field" id={`${fieldId(name)}-veld`}>
            <p class="utrecht-paragraph">
              <strong>{t.coOrganisers}:</strong> {ctx.coOrganisersLocked.map((o) => o.name).join(', ') || '—'}
            </p>
            <p class="utrecht-paragraph vw-meta">{t.coOrganisersFixed}</p>
          </div>
        );
      }
      return choiceGroup(
        ctx,
        t,
        name,
        'checkbox',
        ctx.options.organisations.filter((o) => o.id !== ctx.ownerOrganisationId).map((o) => ({ value: String(o.id), label: o.name })),
        { help: t.coOrganisersHelp },
      );
  }
}

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
        <div class="vw-activity-form__goal-scope" {...goalRefresh(ctx)}>
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
          {...(props.datesUrl ? { 'hx-post': props.datesUrl, 'hx-trigger': 'change, input delay:500ms', 'hx-target': '#datums-voorbeeld', 'hx-swap': 'innerHTML', 'hx-sync': 'this:replace' } : {})}
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
