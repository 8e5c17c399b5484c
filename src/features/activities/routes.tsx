import { Hono } from 'hono';
import * as z from 'zod';
import type { AppEnv } from '../../env';
import { renderNotFound } from '../../layout/status-pages';
import { renderFragment, wantsFragment } from '../../layout/renderer';
import { localDate } from '../../dates';
import { ActivityDetail } from './detail';
import { listFilter, listPageRequest, listState } from './list-state';
import { ActivityListPage, ActivityResults } from './list-views';
import { loadActivityDetail, loadActivityList } from './queries';
import { DAY_VIEW, LIST_PARAMS, parseListParams } from './schemas';
import { activityTexts } from './texts';
import { AddToCalendar } from '../open-data/links';
import { ActivityJsonLd } from '../open-data/seo/activity-json-ld';
import { AGENDA_PERIODS } from './agenda';
import { loadAgenda } from './agenda-queries';
import { AgendaPage, AgendaResults } from './agenda-views';
import { scheduleTexts } from './schedule-texts';

const activityId = z
  .string()
  .regex(/^\d{1,12}$/)
  .transform(Number);

export const activityRoutes = new Hono<AppEnv>()
  .get('/', async (c) => {
    const today = localDate(new Date());
    const { params, notices } = parseListParams(c.req.query());
    // The same address answers with a fragment or a whole page; shared caches must keep them apart.
    c.header('Vary', 'HX-Request, HX-History-Restore-Request');
    if (c.req.query(LIST_PARAMS.view) === DAY_VIEW) {
      const period = AGENDA_PERIODS.find((p) => p === c.req.query(LIST_PARAMS.when));
      const state = await loadAgenda(c.var.d1, today, params, notices, period);
      if (wantsFragment(c)) return renderFragment(c, <AgendaResults state={state} />);
      const s = scheduleTexts[c.var.locale];
      return c.render(<AgendaPage state={state} />, { title: s.agendaTitle, description: s.agendaIntro });
    }
    const data = await loadActivityList(c.var.d1, today, listFilter(params, today), listPageRequest(params));
    const state = listState(params, notices, data);
    if (wantsFragment(c)) return renderFragment(c, <ActivityResults state={state} />);
    const t = activityTexts[c.var.locale];
    return c.render(<ActivityListPage state={state} />, { title: t.listTitle, description: t.listIntro });
  })
  // The former address of the day view: one address per view keeps shared links, the edge cache and search engines
  // on one page, so the old one answers 301 to the day view with its query kept.
  .get('/agenda', (c) => {
    const query = new URL(c.req.url).searchParams;
    query.set(LIST_PARAMS.view, DAY_VIEW);
    return c.redirect(`/activiteiten?${query}`, 301);
  })
  .get('/:id', async (c) => {
    const id = activityId.safeParse(c.req.param('id'));
    if (!id.success) return renderNotFound(c);
    const today = localDate(new Date());
    const activity = await loadActivityDetail(c.var.d1, id.data, today, c.var.locale);
    if (!activity) return renderNotFound(c);
    const t = activityTexts[c.var.locale];
    return c.render(
      <>
        <p class="utrecht-paragraph vw-back-link">
          <a class="utrecht-link" href="/activiteiten">
            {t.backToList}
          </a>
        </p>
        <ActivityDetail activity={activity} today={today} />
        <AddToCalendar id={id.data} />
        <ActivityJsonLd activity={activity} id={id.data} today={today} />
      </>,
      { title: activity.title, description: activity.summary },
    );
  });
