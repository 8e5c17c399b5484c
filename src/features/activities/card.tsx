import { CardIcon, PillarIcon } from '../../layout/identity';
import { useAppContext, useTexts } from '../../layout/renderer';
import type { ActivityCard, NeighbourhoodRef, PillarRef } from './cards';
import { DemoBadge, Heading, type HeadingLevel } from './components';
import { addDays, localDate } from '../../dates';
import { describeWhen, formatDate, formatDay, formatTimeRange } from './schedule';
import { activityTexts } from './texts';

export type ReferenceData = { pillars: PillarRef[]; neighbourhoods: NeighbourhoodRef[] };

const capitalise = (text: string) => `${text.charAt(0).toUpperCase()}${text.slice(1)}`;

/** When the activity is on, as one short text (the schedule wording lives in schedule.ts). */
function CardWhen({ card }: { card: ActivityCard }) {
  const t = useTexts(activityTexts);
  const locale = useAppContext().var.locale;
  const today = localDate(new Date());
  // "Vandaag" / "Morgen" where that is what the date is.
  const soon = card.nextDate === today || card.nextDate === addDays(today, 1);
  const onceSoon = card.schedule.scheduleKind === 'once' && soon;
  return (
    <>
      {capitalise(
        onceSoon ? `${formatDay(card.nextDate, today, locale)}, ${formatTimeRange(card.schedule, locale)}` : describeWhen(card.schedule, locale),
      )}
      {card.schedule.scheduleKind !== 'once' && (
        <>
          <br />
          {t.nextTime(soon ? formatDay(card.nextDate, today, locale).toLowerCase() : formatDate(card.nextDate, locale))}
        </>
      )}
    </>
  );
}

/** One activity in a list, compact for a phone: title (link), when, where (place and neighbourhood), pillars. */
export function ActivityCardView({ card, refs, headingLevel }: { card: ActivityCard; refs: ReferenceData; headingLevel: HeadingLevel }) {
  const t = useTexts(activityTexts);
  const locale = useAppContext().var.locale;
  const titleId = `activiteit-${card.id}`;
  // On an English page the partner's words stay Dutch (WCAG 3.1.2): the card is lang="nl", the interface words English.
  const uiLang = locale === 'nl' ? undefined : locale;
  const pillars = refs.pillars.filter((p) => card.pillarIds.includes(p.id)).map((p) => ({ id: p.id, name: locale === 'nl' ? p.nameNl : p.nameEn }));
  const neighbourhoodNames = refs.neighbourhoods.filter((n) => card.neighbourhoodIds.includes(n.id)).map((n) => n.name);
  return (
    <article class="vw-card vw-activity-card" aria-labelledby={titleId} lang={locale === 'nl' ? undefined : 'nl'}>
      <Heading level={headingLevel} id={titleId}>
        <a class="utrecht-link" href={`/activiteiten/${card.id}`}>
          {card.title}
        </a>
      </Heading>
      {card.isDemo && <DemoBadge />}
      <dl class="vw-card-facts">
        <div>
          <dt>
            <CardIcon name="clock" />
            <span class="vw-visually-hidden" lang={uiLang}>
              {t.when}
            </span>
          </dt>
          <dd lang={uiLang}>
            <CardWhen card={card} />
          </dd>
        </div>
        <div>
          <dt>
            <CardIcon name="place" />
            <span class="vw-visually-hidden" lang={uiLang}>
              {t.where}
            </span>
          </dt>
          <dd>
            {card.locationName}
            {neighbourhoodNames.length > 0 && (
              <>
                {' · '}
                <span class="vw-visually-hidden" lang={uiLang}>
                  {t.neighbourhoodsLabel}:{' '}
                </span>
                {neighbourhoodNames.join(', ')}
              </>
            )}
          </dd>
        </div>
      </dl>
      <span class="vw-visually-hidden" lang={uiLang}>
        {t.pillarsLabel}:{' '}
      </span>
      <ul class="vw-card-pillars" lang={uiLang}>
        {pillars.map((pillar) => (
          <li>
            <PillarIcon pillar={pillar.id} />
            {pillar.name}
          </li>
        ))}
      </ul>
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
