import type { Locale } from '../../i18n';
import type { ImageRef } from '../../media/image-input';
import { mediaTexts } from '../../media/texts';
import { formatCost } from '../activities/detail';
import { describeSchedule } from '../activities/schedule';
import { activityTexts } from '../activities/texts';
import { scheduleOfData, type ActivityData } from '../activity-editing/model';
import type { FormOptions } from '../activity-editing/queries';
import { activityEditingTexts } from '../activity-editing/texts';
import { planName } from '../plan-links/goals';
import { planLabels } from '../plan-links/labels';
import { reviewTexts } from './texts';

export type ComparisonRow = {
  label: string;
  before: string;
  after: string;
  changed: boolean;
  /** The photo row shows the old and the new image themselves, with their alt text as the words. */
  images?: { before: ImageRef | null; after: ImageRef | null };
};

function photoRow(before: ImageRef | null, after: ImageRef | null, locale: Locale): ComparisonRow {
  const t = mediaTexts[locale];
  const words = (image: ImageRef | null) => (image ? image.alt || t.decorativeNote : '');
  const changed = before?.key !== after?.key || before?.alt !== after?.alt;
  return { label: t.photo, before: words(before), after: words(after), changed, images: { before, after } };
}

/** Every field of the activity as the reader sees it, so published and proposed versions compare line by line. */
function asText(data: ActivityData, options: FormOptions, locale: Locale, today: string): [string, string][] {
  const te = activityEditingTexts[locale];
  const tr = reviewTexts[locale];
  const ta = activityTexts[locale];
  const names = <T extends { id: unknown }>(list: T[], ids: unknown[], name: (item: T) => string) =>
    list
      .filter((item) => ids.includes(item.id))
      .map(name)
      .join(', ');
  const schedule = scheduleOfData(data);
  return [
    [te.title, data.title],
    [te.summary, data.summary],
    [te.description, data.description],
    [te.pillars, names(options.pillars, data.pillarIds, (p) => (locale === 'nl' ? p.nameNl : p.nameEn))],
    [te.neighbourhoods, names(options.neighbourhoods, data.neighbourhoodIds, (n) => n.name)],
    [
      te.goals,
      options.goals
        .filter((g) => data.goalIds.includes(g.id))
        .map((g) => `${planName(g)} · ${planLabels[locale].goalDepth(g.depth)}: ${g.title}`)
        .join('; '),
    ],
    [te.targetGroups, data.targetGroups.map((g) => ta.targetGroup(g)).join(', ')],
    [tr.fieldLocation, data.locationName],
    [tr.fieldAddress, `${data.street}, ${data.postcode} ${data.city}`],
    [tr.fieldSchedule, data.firstDate ? describeSchedule(schedule, today, locale) : ''],
    [te.exceptions, data.exceptionDates.join(', ')],
    [tr.fieldCost, formatCost(data.costCents, ta)],
    [tr.fieldJoin, [ta.join(data.joinMethod), data.joinDetail].filter(Boolean).join(' ')],
    [tr.fieldContact, [data.contactName, data.contactEmail, data.contactPhone].filter(Boolean).join(' · ')],
    [te.accessibility, data.accessibility ?? ''],
    [te.languages, data.languages ?? ''],
    [te.coOrganisers, names(options.organisations, data.coOrganiserIds, (o) => o.name)],
  ];
}

export function compareActivity(before: ActivityData, after: ActivityData, options: FormOptions, locale: Locale, today: string): ComparisonRow[] {
  const published = asText(before, options, locale, today);
  const proposed = asText(after, options, locale, today);
  const rows = published.map(([label, value], i) => {
    const next = proposed[i]![1];
    return { label, before: value, after: next, changed: value !== next };
  });
  return [...rows.slice(0, 3), photoRow(before.photo, after.photo, locale), ...rows.slice(3)];
}
