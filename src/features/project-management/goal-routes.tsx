import { Hono } from 'hono';
import { commandContext } from '../../commands/context';
import type { SignedInEnv } from '../../env';
import { refusal } from '../../http/refusal';
import { renderNotFound } from '../../layout/status-pages';
import { readForm } from '../../validation/form';
import { linkProjectGoals } from './goal-commands';
import { loadProjectGoals } from './goal-queries';
import { ProjectGoalsPage } from './goal-views';
import { noticeFrom } from './notices';
import { formVersion } from './schemas';
import { managementTexts } from './texts';

/** The goals a project serves, mounted under `/projectbeheer/:slug` (behind the parent's policy guard, hence `SignedInEnv`). */
export const goalRoutes = new Hono<SignedInEnv>();

const chosen = (value: string | string[] | undefined) => (value === undefined ? [] : Array.isArray(value) ? value : [value]);

goalRoutes.get('/doelen', async (c) => {
  const current = await loadProjectGoals(c.var.db, c.req.param('slug') ?? '');
  if (!current) return renderNotFound(c);
  return c.render(<ProjectGoalsPage current={current} values={current.goalIds.map(String)} errors={{}} notice={noticeFrom(c)} />, {
    title: managementTexts[c.var.locale].goalsTitle(current.project.title),
  });
});

goalRoutes.post('/doelen', async (c) => {
  const form = await readForm(c);
  const current = await loadProjectGoals(c.var.db, c.req.param('slug') ?? '');
  if (!current) return renderNotFound(c);
  const result = await linkProjectGoals(commandContext(c), c.var.user, current, formVersion(form), form);
  if (result.kind === 'ok') return c.redirect(`/projectbeheer/${current.project.slug}/doelen?melding=opgeslagen`, 303);
  return refusal(c, result, (status) => {
    c.status(status);
    // What was ticked stays ticked; the form now carries the current version, so saving again is deliberate.
    return c.render(
      <ProjectGoalsPage
        current={current}
        values={chosen(form.goals)}
        errors={result.kind === 'invalid' ? result.errors : {}}
        notice={status === 409 ? 'conflict' : null}
      />,
      { title: managementTexts[c.var.locale].goalsTitle(current.project.title) },
    );
  });
});
