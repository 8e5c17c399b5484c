// `/widget/activiteiten`: a small, cookie-free page for an <iframe> on a partner's website — the only route another
// site may frame (see src/security/headers.ts). Filters: organisatie, wijk, pijler (and the list's other filters).
import { Hono, type Context } from 'hono';
import { html } from 'hono/html';
import type { AppEnv } from '../../../env';
import { localDate } from '../../../dates';
import { describeWhen, formatDay, formatTimeRange } from '../../activities/schedule';
import { parseFilters, unknownNeighbourhood } from '../filters';
import { originOf, SLUG } from '../origin';
import { loadOpenList, type OpenActivity } from '../queries';
import { widgetTexts } from './texts';

export const WIDGET_ITEMS = 8;
/** Its own small stylesheet (src/features/open-data/widget/widget.css, copied by `npm run build:assets`), never the portal's. */
export const WIDGET_CSS = '/css/widget.css';

type WidgetProps = { target: '_top' | '_blank'; activities: OpenActivity[]; message: string | null; origin: string; locale: 'nl' | 'en' };

const capitalise = (text: string) => `${text.charAt(0).toUpperCase()}${text.slice(1)}`;

function WidgetBody({ target, activities, message, origin, locale }: WidgetProps) {
  const t = widgetTexts[locale];
  const today = localDate(new Date());
  const rel = target === '_blank' ? 'noopener' : undefined;
  return (
    <main class="vw-widget">
      {message && <p class="vw-widget__message">{message}</p>}
      {!message && activities.length === 0 && <p class="vw-widget__message">{t.none}</p>}
      <ul class="vw-widget__list">
        {activities.map((a) => (
          <li class="vw-widget__item">
            <a class="vw-widget__title" href={`${origin}/activiteiten/${a.id}`} target={target} rel={rel}>
              {a.title}
            </a>
            {a.isDemo && <span class="vw-widget__demo">{t.demo}</span>}
            {/* The next date in words ("Vandaag", "Morgen", "zaterdag 6 december"); a recurring activity also says how often. */}
            <span class="vw-widget__when">
              <time datetime={a.nextDate}>{capitalise(formatDay(a.nextDate, today, locale))}</time>
              {a.schedule.scheduleKind === 'once' ? `, ${formatTimeRange(a.schedule, locale)}` : ` · ${describeWhen(a.schedule, locale)}`}
            </span>
            <span class="vw-widget__where">
              {a.locationName} · {a.organisation.name}
            </span>
          </li>
        ))}
      </ul>
      <p class="vw-widget__more">
        <a href={`${origin}/activiteiten`} target={target} rel={rel}>
          {t.more}
        </a>
      </p>
    </main>
  );
}

async function renderWidget(c: Context<AppEnv>) {
  const query = c.req.query();
  const locale = c.var.locale;
  const t = widgetTexts[locale];
  const today = localDate(new Date());
  const { params, filter, invalid } = parseFilters(query, today);
  const organisation = query.organisatie;
  const badOrganisation = organisation !== undefined && !SLUG.test(organisation);
  let activities: OpenActivity[] = [];
  let message: string | null = null;
  if (invalid.length || badOrganisation) message = t.badParameters;
  else {
    const list = await loadOpenList(c.var.d1, today, { ...filter, organisationSlug: organisation }, WIDGET_ITEMS);
    if (unknownNeighbourhood(params, list.neighbourhoods) || !list.organisationKnown) message = t.badParameters;
    else activities = list.activities;
  }
  const plain = query.stijl === 'eenvoudig';
  const target = query.doel === 'nieuw' ? '_blank' : '_top';
  const body = <WidgetBody target={target} activities={activities} message={message} origin={originOf(c)} locale={locale} />;
  // A document of its own (not the portal layout): no header, no scripts, no cookies.
  const page = html`<!DOCTYPE html><html lang="${locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex"><title>${t.title}</title><link rel="stylesheet" href="${WIDGET_CSS}"></head><body class="${plain ? 'vw-widget--plain' : 'vw-widget--portal'}">${body}</body></html>`;
  return c.html(page, message ? 400 : 200, { 'Cache-Control': message ? 'no-store' : 'public, max-age=60' });
}

export const widgetRoutes = new Hono<AppEnv>().get('/activiteiten', renderWidget);
