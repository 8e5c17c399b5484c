import type { JoinMethod, PillarId, TargetGroup } from '../../db/enums';
import { routeHref, routeLinkText } from '../../layout/route-link';
import { useAppContext, useTexts } from '../../layout/renderer';
import { DemoBadge, Heading, mailtoHref, nextLevel, Paragraphs, safeWebUrl, telHref, type HeadingLevel } from './components';
import { addDays } from '../../dates';
import { nextOccurrencesOf, type DatedSlot } from './recurrence';
import { describeSchedule, formatDate, formatDay, formatTimeRange, toActivitySchedule, type Schedule } from './schedule';
import { PartnerContentNote } from './partner-content-note';
import { activityTexts } from './texts';
import type { PlanGoal } from '../plan-links/goals';
import { ServedGoals } from '../plan-links/views';
import { StoredImg } from '../../media/image-field';
import type { ImageRef } from '../../media/image-input';

/**
 * Everything the public detail page shows of an activity. The partner form's preview builds one of these from the
 * form input, so partners see their activity exactly as the public will.
 */
export type ActivityView = {
  title: string;
  summary: string;
  description: string;
  /** slug null: not linked (e.g. an organisation that is not approved yet). */
  organisation: { name: string; slug: string | null };
  coOrganisers: { name: string; slug: string | null }[];
  locationName: string;
  street: string;
  postcode: string;
  city: string;
  schedule: Schedule;
  /** The next dates as stored (the public page); computed from the schedule when absent (the form's preview). */
  upcoming?: DatedSlot[];
  costCents: number | null;
  joinMethod: JoinMethod;
  joinDetail: string | null;
  contactName: string | null;
  contactEmail: string | null;
  contactPhone: string | null;
  accessibility: string | null;
  languages: string | null;
  /** Names already in the page's language. */
  pillars: { id: PillarId; name: string }[];
  neighbourhoods: { slug: string; name: string }[];
  targetGroups: TargetGroup[];
  /** The plan goals it serves (current plan versions only). */
  goals: PlanGoal[];
  isDemo: boolean;
  /** The optional photo; its alt text is the partner's (Dutch) words. */
  photo?: ImageRef | null;
};

function OrganisationLink({ organisation }: { organisation: { name: string; slug: string | null } }) {
  return organisation.slug ? (
    <a class="utrecht-link" href={`/partners/${encodeURIComponent(organisation.slug)}`}>
      {organisation.name}
    </a>
  ) : (
    <>{organisation.name}</>
  );
}

function JoinDetail({ method, detail }: { method: JoinMethod; detail: string | null }) {
  if (!detail || method === 'walk-in') return null;
  const href = method === 'link' ? safeWebUrl(detail) : method === 'email' ? mailtoHref(detail) : telHref(detail);
  return href ? (
    <a class="utrecht-link" href={href} rel={method === 'link' ? 'noopener noreferrer' : undefined}>
      {detail}
    </a>
  ) : (
    <>{detail}</>
  );
}

/** "Volwassenen en ouderen": target groups lower case after the first, as in a sentence. */
export function targetGroupList(groups: readonly TargetGroup[], t: (typeof activityTexts)['nl']): string {
  const text = t.list(groups.map((g) => t.targetGroup(g).toLowerCase()));
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export function formatCost(costCents: number | null, t: (typeof activityTexts)['nl']): string {
  return costCents ? t.cost(costCents) : t.free;
}

/** The body of the public activity page, title included (`titleLevel` 1 on the public page, 2 inside a preview). */
export function ActivityDetail({ activity, today, titleLevel = 1 }: { activity: ActivityView; today: string; titleLevel?: HeadingLevel }) {
  const t = useTexts(activityTexts);
  const locale = useAppContext().var.locale;
  const sub = nextLevel(titleLevel);
  const upcoming: DatedSlot[] = activity.upcoming ?? nextOccurrencesOf(toActivitySchedule(activity.schedule), today, 6);
  const address = [activity.street, [activity.postcode, activity.city].filter(Boolean).join(' ')].filter(Boolean);
  const hasContact = activity.contactName || activity.contactEmail || activity.contactPhone;
  // What the partner wrote is Dutch; on an English page it says so (WCAG 3.1.2).
  const partnerLang = locale === 'nl' ? undefined : 'nl';
  return (
    <article class="vw-activity-detail" aria-labelledby="activiteit-titel">
      <Heading level={titleLevel} id="activiteit-titel">
        {partnerLang ? <span lang={partnerLang}>{activity.title}</span> : activity.title}
        {activity.isDemo && (
          <>
            {' '}
            <DemoBadge />
          </>
        )}
      </Heading>
      <p class="utrecht-paragraph utrecht-paragraph--lead" lang={partnerLang}>
        {activity.summary}
      </p>
      <PartnerContentNote />
      {activity.photo && (
        <p class="vw-activity-detail__photo" lang={activity.photo.alt ? partnerLang : undefined}>
          <StoredImg image={activity.photo} sizes="(min-width: 48em) 40em, 100vw" />
        </p>
      )}
      {activity.isDemo && (
        <div class="utrecht-alert utrecht-alert--info vw-demo-note">
          <p class="utrecht-paragraph">{t.demoNote}</p>
        </div>
      )}

      <div class="vw-detail-grid">
        <section class="vw-card" aria-labelledby="activiteit-wanneer">
          <Heading level={sub} id="activiteit-wanneer">
            {t.when}
          </Heading>
          <p class="utrecht-paragraph">{describeSchedule(activity.schedule, today, locale)}</p>
          {activity.schedule.scheduleKind !== 'once' && (
            <>
              <p class="utrecht-paragraph vw-meta" id="activiteit-data">
                {t.nextDatesLabel}
              </p>
              {upcoming.length ? (
                <ul class="utrecht-unordered-list" aria-labelledby="activiteit-data">
                  {upcoming.map((slot) => (
                    <li>
                      <time datetime={slot.date}>{dayWithDate(slot.date, today, locale)}</time>, {formatTimeRange(slot, locale)}
                    </li>
                  ))}
                </ul>
              ) : (
                <p class="utrecht-paragraph">{t.noNextDates}</p>
              )}
            </>
          )}
        </section>

        <section class="vw-card" aria-labelledby="activiteit-waar">
          <Heading level={sub} id="activiteit-waar">
            {t.where}
          </Heading>
          <p class="utrecht-paragraph" lang={partnerLang}>
            {activity.locationName}
            {address.map((line) => (
              <>
                <br />
                {line}
              </>
            ))}
          </p>
          {address.length > 0 && (
            <p class="utrecht-paragraph">
              <a class="utrecht-link" href={routeHref([activity.street, activity.postcode, activity.city])} rel="noopener noreferrer">
                {routeLinkText(locale)}
              </a>
            </p>
          )}
        </section>

        <section class="vw-card" aria-labelledby="activiteit-meedoen">
          <Heading level={sub} id="activiteit-meedoen">
            {t.joinLabel}
          </Heading>
          <p class="utrecht-paragraph">
            {t.join(activity.joinMethod)} <JoinDetail method={activity.joinMethod} detail={activity.joinDetail} />
          </p>
          <p class="utrecht-paragraph">
            <strong>{t.costLabel}:</strong> {formatCost(activity.costCents, t)}
          </p>
        </section>

        {hasContact && (
          <section class="vw-card" aria-labelledby="activiteit-contact">
            <Heading level={sub} id="activiteit-contact">
              {t.contactLabel}
            </Heading>
            <p class="utrecht-paragraph">
              {activity.contactName}
              {activity.contactEmail && (
                <>
                  {activity.contactName && <br />}
                  <JoinDetail method="email" detail={activity.contactEmail} />
                </>
              )}
              {activity.contactPhone && (
                <>
                  {(activity.contactName || activity.contactEmail) && <br />}
                  <JoinDetail method="phone" detail={activity.contactPhone} />
                </>
              )}
            </p>
          </section>
        )}
      </div>

      {activity.description && (
        <section aria-labelledby="activiteit-over">
          <Heading level={sub} id="activiteit-over">
            {t.aboutLabel}
          </Heading>
          <div lang={partnerLang}>
            <Paragraphs text={activity.description} />
          </div>
        </section>
      )}

      <ServedGoals goals={activity.goals} headingId="activiteit-doelen" level={sub === 1 ? 2 : sub} />

      <dl class="vw-facts">
        <dt>{t.organiser}</dt>
        <dd>
          <OrganisationLink organisation={activity.organisation} />
          {activity.coOrganisers.length > 0 && (
            <>
              {' '}
              ({t.together.toLowerCase()}{' '}
              {activity.coOrganisers.map((o, i) => (
                <>
                  {i > 0 && ', '}
                  <OrganisationLink organisation={o} />
                </>
              ))}
              )
            </>
          )}
        </dd>
        {activity.targetGroups.length > 0 && (
          <>
            <dt>{t.targetGroupsLabel}</dt>
            <dd>{targetGroupList(activity.targetGroups, t)}</dd>
          </>
        )}
        {activity.pillars.length > 0 && (
          <>
            <dt>{t.pillarsLabel}</dt>
            <dd>
              {activity.pillars.map((p, i) => (
                <>
                  {i > 0 && ', '}
                  <a class="utrecht-link" href={`/activiteiten?pijler=${p.id}`}>
                    {p.name}
                  </a>
                </>
              ))}
            </dd>
          </>
        )}
        {activity.neighbourhoods.length > 0 && (
          <>
            <dt>{t.neighbourhoodsLabel}</dt>
            <dd>
              {activity.neighbourhoods.map((n, i) => (
                <>
                  {i > 0 && ', '}
                  <a class="utrecht-link" href={`/wijken/${encodeURIComponent(n.slug)}`}>
                    {n.name}
                  </a>
                </>
              ))}
            </dd>
          </>
        )}
        {activity.accessibility && (
          <>
            <dt>{t.accessibilityLabel}</dt>
            <dd>{activity.accessibility}</dd>
          </>
        )}
        {activity.languages && (
          <>
            <dt>{t.languagesLabel}</dt>
            <dd>{activity.languages}</dd>
          </>
        )}
      </dl>
    </article>
  );
}

/** "Vandaag (dinsdag 3 maart 2026)", or just the date when it is neither today nor tomorrow. */
function dayWithDate(date: string, today: string, locale: 'nl' | 'en'): string {
  const full = formatDate(date, locale);
  return date === today || date === addDays(today, 1) ? `${formatDay(date, today, locale)} (${full})` : full;
}
