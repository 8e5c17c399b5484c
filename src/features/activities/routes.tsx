import { Hono } from 'hono';
import * as z from 'zod';
import type { AppEnv } from '../../env';
import { renderNotFound } from '../../layout/status-pages';
import { renderFragment, wantsFragment } from '../../layout/renderer';
import { calendarDate } from './dates';
import { ActivityDetail } from './detail';
import { listFilter, listPageRequest, listState } from './list-state';
import { ActivityListPage, ActivityResults } from './list-views';
import { loadActivityDetail, loadActivityList } from './queries';
import { parseListParams } from './schemas';
import { activityTexts } from './texts';
import { AddToCalendar } from '../open-data/links';
import { ActivityJsonLd } from '../open-data/seo/activity-json-ld';
import { AGENDA_PERIODS } from './agenda';
import { loadAgenda } from './agenda-queries';
import { AgendaPage, AgendaResults } from './agenda-views';
import { scheduleTexts } from './schedule-texts';

const activityId = z.string().regex(/^\d{1,12}$/).transform(Number);

export const activityRoutes = new Hono<AppEnv>()
  .get('/', async (c) => {
    const today = calendarDate(new Date());
    const { params, notices } = parseListParams(c.req.query());
    const data = await loadActivityList(c.var.d1, today, listFilter(params, today), listPageRequest(params));
    const state = listState(params, notices, data);
    // The same address answers with a fragment or a whole page; shared caches must keep them apart.
    c.header('Vary', 'HX-Request, HX-History-Restore-Request');
    if (wantsFragment(c)) return renderFragment(c, <ActivityResults state={state} />);
    const t = activityTexts[c.var.locale];
    return c.render(<ActivityListPage state={state} />, { title: t.listTitle, description: t.listIntro });
  })
  .get('/agenda', async (c) => {
    const today = calendarDate(new Date());
    const { params, notices } = parseListParams(c.req.query());
    const period = AGENDA_PERIODS.find((p) => p === c.req.query('wanneer'));
    const state = await loadAgenda(c.var.d1, today, params, notices, period);
    c.header('Vary', 'HX-Request, HX-History-Restore-Request');
    if (wantsFragment(c)) return renderFragment(c, <AgendaResults state={state} />);
    return c.render(<AgendaPage state={state} />, { title: scheduleTexts[c.var.locale].agendaTitle, description: scheduleTexts[c.var.locale].agendaIntro });
  })
  .get('/:id', async (c) => {
    const id = activityId.safeParse(c.req.param('id'));
    if (!id.success) return renderNotFound(c);
    const today = calendarDate(new Date());
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
