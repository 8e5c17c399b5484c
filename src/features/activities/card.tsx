import { useAppContext, useTexts } from '../../layout/renderer';
import type { ActivityCard, NeighbourhoodRef, PillarRef } from './cards';
import { DemoBadge, Heading, type HeadingLevel } from './components';
import { formatCost } from './detail';
import { addDays, calendarDate } from './dates';
import { describeWhen, formatDate, formatDay, formatTimeRange } from './schedule';
import { activityTexts } from './texts';

export type ReferenceData = { pillars: PillarRef[]; neighbourhoods: NeighbourhoodRef[] };

const capitalise = (text: string) => `${text.charAt(0).toUpperCase()}${text.slice(1)}`;

/** One activity in a list: title (link), when, where, who, cost and its pillars and neighbourhoods. */
export function ActivityCardView({ card, refs, headingLevel }: { card: ActivityCard; refs: ReferenceData; headingLevel: HeadingLevel }) {
  const t = useTexts(activityTexts);
  const locale = useAppContext().var.locale;
  const titleId = `activiteit-${card.id}`;
  const today = calendarDate(new Date());
  // "Vandaag" / "Morgen" where that is what the date is.
  const soon = card.nextDate === today || card.nextDate === addDays(today, 1);
  const onceToday = card.schedule.scheduleKind === 'once' && soon;
  const pillarNames = refs.pillars.filter((p) => card.pillarIds.includes(p.id)).map((p) => (locale === 'nl' ? p.nameNl : p.nameEn));
  const neighbourhoodNames = refs.neighbourhoods.filter((n) => card.neighbourhoodIds.includes(n.id)).map((n) => n.name);
  return (
    <article class="vw-card vw-activity-card" aria-labelledby={titleId}>
      <Heading level={headingLevel} id={titleId}>
        <a class="utrecht-link" href={`/activiteiten/${card.id}`}>
          {card.title}
        </a>
      </Heading>
      {card.isDemo && <DemoBadge />}
      <p class="utrecht-paragraph">{card.summary}</p>
      <dl class="vw-facts vw-facts--compact">
        <dt>{t.when}</dt>
        <dd>
          {capitalise(onceToday ? `${formatDay(card.nextDate, today, locale)}, ${formatTimeRange(card.schedule, locale)}` : describeWhen(card.schedule, locale))}
          {card.schedule.scheduleKind !== 'once' && (
            <>
              <br />
              {t.nextTime(soon ? formatDay(card.nextDate, today, locale).toLowerCase() : formatDate(card.nextDate, locale))}
            </>
          )}
        </dd>
        <dt>{t.where}</dt>
        <dd>{card.locationName}</dd>
        <dt>{t.organiser}</dt>
        <dd>{card.organisation.name}</dd>
        <dt>{t.costLabel}</dt>
        <dd>{formatCost(card.costCents, t)}</dd>
        {card.targetGroups.length > 0 && (
          <>
            <dt>{t.targetGroupsLabel}</dt>
            <dd>{t.list(card.targetGroups.map((g) => t.targetGroup(g)))}</dd>
          </>
        )}
      </dl>
      <p class="utrecht-paragraph vw-tags">
        <span class="vw-visually-hidden">{t.pillarsLabel}: </span>
        {pillarNames.map((name) => (
          <span class="vw-tag">{name}</span>
        ))}
        <span class="vw-visually-hidden">{t.neighbourhoodsLabel}: </span>
        {neighbourhoodNames.map((name) => (
          <span class="vw-tag vw-tag--place">{name}</span>
        ))}
      </p>
    </article>
  );
}

/** A list of activity cards (an ordered list: the order is by date). */
export function ActivityCardList({ cards, refs, headingLevel }: { cards: ActivityCard[]; refs: ReferenceData; headingLevel: HeadingLevel }) {
  return (
    <ol class="vw-activity-list" role="list">
      {cards.map((card) => (
        <li>
          <ActivityCardView card={card} refs={refs} headingLevel={headingLevel} />
        </li>
      ))}
    </ol>
  );
}
