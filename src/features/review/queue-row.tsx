import { PILLAR_IDS, type PillarId } from '../../db/enums';
import { formatDay } from '../../layout/dates';
import { PillarIcon } from '../../layout/identity';
import { useAppContext } from '../../layout/renderer';
import type { QueueActivity } from './queries';
import { queueRowTexts } from './queue-texts';

/** What a queue row needs to be judged at a glance (new activities and revisions alike). */
export type QueueItem = Pick<
  QueueActivity,
  | 'title'
  | 'organisationName'
  | 'summary'
  | 'locationName'
  | 'scheduleKind'
  | 'firstDate'
  | 'startTime'
  | 'endTime'
  | 'pillarKeys'
  | 'neighbourhoodNames'
>;

const duplicateKey = (item: QueueItem) => [item.organisationName, item.title.trim().toLowerCase(), item.firstDate, item.startTime].join('|');

/** Items with the same organisation, title and time as another waiting item: likely submitted twice. */
export function likelyDuplicates<T extends QueueItem>(items: readonly T[]): Set<T> {
  const byKey = new Map<string, T[]>();
  for (const item of items) byKey.set(duplicateKey(item), [...(byKey.get(duplicateKey(item)) ?? []), item]);
  return new Set([...byKey.values()].filter((group) => group.length > 1).flat());
}

export function pillarsOf(keys: string | null): PillarId[] {
  const set = new Set((keys ?? '').split('|'));
  return PILLAR_IDS.filter((id) => set.has(id));
}

export function QueueTitleCell({ item, href, duplicate }: { item: QueueItem; href: string; duplicate: boolean }) {
  const t = queueRowTexts[useAppContext().var.locale];
  return (
    <>
      <a class="utrecht-link" href={href}>
        {item.title}
      </a>
      {duplicate && <span class="vw-tag vw-tag--changed vw-queue-duplicate">{t.likelyDuplicate}</span>}
      <span class="vw-queue-summary">{item.summary}</span>
    </>
  );
}

export function QueueWhenWhere({ item }: { item: QueueItem }) {
  const locale = useAppContext().var.locale;
  const t = queueRowTexts[locale];
  const day = formatDay(item.firstDate, locale);
  return (
    <>
      {item.scheduleKind === 'once' ? day : t.fromDay(day)}, {item.startTime}–{item.endTime}
      <br />
      {item.locationName}
      {item.neighbourhoodNames && <span class="vw-meta"> · {item.neighbourhoodNames}</span>}
    </>
  );
}

export function QueuePillars({ item, names }: { item: QueueItem; names: Record<string, string> }) {
  return (
    <ul class="vw-card-pillars">
      {pillarsOf(item.pillarKeys).map((id) => (
        <li>
          <PillarIcon pillar={id} />
          {names[id] ?? id}
        </li>
      ))}
    </ul>
  );
}

/** A warning above the queue when several waiting items look the same. */
export function DuplicateWarning({ items }: { items: readonly QueueItem[] }) {
  const t = queueRowTexts[useAppContext().var.locale];
  if (!items.length) return null;
  const titles = [...new Set(items.map((i) => `${i.title} (${i.organisationName})`))];
  return (
    <div class="vw-notice utrecht-alert utrecht-alert--warning" role="note">
      <p class="utrecht-paragraph">
        <strong>{t.duplicatesHeading(items.length)}</strong> {t.duplicatesHelp}
      </p>
      <ul class="utrecht-unordered-list">
        {titles.map((title) => (
          <li>{title}</li>
        ))}
      </ul>
    </div>
  );
}

/** A checkbox that ticks every row of its table; hidden until app.js makes it work (it needs JavaScript). */
export function SelectAll({ name, id }: { name: string; id: string }) {
  const t = queueRowTexts[useAppContext().var.locale];
  return (
    <span class="vw-select-all" hidden data-select-all={name}>
      <input class="utrecht-checkbox utrecht-checkbox--html-input utrecht-checkbox--custom" type="checkbox" id={id} />
      <label class="utrecht-form-label utrecht-form-label--checkbox" for={id}>
        {t.selectAll}
      </label>
    </span>
  );
}
