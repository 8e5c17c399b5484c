// The live preview of the next dates in the form ("Hoe vaak?" section): the schedule fields of the posted form, run
// through the same schema as a submit, with the fields that do not concern the schedule filled in for the check only.
// Nothing is stored; the answer is a fragment with the next six dates in words, or the first schedule message.
import type { Locale } from '../../i18n';
import type { FormInput } from '../../validation/form';
import { dateParts } from '../../dates';
import {
  horizonEnd,
  inHoliday,
  nextOccurrencesOf,
  occurrencesBetween,
  type ActivitySchedule,
  type DatedSlot,
  type HolidayPeriod,
} from '../activities/recurrence';
import { formatDay, toActivitySchedule } from '../activities/schedule';
import { activityTexts } from '../activities/texts';
import { FIELD_NAMES, scheduleOfData, type FieldName } from './model';
import { validateActivity, type ActivityRefs } from './schemas';
import { activityEditingTexts } from './texts';

export const SCHEDULE_FIELDS: readonly FieldName[] = [
  'scheduleKind',
  'date',
  'weekdays',
  'fromDate',
  'untilDate',
  'interval',
  'monthMode',
  'monthOrdinals',
  'monthWeekday',
  'monthDay',
  'seriesDates',
  'exceptions',
  'pauseInHolidays',
  'startTime',
  'endTime',
];
export const PREVIEW_COUNT = 6;
/** Dates named per holiday in "Niet op …"; the rest are counted. */
const SKIPPED_NAMED = 6;

/** Valid stand-ins for the fields outside the schedule, so only schedule problems can stop the preview. */
function withStandIns(input: FormInput, refs: ActivityRefs): FormInput {
  const standIns: FormInput = {
    organisationId: String(refs.ownOrganisationIds?.[0] ?? ''),
    title: 'x',
    summary: 'x',
    description: '',
    pillars: refs.pillarIds.slice(0, 1),
    neighbourhoods: refs.neighbourhoodIds.slice(0, 1).map(String),
    targetGroups: [],
    locationName: 'x',
    street: 'x',
    postcode: '6211 AB',
    city: 'x',
    cost: 'free',
    costAmount: '',
    joinMethod: 'walk-in',
    joinDetail: '',
    contactName: '',
    contactEmail: '',
    contactPhone: '',
    accessibility: '',
    languages: '',
    coOrganisers: [],
  };
  const schedule = Object.fromEntries(SCHEDULE_FIELDS.filter((f) => input[f] !== undefined).map((f) => [f, input[f]!]));
  return { ...standIns, ...schedule };
}

/** The dates a pausing schedule leaves out, per holiday period, up to the last date the preview shows. */
export type SkippedDates = { holiday: string; dates: string[] };
export type DatesPreviewResult = { ok: true; dates: DatedSlot[]; skipped: SkippedDates[] } | { ok: false; message: string };

export function skippedInHolidays(schedule: ActivitySchedule, today: string, shown: DatedSlot[], holidays: readonly HolidayPeriod[]): SkippedDates[] {
  if (!schedule.pauseInHolidays || holidays.length === 0) return [];
  const until = shown.length === PREVIEW_COUNT ? shown[shown.length - 1]!.date : horizonEnd(today);
  const groups = new Map<string, string[]>();
  for (const { date } of occurrencesBetween({ ...schedule, pauseInHolidays: false }, today, until)) {
    if (!inHoliday(date, holidays)) continue;
    const holiday = holidays.find((h) => date >= h.fromDate && date <= h.toDate)!.name;
    groups.set(holiday, [...(groups.get(holiday) ?? []), date]);
  }
  return [...groups].map(([holiday, dates]) => ({ holiday, dates }));
}

export function previewDates(input: FormInput, refs: ActivityRefs, holidays: readonly HolidayPeriod[], locale: Locale): DatesPreviewResult {
  // A member of a co-organiser has no own organisation to choose: check as an edit, which asks for none.
  const checked: ActivityRefs = refs.ownOrganisationIds?.length ? refs : { ...refs, ownOrganisationIds: undefined };
  const result = validateActivity(withStandIns(input, checked), checked, locale);
  if (!result.ok) {
    const field = FIELD_NAMES.find((f) => result.errors[f]);
    return { ok: false, message: field ? result.errors[field]! : activityEditingTexts[locale].datesPreviewEmpty };
  }
  const schedule = toActivitySchedule(scheduleOfData(result.data));
  const dates = nextOccurrencesOf(schedule, refs.today, PREVIEW_COUNT, holidays);
  return { ok: true, dates, skipped: skippedInHolidays(schedule, refs.today, dates, holidays) };
}

/** "23 december", with the year when it is not this year's. */
function dayAndMonth(date: string, today: string, locale: Locale): string {
  const t = activityTexts[locale];
  const { year, month, day } = dateParts(date);
  return year === dateParts(today).year ? `${day} ${t.month(month - 1)}` : t.dateWithoutWeekday(day, t.month(month - 1), year);
}

export function DatesPreviewFragment({ result, today, locale }: { result: DatesPreviewResult; today: string; locale: Locale }) {
  const t = activityEditingTexts[locale];
  if (!result.ok) return <p class="utrecht-paragraph vw-meta">{result.message}</p>;
  const skipped = result.skipped.map((s) => (
    <p class="utrecht-paragraph vw-meta">
      {t.datesPreviewSkipped(
        t.datesList(
          s.dates.slice(0, SKIPPED_NAMED).map((d) => dayAndMonth(d, today, locale)),
          Math.max(0, s.dates.length - SKIPPED_NAMED),
        ),
        s.holiday,
      )}
    </p>
  ));
  if (result.dates.length === 0)
    return (
      <>
        <p class="utrecht-paragraph vw-meta">{t.datesPreviewEmpty}</p>
        {skipped}
      </>
    );
  return (
    <>
      <h3 class="utrecht-heading-3">{t.datesPreviewTitle}</h3>
      <ul class="utrecht-unordered-list">
        {result.dates.map((slot) => (
          <li class="utrecht-unordered-list__item">
            {formatDay(slot.date, today, locale)}, {activityTexts[locale].timeRange(slot.startTime, slot.endTime)}
          </li>
        ))}
      </ul>
      {skipped}
    </>
  );
}
