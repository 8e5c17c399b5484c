import { Hono, type Context } from 'hono';
import { forbidden, requirePolicy } from '../../auth/guards';
import { canManageHolidayPeriods } from '../../auth/policy';
import { commandContext } from '../../commands/context';
import type { CommandResult } from '../../commands/result';
import type { AppEnv, SignedInEnv } from '../../env';
import { ErrorSummary, SubmitButton, TextField } from '../../layout/form';
import { renderNotFound } from '../../layout/status-pages';
import { readForm, type FieldErrors, type FormInput } from '../../validation/form';
import { formatDate } from '../activities/schedule';
import { addHolidayPeriod, changeHolidayPeriod, loadHolidayPeriodRows, removeHolidayPeriod, type HolidayPeriodRow } from './commands';
import { holidayTexts } from './texts';

type Ctx = Context<SignedInEnv>;
type Locale = 'nl' | 'en';
export const HOLIDAYS_PATH = '/vakanties';

const one = (input: FormInput, name: string) => {
  const v = input[name];
  return (Array.isArray(v) ? v[0] : v) ?? '';
};
const periodInput = (p: HolidayPeriodRow): FormInput => ({ name: p.name, fromDate: p.fromDate, toDate: p.toDate });

/** The form's fields; one form on the page at a time (the new period, or the period being changed in place). */
function PeriodFields({ values, errors, locale }: { values: FormInput; errors: FieldErrors; locale: Locale }) {
  const t = holidayTexts[locale];
  return (
    <>
      <ErrorSummary errors={errors} labels={{ name: t.name, fromDate: t.fromDate, toDate: t.toDate }} />
      <TextField name="name" label={t.name} value={one(values, 'name')} error={errors.name} required maxLength={80} description={t.nameHelp} />
      <TextField name="fromDate" label={t.fromDate} type="date" value={one(values, 'fromDate')} error={errors.fromDate} required />
      <TextField name="toDate" label={t.toDate} type="date" value={one(values, 'toDate')} error={errors.toDate} required />
    </>
  );
}

type Editing = { id: number; version: number; values: FormInput; errors: FieldErrors };

function PeriodItem({ period: p, editing, locale }: { period: HolidayPeriodRow; editing?: Editing; locale: Locale }) {
  const t = holidayTexts[locale];
  if (editing)
    return (
      <li class="vw-agenda-item">
        <form method="post" action={`${HOLIDAYS_PATH}/${p.id}`} novalidate aria-label={t.changeHeading(p.name)}>
          <input type="hidden" name="versie" value={String(editing.version)} />
          <PeriodFields values={editing.values} errors={editing.errors} locale={locale} />
          <SubmitButton label={t.save} />{' '}
          <a class="utrecht-link" href={HOLIDAYS_PATH}>
            {t.cancel}
          </a>
        </form>
      </li>
    );
  return (
    <li class="vw-agenda-item">
      <strong>{p.name}</strong>
      <br />
      {t.fromDate} <time datetime={p.fromDate}>{formatDate(p.fromDate, locale)}</time> {t.toDate.toLowerCase()}{' '}
      <time datetime={p.toDate}>{formatDate(p.toDate, locale)}</time>
      <br />
      <a class="utrecht-link" href={`${HOLIDAYS_PATH}/${p.id}/wijzigen`} aria-label={t.change(p.name)}>
        {t.changeLabel}
      </a>
      <form method="post" action={`${HOLIDAYS_PATH}/${p.id}/verwijderen`}>
        <input type="hidden" name="versie" value={String(p.version)} />
        <button type="submit" class="utrecht-button utrecht-button--secondary-action" aria-label={t.remove(p.name)}>
          {t.removeLabel}
        </button>
      </form>
    </li>
  );
}

type PageProps = { periods: HolidayPeriodRow[]; values: FormInput; errors: FieldErrors; editing?: Editing; message?: string; locale: Locale };

function HolidaysPage(props: PageProps) {
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
            <PeriodItem period={p} editing={props.editing?.id === p.id ? props.editing : undefined} locale={props.locale} />
          ))}
        </ul>
      )}
      {!props.editing && (
        <>
          <h2 class="utrecht-heading-2">{t.addHeading}</h2>
          <form method="post" action={HOLIDAYS_PATH} novalidate>
            <PeriodFields values={props.values} errors={props.errors} locale={props.locale} />
            <SubmitButton label={t.add} />
          </form>
        </>
      )}
    </>
  );
}

async function render(
  c: Ctx,
  opts: { values?: FormInput; errors?: FieldErrors; editing?: Editing; message?: string; status?: 200 | 409 | 422 } = {},
) {
  const periods = await loadHolidayPeriodRows(c.var.db);
  c.status(opts.status ?? 200);
  c.header('Cache-Control', 'no-store');
  return c.render(
    <HolidaysPage
      periods={periods}
      values={opts.values ?? {}}
      errors={opts.errors ?? {}}
      editing={opts.editing}
      message={opts.message}
      locale={c.var.locale}
    />,
    { title: holidayTexts[c.var.locale].title },
  );
}

const MESSAGES = { toegevoegd: 'added', gewijzigd: 'changed', verwijderd: 'removed' } as const;
const done = (c: Ctx, melding: keyof typeof MESSAGES) => c.redirect(`${HOLIDAYS_PATH}?melding=${melding}`, 303);
const numberParam = (value: string) => (/^\d{1,12}$/.test(value) ? Number(value) : null);

/** The answer to a refused add or remove: the page again with the input kept and what went wrong. */
function refused(c: Ctx, result: Exclude<CommandResult, { kind: 'ok' }>, input: FormInput) {
  if (result.kind === 'forbidden') return forbidden(c);
  if (result.kind === 'invalid') return render(c, { values: input, errors: result.errors, status: 422 });
  return render(c, { message: holidayTexts[c.var.locale].conflict, status: 409 });
}

export const holidayRoutes = new Hono<AppEnv>()
  .use(
    '*',
    requirePolicy((user) => canManageHolidayPeriods(user)),
  )
  .get('/', (c) => {
    const key = MESSAGES[c.req.query('melding') as keyof typeof MESSAGES];
    return render(c, { message: key ? holidayTexts[c.var.locale][key] : undefined });
  })
  .post('/', async (c) => {
    const input = await readForm(c);
    const result = await addHolidayPeriod(commandContext(c), c.var.user, input);
    return result.kind === 'ok' ? done(c, 'toegevoegd') : refused(c, result, input);
  })
  .get('/:id/wijzigen', async (c) => {
    const id = numberParam(c.req.param('id'));
    const period = id === null ? undefined : (await loadHolidayPeriodRows(c.var.db)).find((p) => p.id === id);
    if (!period) return renderNotFound(c);
    return render(c, { editing: { id: period.id, version: period.version, values: periodInput(period), errors: {} } });
  })
  .post('/:id', async (c) => {
    const input = await readForm(c);
    const id = numberParam(c.req.param('id'));
    const version = numberParam(one(input, 'versie'));
    if (id === null || version === null) return render(c, { values: input, message: holidayTexts[c.var.locale].conflict, status: 409 });
    const result = await changeHolidayPeriod(commandContext(c), c.var.user, id, version, input);
    const t = holidayTexts[c.var.locale];
    switch (result.kind) {
      case 'ok':
        return done(c, 'gewijzigd');
      case 'invalid':
        return render(c, { editing: { id, version, values: input, errors: result.errors }, status: 422 });
      case 'conflict': {
        const now = result.current;
        // Changed meanwhile: the typed values stay in the form, now against the current version, with the current
        // state in the message. Removed meanwhile: the typed values in the form for a new period.
        if (!now) return render(c, { values: input, message: t.conflictRemoved, status: 409 });
        const message = t.conflictChanged(now.name, formatDate(now.fromDate, c.var.locale), formatDate(now.toDate, c.var.locale));
        return render(c, { editing: { id, version: now.version, values: input, errors: {} }, message, status: 409 });
      }
      default:
        return refused(c, result, input);
    }
  })
  .post('/:id/verwijderen', async (c) => {
    const input = await readForm(c);
    const id = numberParam(c.req.param('id'));
    const version = numberParam(one(input, 'versie'));
    if (id === null || version === null) return render(c, { message: holidayTexts[c.var.locale].conflict, status: 409 });
    const result = await removeHolidayPeriod(commandContext(c), c.var.user, id, version);
    return result.kind === 'ok' ? done(c, 'verwijderd') : refused(c, result, {});
  });
