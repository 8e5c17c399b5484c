import { JOIN_METHODS, TARGET_GROUPS } from '../../db/enums';
import type { Locale } from '../../i18n';
import { fieldId, SelectField, type Option } from '../../layout/form';
import { useAppContext } from '../../layout/renderer';
import { ImageField } from '../../media/image-field';
import { WEEKDAY_NUMBERS, type FieldName } from './model';
import { many, one } from '../../validation/form';
import { choiceGroup, inline, textArea, textField, type FieldContext } from './field-inputs';
import { activityEditingTexts } from './texts';
import { unfittingGoals } from '../plan-links/goal-choice';
import { goalFits } from '../plan-links/goals';
import { planLinkTexts } from '../plan-links/texts';
import { GoalChoice } from '../plan-links/views';

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
  const chosen = many(ctx.values, 'goals');
  const scope = { pillarIds: many(ctx.values, 'pillars'), neighbourhoodIds: many(ctx.values, 'neighbourhoods').map(Number) };
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
          value={one(ctx.values, name)}
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
          value={one(ctx.values, name) || '2'}
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
          value={one(ctx.values, name)}
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
      return choiceGroup(
        ctx,
        t,
        name,
        'radio',
        JOIN_METHODS.map((m) => ({ value: m, label: labels[m] })),
        { required: true },
      );
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
