import { asc } from 'drizzle-orm';
import { Hono, type Context } from 'hono';
import { clientIp } from '../../audit';
import { currentUser, forbidden, requirePolicy } from '../../auth/guards';
import { canManageHolidayPeriods } from '../../auth/policy';
import { invalidatePublicPages } from '../../cache';
import { holidayPeriods } from '../../db/schema';
import type { AppEnv } from '../../env';
import { ErrorSummary, SubmitButton, TextField } from '../../layout/form';
import { readForm, type FieldErrors, type FormInput } from '../../validation/form';
import { formatDate } from '../activities/schedule';
import { addHolidayPeriod, removeHolidayPeriod, type HolidayActor } from './commands';
import { holidayTexts } from './texts';

type Ctx = Context<AppEnv>;
type Period = typeof holidayPeriods.$inferSelect;
export const HOLIDAYS_PATH = '/vakanties';

const actor = (c: Ctx): HolidayActor => ({ db: c.var.db, user: currentUser(c), now: new Date(), ip: clientIp(c) });
const one = (input: FormInput, name: string) => {
  const v = input[name];
  return (Array.isArray(v) ? v[0] : v) ?? '';
};

function HolidaysPage(props: { periods: Period[]; values: FormInput; errors: FieldErrors; message?: string; locale: 'nl' | 'en' }) {
  const t = holidayTexts[props.locale];
  return (
    <>
      <h1 class="utrecht-heading-1">{t.title}</h1>
      <p class="utrecht-paragraph">{t.intro}</p>
      {props.message && (
        <div class="utrecht-alert utrecht-alert--info" role="status">
          <p class="utrecht-paragraph">{props.message}</p>
        </div>
      )}
      <h2 class="utrecht-heading-2">{t.listHeading}</h2>
      {props.periods.length === 0 ? (
        <p class="utrecht-paragraph">{t.none}</p>
      ) : (
        <ul class="vw-agenda-list">
          {props.periods.map((p) => (
            <li class="vw-agenda-item">
              <strong>{p.name}</strong>
              <br />
              {t.fromDate} <time datetime={p.fromDate}>{formatDate(p.fromDate, props.locale)}</time> {t.toDate.toLowerCase()}{' '}
              <time datetime={p.toDate}>{formatDate(p.toDate, props.locale)}</time>
              <form method="post" action={`${HOLIDAYS_PATH}/${p.id}/verwijderen`}>
                <input type="hidden" name="versie" value={String(p.version)} />
                <button type="submit" class="utrecht-button utrecht-button--secondary-action" aria-label={t.remove(p.name)}>
                  {t.removeLabel}
                </button>
              </form>
            </li>
          ))}
        </ul>
      )}
      <h2 class="utrecht-heading-2">{t.addHeading}</h2>
      <form method="post" action={HOLIDAYS_PATH} novalidate>
        <ErrorSummary errors={props.errors} labels={{ name: t.name, fromDate: t.fromDate, toDate: t.toDate }} />
        <TextField name="name" label={t.name} value={one(props.values, 'name')} error={props.errors.name} required maxLength={80} description={t.nameHelp} />
        <TextField name="fromDate" label={t.fromDate} type="date" value={one(props.values, 'fromDate')} error={props.errors.fromDate} required />
        <TextField name="toDate" label={t.toDate} type="date" value={one(props.values, 'toDate')} error={props.errors.toDate} required />
        <SubmitButton label={t.add} />
      </form>
    </>
  );
}

async function render(c: Ctx, opts: { values?: FormInput; errors?: FieldErrors; message?: string; status?: 200 | 409 | 422 } = {}) {
  const periods = await c.var.db.select().from(holidayPeriods).orderBy(asc(holidayPeriods.fromDate));
  c.status(opts.status ?? 200);
  c.header('Cache-Control', 'no-store');
  return c.render(<HolidaysPage periods={periods} values={opts.values ?? {}} errors={opts.errors ?? {}} message={opts.message} locale={c.var.locale} />, {
    title: holidayTexts[c.var.locale].title,
  });
}

const MESSAGES = { toegevoegd: 'added', verwijderd: 'removed' } as const;

export const holidayRoutes = new Hono<AppEnv>()
  .use('*', requirePolicy((user) => canManageHolidayPeriods(user)))
  .get('/', (c) => {
    const key = MESSAGES[c.req.query('melding') as keyof typeof MESSAGES];
    return render(c, { message: key ? holidayTexts[c.var.locale][key] : undefined });
  })
  .post('/', async (c) => {
    const input = await readForm(c);
    const result = await addHolidayPeriod(actor(c), input, c.var.locale);
    if (result.ok) {
      await invalidatePublicPages(c);
      return c.redirect(`${HOLIDAYS_PATH}?melding=toegevoegd`, 303);
    }
    if (result.problem === 'forbidden') return forbidden(c);
    if (result.problem === 'invalid') return render(c, { values: input, errors: result.errors, status: 422 });
    return render(c, { values: input, message: holidayTexts[c.var.locale].conflict, status: 409 });
  })
  .post('/:id/verwijderen', async (c) => {
    const input = await readForm(c);
    const id = Number(c.req.param('id'));
    const version = Number(one(input, 'versie'));
    if (!Number.isInteger(id) || !Number.isInteger(version)) return render(c, { message: holidayTexts[c.var.locale].conflict, status: 409 });
    const result = await removeHolidayPeriod(actor(c), id, version);
    if (result.ok) {
      await invalidatePublicPages(c);
      return c.redirect(`${HOLIDAYS_PATH}?melding=verwijderd`, 303);
    }
    if (result.problem === 'forbidden') return forbidden(c);
    return render(c, { message: holidayTexts[c.var.locale].conflict, status: 409 });
  });
