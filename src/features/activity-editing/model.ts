import type { JoinMethod, ScheduleKind, TargetGroup } from '../../db/enums';
import { OPEN_END_DATE } from '../../db/enums';
import type { activities } from '../../db/schema';
import type { FormInput } from '../../validation/form';
import { imageOfColumns, imageToInput, type ImageRef } from '../../media/image-input';
import type { DatedSlot } from '../activities/recurrence';
import { ordinalsOfMask, type Schedule } from '../activities/schedule';

/**
 * Everything a partner fills in for an activity, in stored form. It is what the validated form produces, what a
 * revision keeps as JSON until it is approved, and what an approval copies onto the live row and its link rows.
 */
export type ActivityData = {
  title: string;
  summary: string;
  description: string;
  pillarIds: string[];
  neighbourhoodIds: number[];
  /** The plan goals the activity serves (ids of `goals`); the form offers those of its pillars and neighbourhoods. */
  goalIds: number[];
  targetGroups: TargetGroup[];
  locationName: string;
  street: string;
  postcode: string;
  city: string;
  scheduleKind: ScheduleKind;
  firstDate: string;
  lastDate: string;
  weekdays: number; // bit mask, bit 0 = Monday
  startTime: string;
  endTime: string;
  exceptionDates: string[];
  /** Weekly: every N weeks (1–4). */
  scheduleInterval: number;
  /** Monthly by ordinal weekday: bit 0 = 1st … bit 3 = 4th, bit 4 = last (the weekday is in `weekdays`). */
  monthOrdinals: number;
  /** Monthly on a day of the month (1–31), instead of ordinal weekdays. */
  monthDay: number | null;
  /** Series: each date with its own times. */
  seriesDates: DatedSlot[];
  pauseInHolidays: boolean;
  costCents: number | null;
  joinMethod: JoinMethod;
  joinDetail: string | null;
  contactName: string | null;
  contactEmail: string | null;
  contactPhone: string | null;
  accessibility: string | null;
  languages: string | null;
  coOrganiserIds: number[];
  /** The optional photo in R2, with its alt text ('' = decorative). */
  photo: ImageRef | null;
};

/** Form field names, in the order the form shows them (also the order of the error summary). */
export const FIELD_NAMES = [
  'organisationId',
  'title',
  'summary',
  'description',
  'photo',
  'photoAlt',
  'photoDecorative',
  'pillars',
  'neighbourhoods',
  'goals',
  'targetGroups',
  'locationName',
  'street',
  'postcode',
  'city',
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
  'cost',
  'costAmount',
  'joinMethod',
  'joinDetail',
  'contactName',
  'contactEmail',
  'contactPhone',
  'accessibility',
  'languages',
  'coOrganisers',
] as const;
export type FieldName = (typeof FIELD_NAMES)[number];

export const isFieldName = (value: string): value is FieldName => (FIELD_NAMES as readonly string[]).includes(value);

/** The choices of "Hoe vaak?": the stored kinds, with weekly split into every week and every 2, 3 or 4 weeks. */
export const FORM_KINDS = ['once', 'weekly', 'every-n-weeks', 'monthly', 'series'] as const;
export type FormKind = (typeof FORM_KINDS)[number];

export const formKindOf = (data: Pick<ActivityData, 'scheduleKind' | 'scheduleInterval'>): FormKind =>
  data.scheduleKind === 'weekly' && data.scheduleInterval > 1 ? 'every-n-weeks' : data.scheduleKind;

/** "2026-03-03 19:00-21:00": one line of the series box. */
export const formatSeriesLine = (slot: DatedSlot) => `${slot.date} ${slot.startTime}-${slot.endTime}`;

/** Weekday numbers as the form uses them: 1 = Monday … 7 = Sunday. */
export const WEEKDAY_NUMBERS = [1, 2, 3, 4, 5, 6, 7] as const;

export function weekdayMask(days: number[]): number {
  return days.reduce((mask, day) => mask | (1 << (day - 1)), 0);
}

export function weekdaysFromMask(mask: number): number[] {
  return WEEKDAY_NUMBERS.filter((day) => (mask & (1 << (day - 1))) !== 0);
}

/** 350 → "3,50" (Dutch) or "3.50" (English). */
export function formatEuros(cents: number, locale: 'nl' | 'en' = 'nl'): string {
  const text = (cents / 100).toFixed(2);
  return locale === 'nl' ? text.replace('.', ',') : text;
}

/** The columns of the `activities` row that come from the form (not status, version or timestamps). */
export function activityColumns(data: ActivityData) {
  return {
    title: data.title,
    summary: data.summary,
    description: data.description,
    locationName: data.locationName,
    street: data.street,
    postcode: data.postcode,
    city: data.city,
    scheduleKind: data.scheduleKind,
    firstDate: data.firstDate,
    lastDate: data.lastDate,
    weekdays: data.weekdays,
    startTime: data.startTime,
    endTime: data.endTime,
    scheduleInterval: data.scheduleInterval,
    monthOrdinals: data.monthOrdinals,
    monthDay: data.monthDay,
    seriesDates: data.scheduleKind === 'series' ? JSON.stringify(data.seriesDates) : null,
    pauseInHolidays: data.pauseInHolidays,
    costCents: data.costCents,
    joinMethod: data.joinMethod,
    joinDetail: data.joinDetail,
    contactName: data.contactName,
    contactEmail: data.contactEmail,
    contactPhone: data.contactPhone,
    accessibility: data.accessibility,
    languages: data.languages,
    photoKey: data.photo?.key ?? null,
    photoAlt: data.photo?.alt ?? null,
  } satisfies Partial<typeof activities.$inferInsert>;
}

export type ActivityRow = typeof activities.$inferSelect;

export type ActivityLinks = {
  pillarIds: string[];
  neighbourhoodIds: number[];
  /** Absent where a caller builds links without goals. */
  goalIds?: number[];
  targetGroups: string[];
  exceptionDates: string[];
  coOrganiserIds: number[];
};

/** The live row and its link rows as form data (the starting point of an edit or a revision). */
export function rowToData(row: ActivityRow, links: ActivityLinks): ActivityData {
  return {
    title: row.title,
    summary: row.summary,
    description: row.description,
    pillarIds: [...links.pillarIds].sort(),
    neighbourhoodIds: [...links.neighbourhoodIds].sort((a, b) => a - b),
    goalIds: [...(links.goalIds ?? [])].sort((a, b) => a - b),
    targetGroups: [...links.targetGroups].sort() as TargetGroup[],
    locationName: row.locationName,
    street: row.street,
    postcode: row.postcode,
    city: row.city,
    scheduleKind: row.scheduleKind,
    firstDate: row.firstDate,
    lastDate: row.lastDate,
    weekdays: row.weekdays,
    startTime: row.startTime,
    endTime: row.endTime,
    exceptionDates: [...links.exceptionDates].sort(),
    scheduleInterval: row.scheduleInterval,
    monthOrdinals: row.monthOrdinals,
    monthDay: row.monthDay,
    seriesDates: row.seriesDates ? (JSON.parse(row.seriesDates) as DatedSlot[]) : [],
    pauseInHolidays: row.pauseInHolidays,
    costCents: row.costCents,
    joinMethod: row.joinMethod,
    joinDetail: row.joinDetail,
    contactName: row.contactName,
    contactEmail: row.contactEmail,
    contactPhone: row.contactPhone,
    accessibility: row.accessibility,
    languages: row.languages,
    coOrganiserIds: [...links.coOrganiserIds].sort((a, b) => a - b),
    photo: imageOfColumns(row.photoKey, row.photoAlt),
  };
}

/** Reads revision JSON back; tolerant of missing keys so an old revision never breaks a page. */
export function parseStoredData(json: string): ActivityData {
  const raw = JSON.parse(json) as Partial<ActivityData>;
  return {
    title: raw.title ?? '',
    summary: raw.summary ?? '',
    description: raw.description ?? '',
    pillarIds: raw.pillarIds ?? [],
    neighbourhoodIds: raw.neighbourhoodIds ?? [],
    goalIds: raw.goalIds ?? [],
    targetGroups: raw.targetGroups ?? [],
    locationName: raw.locationName ?? '',
    street: raw.street ?? '',
    postcode: raw.postcode ?? '',
    city: raw.city ?? 'Maastricht',
    scheduleKind: raw.scheduleKind ?? 'once',
    firstDate: raw.firstDate ?? '',
    lastDate: raw.lastDate ?? '',
    weekdays: raw.weekdays ?? 0,
    startTime: raw.startTime ?? '',
    endTime: raw.endTime ?? '',
    exceptionDates: raw.exceptionDates ?? [],
    scheduleInterval: raw.scheduleInterval ?? 1,
    monthOrdinals: raw.monthOrdinals ?? 0,
    monthDay: raw.monthDay ?? null,
    seriesDates: raw.seriesDates ?? [],
    pauseInHolidays: raw.pauseInHolidays ?? false,
    costCents: raw.costCents ?? null,
    joinMethod: raw.joinMethod ?? 'walk-in',
    joinDetail: raw.joinDetail ?? null,
    contactName: raw.contactName ?? null,
    contactEmail: raw.contactEmail ?? null,
    contactPhone: raw.contactPhone ?? null,
    accessibility: raw.accessibility ?? null,
    languages: raw.languages ?? null,
    coOrganiserIds: raw.coOrganiserIds ?? [],
    photo: raw.photo ?? null,
  };
}

/** Stored data as the raw form values that prefill the form. */
export function dataToFormInput(data: ActivityData, locale: 'nl' | 'en' = 'nl'): FormInput {
  const once = data.scheduleKind === 'once';
  const series = data.scheduleKind === 'series';
  return {
    title: data.title,
    summary: data.summary,
    description: data.description,
    pillars: data.pillarIds,
    neighbourhoods: data.neighbourhoodIds.map(String),
    goals: data.goalIds.map(String),
    targetGroups: data.targetGroups,
    locationName: data.locationName,
    street: data.street,
    postcode: data.postcode,
    city: data.city,
    scheduleKind: formKindOf(data),
    date: once ? data.firstDate : '',
    weekdays: data.scheduleKind === 'weekly' ? weekdaysFromMask(data.weekdays).map(String) : [],
    fromDate: once || series ? '' : data.firstDate,
    untilDate: once || series || data.lastDate === OPEN_END_DATE ? '' : data.lastDate,
    interval: data.scheduleKind === 'weekly' && data.scheduleInterval > 1 ? String(data.scheduleInterval) : '2',
    monthMode: data.monthDay ? 'day' : 'weekday',
    monthOrdinals: ordinalsOfMask(data.monthOrdinals).map(String),
    monthWeekday: data.scheduleKind === 'monthly' && !data.monthDay ? String(weekdaysFromMask(data.weekdays)[0] ?? '') : '',
    monthDay: data.monthDay ? String(data.monthDay) : '',
    seriesDates: data.seriesDates.map(formatSeriesLine).join('\n'),
    pauseInHolidays: data.pauseInHolidays ? 'on' : '',
    exceptions: data.exceptionDates.join('\n'),
    startTime: data.startTime,
    endTime: data.endTime,
    cost: data.costCents === null ? 'free' : 'paid',
    costAmount: data.costCents === null ? '' : formatEuros(data.costCents, locale),
    joinMethod: data.joinMethod,
    joinDetail: data.joinDetail ?? '',
    contactName: data.contactName ?? '',
    contactEmail: data.contactEmail ?? '',
    contactPhone: data.contactPhone ?? '',
    accessibility: data.accessibility ?? '',
    languages: data.languages ?? '',
    coOrganisers: data.coOrganiserIds.map(String),
    ...imageToInput(data.photo, 'photo'),
  };
}

/** Field-by-field equality, used by the review comparison. */
export function sameValue(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** The schedule of the form data, as the date computations and the wording take it. */
export function scheduleOfData(data: ActivityData): Schedule {
  return {
    scheduleKind: data.scheduleKind,
    firstDate: data.firstDate,
    lastDate: data.lastDate,
    weekdays: data.weekdays,
    startTime: data.startTime,
    endTime: data.endTime,
    exceptions: data.exceptionDates,
    interval: data.scheduleInterval,
    monthOrdinals: data.monthOrdinals,
    monthDay: data.monthDay,
    seriesDates: data.seriesDates,
    pauseInHolidays: data.pauseInHolidays,
  };
}
