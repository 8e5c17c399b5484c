import * as z from 'zod';
import { JOIN_METHODS, OPEN_END_DATE, TARGET_GROUPS, type TargetGroup } from '../../db/enums';
import type { Locale } from '../../i18n';
import { imageFromInput } from '../../media/image-input';
import { parseWith, type FieldErrors, type FormInput, type ParseResult } from '../../validation/form';
import { horizonEnd, MAX_OCCURRENCES, occurrencesBetween, type DatedSlot } from '../activities/recurrence';
import { ordinalMask, toActivitySchedule } from '../activities/schedule';
import { FORM_KINDS, scheduleOfData, weekdayMask, type ActivityData, type FieldName } from './model';
import { activityEditingTexts } from './texts';
import { goalChoice, goalProblem, type GoalScope } from '../plan-links/goal-choice';

/** What the schema checks ids and dates against: loaded from the database, or the clock, per request. */
export type ActivityRefs = {
  pillarIds: readonly string[];
  neighbourhoodIds: readonly number[];
  /** The goals of the plans' current versions; a chosen one must fit the chosen pillars and neighbourhoods. */
  goals: readonly GoalScope[];
  /** Approved organisations; only these can be co-organiser. */
  approvedOrganisationIds: readonly number[];
  /** Today in Maastricht, `YYYY-MM-DD`. */
  today: string;
  /** Only when creating: the organisations the user may create an activity for. The form then asks for one. */
  ownOrganisationIds?: readonly number[];
  /** Only when editing: the organisation that owns the activity. */
  ownerOrganisationId?: number;
};

export type ValidActivity = ActivityData & { organisationId?: number };

const HTML_TAG = /<\s*\/?\s*[a-z!?][^>]*>/i;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const HH_MM = /^([01]\d|2[0-3]):[0-5]\d$/;

const single = (value: unknown) => (Array.isArray(value) ? (value[0] ?? '') : (value ?? ''));
const list = (value: unknown) => (value === undefined || value === '' ? [] : Array.isArray(value) ? value : [value]);

/** `2026-03-15`, `15-03-2026` or `15/3/2026` → `2026-03-15`, when it is a real calendar date. */
export function parseDate(text: string): string | null {
  const value = text.trim();
  let y: number, m: number, d: number;
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(value);
  const dutch = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(value);
  if (iso) [y, m, d] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  else if (dutch) [d, m, y] = [Number(dutch[1]), Number(dutch[2]), Number(dutch[3])];
  else return null;
  const date = new Date(Date.UTC(y, m - 1, d));
  if (y < 2000 || y > 2200 || date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return null;
  return date.toISOString().slice(0, 10);
}

/** `9:30`, `09.30` or `09:30:00` → `09:30`. */
export function parseTime(text: string): string | null {
  const match = /^(\d{1,2})[:.](\d{2})(?::00)?$/.exec(text.trim());
  if (!match) return null;
  const time = `${match[1]!.padStart(2, '0')}:${match[2]}`;
  return HH_MM.test(time) ? time : null;
}

/** `6211ab`, `6211 AB` → `6211 AB`; null when it is not a Dutch postcode. */
export function normalisePostcode(text: string): string | null {
  const match = /^([1-9]\d{3})\s?([a-zA-Z]{2})$/.exec(text.trim());
  if (!match) return null;
  const letters = match[2]!.toUpperCase();
  if (letters === 'SA' || letters === 'SD' || letters === 'SS') return null;
  return `${match[1]} ${letters}`;
}

/** `2,50`, `€ 2.50`, `3` → cents; null when it is not an amount from 0.01 up to 1000 euros. */
export function eurosToCents(text: string): number | null {
  const match = /^(?:€\s*)?(\d{1,4})(?:[.,](\d{1,2}))?$/.exec(text.trim());
  if (!match) return null;
  const cents = Number(match[1]) * 100 + Number((match[2] ?? '0').padEnd(2, '0'));
  return cents > 0 && cents <= 100_000 ? cents : null;
}

export function isPhoneNumber(text: string): boolean {
  const digits = text.replace(/\D/g, '').length;
  return /^\+?[\d\s()-]+$/.test(text) && digits >= 8 && digits <= 15;
}

export function isWebAddress(text: string): boolean {
  try {
    const url = new URL(text);
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname.includes('.');
  } catch {
    return false;
  }
}

const isEmail = (text: string) => z.email().safeParse(text).success;

/** One line of the series box: a date, optionally followed by its times ("2026-03-03 19:00-21:00"). */
export function parseSeriesLine(line: string, defaults: { startTime: string; endTime: string }): DatedSlot | null {
  const match = /^(\S+)(?:\s+(\d{1,2}[:.]\d{2})\s*(?:-|–|tot|to)\s*(\d{1,2}[:.]\d{2}))?$/.exec(line.trim());
  if (!match) return null;
  const date = parseDate(match[1]!);
  const startTime = match[2] ? parseTime(match[2]) : defaults.startTime;
  const endTime = match[3] ? parseTime(match[3]) : defaults.endTime;
  if (!date || startTime === null || endTime === null) return null;
  return { date, startTime, endTime };
}
const seriesLines = (text: string) =>
  text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean);

/** Splits the exceptions box into dates (one per line; commas and spaces also separate). */
const exceptionParts = (text: string) => text.split(/[\s,;]+/).filter(Boolean);

function plainText(max: number, requiredKey?: string) {
  const base = z.preprocess(single, z.string().trim());
  const checked = requiredKey ? z.string().trim().min(1, requiredKey).max(max) : z.string().trim().max(max);
  return base.pipe(checked.refine((v) => !HTML_TAG.test(v), 'noHtml'));
}

const optionalText = (max: number) => plainText(max).transform((v) => (v === '' ? null : v));

const optionalDate = () =>
  z
    .preprocess(single, z.string().trim().max(20))
    .refine((v) => v === '' || parseDate(v) !== null, 'dateInvalid')
    .transform((v) => (v === '' ? '' : parseDate(v)!));

const optionalTime = () =>
  z
    .preprocess(single, z.string().trim().max(10))
    .refine((v) => v === '' || parseTime(v) !== null, 'timeInvalid')
    .transform((v) => (v === '' ? '' : parseTime(v)!));

/** A checkbox group: at most `max` values, each one of `allowed`; duplicates collapse. */
function choices(allowed: readonly string[], opts: { max: number; unknownKey: string; requiredKey?: string }) {
  const arr = z.array(z.string().max(64)).max(opts.max);
  const counted = opts.requiredKey ? arr.min(1, opts.requiredKey) : arr;
  return z
    .preprocess(list, counted)
    .refine((values) => values.every((v) => allowed.includes(v)), opts.unknownKey)
    .transform((values) => [...new Set(values)].sort());
}

const ids = (values: string[]) => values.map(Number).sort((a, b) => a - b);

/**
 * The activity form, from raw form input to stored data. The server checks a full submit with it, and the inline
 * validation endpoint runs exactly the same schema and shows the message of the one field that lost focus.
 */
export function activitySchema(refs: ActivityRefs) {
  const organisationIds = (refs.ownOrganisationIds ?? []).map(String);
  const coOrganiserIds = refs.approvedOrganisationIds.map(String);
  const creating = refs.ownOrganisationIds !== undefined;

  return z
    .object({
      organisationId: creating
        ? z
            .preprocess(single, z.string().max(20))
            .refine((v) => organisationIds.includes(v), 'organisationNotYours')
            .transform(Number)
        : z
            .unknown()
            .optional()
            .transform(() => undefined),
      title: plainText(120, 'titleRequired'),
      summary: plainText(300, 'summaryRequired'),
      description: plainText(10_000),
      pillars: choices(refs.pillarIds, { max: refs.pillarIds.length, unknownKey: 'pillarUnknown', requiredKey: 'pillarsRequired' }),
      neighbourhoods: choices(refs.neighbourhoodIds.map(String), {
        max: refs.neighbourhoodIds.length,
        unknownKey: 'neighbourhoodUnknown',
        requiredKey: 'neighbourhoodsRequired',
      }).transform(ids),
      goals: goalChoice(refs.goals).transform(ids),
      targetGroups: choices(TARGET_GROUPS, { max: TARGET_GROUPS.length, unknownKey: 'targetGroupUnknown' }),
      locationName: plainText(120, 'locationRequired'),
      street: plainText(120, 'streetRequired'),
      postcode: z
        .preprocess(single, z.string().trim().max(10, 'postcodeInvalid'))
        .refine((v) => normalisePostcode(v) !== null, 'postcodeInvalid')
        .transform((v) => normalisePostcode(v)!),
      city: plainText(80, 'cityRequired'),
      scheduleKind: z.preprocess(single, z.enum(FORM_KINDS, { error: 'scheduleKindRequired' })),
      interval: z.preprocess(single, z.string().max(2)),
      monthMode: z.preprocess(single, z.string().max(10)),
      monthOrdinals: choices(['1', '2', '3', '4', '5', '-1'], { max: 6, unknownKey: 'ordinalUnknown' }).transform(ids),
      monthWeekday: z.preprocess(single, z.string().max(2)),
      monthDay: z.preprocess(single, z.string().trim().max(4)),
      seriesDates: z.preprocess(single, z.string().max(20_000, 'seriesTooMany')),
      pauseInHolidays: z.preprocess(single, z.string().max(10)).transform((v) => v !== ''),
      date: optionalDate(),
      weekdays: choices(['1', '2', '3', '4', '5', '6', '7'], { max: 7, unknownKey: 'weekdayUnknown' }).transform(ids),
      fromDate: optionalDate(),
      untilDate: optionalDate(),
      exceptions: z
        .preprocess(single, z.string().max(3000, 'exceptionsTooMany'))
        .refine((v) => exceptionParts(v).every((part) => parseDate(part) !== null), 'exceptionsInvalid')
        .refine((v) => exceptionParts(v).length <= 100, 'exceptionsTooMany')
        .transform((v) => [...new Set(exceptionParts(v).map((part) => parseDate(part)!))].sort()),
      startTime: optionalTime(),
      endTime: optionalTime(),
      cost: z.preprocess(single, z.enum(['free', 'paid'], { error: 'costRequired' })),
      costAmount: z.preprocess(single, z.string().trim().max(20, 'costAmountInvalid')),
      joinMethod: z.preprocess(single, z.enum(JOIN_METHODS, { error: 'joinMethodRequired' })),
      joinDetail: plainText(300),
      contactName: optionalText(120),
      contactEmail: z
        .preprocess(single, z.string().trim().max(254))
        .refine((v) => v === '' || isEmail(v), 'invalidEmail')
        .transform((v) => (v === '' ? null : v.toLowerCase())),
      contactPhone: z
        .preprocess(single, z.string().trim().max(40, 'phoneInvalid'))
        .refine((v) => v === '' || isPhoneNumber(v), 'phoneInvalid')
        .transform((v) => (v === '' ? null : v)),
      accessibility: optionalText(1000),
      languages: optionalText(200),
      coOrganisers: choices(coOrganiserIds, { max: 10, unknownKey: 'coOrganiserUnknown' }).transform(ids),
    })
    .superRefine(
      (value, ctx) => {
        const issue = (field: FieldName, message: string) => ctx.addIssue({ code: 'custom', message, path: [field] });
        const valid = (v: unknown, re: RegExp): v is string => typeof v === 'string' && re.test(v);

        const kind = value.scheduleKind;
        const recurring = kind === 'weekly' || kind === 'every-n-weeks' || kind === 'monthly';
        if (kind === 'once') {
          if (value.date === '') issue('date', 'dateRequired');
          else if (valid(value.date, ISO_DATE) && value.date < refs.today) issue('date', 'dateInPast');
        }
        if ((kind === 'weekly' || kind === 'every-n-weeks') && Array.isArray(value.weekdays) && value.weekdays.length === 0) {
          issue('weekdays', 'weekdaysRequired');
        }
        if (kind === 'every-n-weeks' && !['2', '3', '4'].includes(String(value.interval))) issue('interval', 'intervalInvalid');
        if (kind === 'monthly') {
          if (value.monthMode === 'day') {
            const day = Number(value.monthDay);
            if (!/^\d{1,2}$/.test(String(value.monthDay)) || day < 1 || day > 31) issue('monthDay', 'monthDayInvalid');
          } else {
            const ordinals = Array.isArray(value.monthOrdinals) ? value.monthOrdinals : [];
            if (ordinals.includes(5)) issue('monthOrdinals', 'ordinalFifth');
            else if (ordinals.length === 0) issue('monthOrdinals', 'ordinalsRequired');
            if (!['1', '2', '3', '4', '5', '6', '7'].includes(String(value.monthWeekday))) issue('monthWeekday', 'monthWeekdayRequired');
          }
        }
        if (recurring) {
          if (value.fromDate === '') issue('fromDate', 'fromDateRequired');
          const from = valid(value.fromDate, ISO_DATE) ? value.fromDate : null;
          const until = valid(value.untilDate, ISO_DATE) ? value.untilDate : null;
          if (from && until && until < from) issue('untilDate', 'fromAfterUntil');
          else if (until && until < refs.today) issue('untilDate', 'untilInPast');
          if (from && Array.isArray(value.exceptions) && value.exceptions.some((d) => d < from || d > (until ?? OPEN_END_DATE))) {
            issue('exceptions', 'exceptionOutsideRange');
          }
        }
        if (kind === 'series' && typeof value.seriesDates === 'string') {
          const lines = seriesLines(value.seriesDates);
          const defaults = {
            startTime: valid(value.startTime, HH_MM) ? value.startTime : '00:00',
            endTime: valid(value.endTime, HH_MM) ? value.endTime : '23:59',
          };
          const slots = lines.map((line) => parseSeriesLine(line, defaults));
          if (lines.length === 0) issue('seriesDates', 'seriesRequired');
          else if (slots.some((slot) => slot === null)) issue('seriesDates', 'seriesInvalid');
          else if (lines.length > MAX_OCCURRENCES) issue('seriesDates', 'seriesTooMany');
          else if (slots.some((slot) => slot!.date < refs.today)) issue('seriesDates', 'seriesInPast');
          else if (new Set(slots.map((slot) => slot!.date)).size !== slots.length) issue('seriesDates', 'seriesDuplicate');
          else if (slots.some((slot) => slot!.endTime <= slot!.startTime)) issue('seriesDates', 'seriesEndBeforeStart');
        }
        if (value.startTime === '') issue('startTime', 'startTimeRequired');
        if (value.endTime === '') issue('endTime', 'endTimeRequired');
        if (valid(value.startTime, HH_MM) && valid(value.endTime, HH_MM) && value.endTime <= value.startTime) {
          issue('endTime', 'endBeforeStart');
        }
        if (value.cost === 'paid' && typeof value.costAmount === 'string' && eurosToCents(value.costAmount) === null) {
          issue('costAmount', 'costAmountInvalid');
        }
        if (typeof value.joinDetail === 'string') {
          const detail = value.joinDetail;
          if (value.joinMethod === 'link' && !isWebAddress(detail)) issue('joinDetail', 'joinLinkInvalid');
          if (value.joinMethod === 'email' && !isEmail(detail)) issue('joinDetail', 'joinEmailInvalid');
          if (value.joinMethod === 'phone' && !isPhoneNumber(detail)) issue('joinDetail', 'joinPhoneInvalid');
        }
        const goalIssue = goalProblem(refs.goals, value);
        if (goalIssue) issue('goals', goalIssue);
        const owner = refs.ownerOrganisationId ?? (typeof value.organisationId === 'number' ? value.organisationId : undefined);
        if (owner !== undefined && Array.isArray(value.coOrganisers) && value.coOrganisers.includes(owner)) {
          issue('coOrganisers', 'coOrganiserUnknown');
        }
      },
      { when: () => true },
    )
    .transform((v): ValidActivity => {
      const kind = v.scheduleKind;
      const once = kind === 'once';
      const series = kind === 'series';
      const monthByDay = kind === 'monthly' && v.monthMode === 'day';
      const slots = series
        ? seriesLines(v.seriesDates)
            .map((line) => parseSeriesLine(line, { startTime: v.startTime, endTime: v.endTime })!)
            .sort((a, b) => (a.date < b.date ? -1 : 1))
        : [];
      const weekdays =
        kind === 'weekly' || kind === 'every-n-weeks'
          ? weekdayMask(v.weekdays)
          : kind === 'monthly' && !monthByDay
            ? weekdayMask([Number(v.monthWeekday)])
            : 0;
      return {
        organisationId: v.organisationId,
        title: v.title,
        summary: v.summary,
        description: v.description,
        pillarIds: v.pillars,
        neighbourhoodIds: v.neighbourhoods,
        goalIds: v.goals,
        targetGroups: v.targetGroups as TargetGroup[],
        locationName: v.locationName,
        street: v.street,
        postcode: v.postcode,
        city: v.city,
        scheduleKind: kind === 'every-n-weeks' ? 'weekly' : kind,
        firstDate: once ? v.date : series ? slots[0]!.date : v.fromDate,
        lastDate: once ? v.date : series ? slots[slots.length - 1]!.date : v.untilDate || OPEN_END_DATE,
        weekdays,
        startTime: series ? slots[0]!.startTime : v.startTime,
        endTime: series ? slots[0]!.endTime : v.endTime,
        exceptionDates: once || series ? [] : v.exceptions,
        scheduleInterval: kind === 'every-n-weeks' ? Number(v.interval) : 1,
        monthOrdinals: kind === 'monthly' && !monthByDay ? ordinalMask(v.monthOrdinals) : 0,
        monthDay: monthByDay ? Number(v.monthDay) : null,
        seriesDates: slots,
        pauseInHolidays: !once && !series && v.pauseInHolidays,
        costCents: v.cost === 'free' ? null : eurosToCents(v.costAmount),
        joinMethod: v.joinMethod,
        joinDetail: v.joinMethod === 'walk-in' ? null : v.joinDetail,
        contactName: v.contactName,
        contactEmail: v.contactEmail,
        contactPhone: v.contactPhone,
        accessibility: v.accessibility,
        languages: v.languages,
        coOrganiserIds: v.coOrganisers,
        photo: null, // set by validateActivity from the staged photo fields (src/media/image-input.ts)
      };
    });
}

/** The field that carries a "no dates" or "too many dates" message for a kind. */
const dateCountField = (data: ActivityData): FieldName =>
  data.scheduleKind === 'series' ? 'seriesDates' : data.scheduleKind === 'once' ? 'date' : 'fromDate';

/** Whole-schedule checks on valid data: at least one date ahead, at most MAX_OCCURRENCES within the horizon. */
function scheduleProblem(data: ActivityData, today: string): 'noDates' | 'tooManyDates' | null {
  const dates = occurrencesBetween(toActivitySchedule(scheduleOfData(data)), today, horizonEnd(today));
  if (dates.length > MAX_OCCURRENCES) return 'tooManyDates';
  if (dates.length > 0) return null;
  // Nothing within the horizon: fine when it starts later, a mistake when it never yields a date.
  if (data.firstDate > horizonEnd(today)) return null;
  return 'noDates';
}

/** The whole form: the zod schema, the photo (already staged in R2 by the route, see src/media) and the schedule. */
export function validateActivity(input: FormInput, refs: ActivityRefs, locale: Locale): ParseResult<ValidActivity> {
  const result = parseWith(activitySchema(refs), input, locale, activityEditingTexts);
  const photo = imageFromInput(input, 'photo', locale);
  if (!result.ok) return { ok: false, errors: { ...result.errors, ...photo.errors } };
  if (Object.keys(photo.errors).length) return { ok: false, errors: photo.errors };
  const data = { ...result.data, photo: photo.image };
  const problem = scheduleProblem(data, refs.today);
  if (!problem) return { ok: true, data };
  return { ok: false, errors: { [dateCountField(data)]: activityEditingTexts[locale][problem] } };
}

/** The message for one field, from the same full-form validation as a submit (cross-field rules included). */
export function fieldMessage(input: FormInput, refs: ActivityRefs, locale: Locale, field: FieldName): string | undefined {
  const result = validateActivity(input, refs, locale);
  return result.ok ? undefined : result.errors[field];
}

export type { FieldErrors };
