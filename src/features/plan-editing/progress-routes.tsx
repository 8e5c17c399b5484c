import { Hono, type Context } from 'hono';
import { commandContext } from '../../commands/context';
import type { SignedInEnv } from '../../env';
import { idParam } from '../../http/params';
import { refusal } from '../../http/refusal';
import { renderNotFound } from '../../layout/status-pages';
import { readForm, type FieldErrors } from '../../validation/form';
import { ProgressPage } from './goal-form-view';
import { reportGoalProgress } from './progress-commands';
import { loadVersion, type LoadedVersion } from './queries';
import { formVersion, progressFormValues, type ProgressFormValues } from './schemas';
import { planEditingTexts } from './texts';
import { planPath } from './editor-parts';
import { withVersion } from './with-version';

/**
 * `/plannen/:versionId/doelen/:goalId/voortgang`: status and progress of a goal, on a concept or an adopted version.
 * Mounted in `planEditingRoutes`, behind its policy guard, hence `SignedInEnv`.
 */
export const progressRoutes = new Hono<SignedInEnv>();

type Ctx = Context<SignedInEnv>;

function render(c: Ctx, loaded: LoadedVersion, goalId: number, values: ProgressFormValues | null, errors: FieldErrors, conflict: boolean) {
  const goal = loaded.goals.find((g) => g.goalId === goalId);
  const state = loaded.states.get(goalId);
  if (!goal || !state) return renderNotFound(c);
  const shown = values ?? { status: state.status, progress: state.progress === null ? '' : String(state.progress), note: state.progressNote ?? '' };
  return c.render(<ProgressPage loaded={loaded} goal={goal} state={state} values={shown} errors={errors} conflict={conflict} />, {
    title: planEditingTexts[c.var.locale].progressOf(goal.title),
  });
}

progressRoutes.get('/doelen/:goalId{[0-9]+}/voortgang', (c) => withVersion(c, (loaded) => render(c, loaded, idParam(c, 'goalId')!, null, {}, false)));

progressRoutes.post('/doelen/:goalId{[0-9]+}/voortgang', async (c) => {
  const form = await readForm(c);
  return withVersion(c, async (loaded) => {
    const goalId = idParam(c, 'goalId')!;
    const values = progressFormValues(form);
    const result = await reportGoalProgress(commandContext(c), c.var.user, loaded, goalId, formVersion(form), values);
    if (result.kind === 'ok') return c.redirect(`${planPath(loaded.version.id)}?melding=opgeslagen#doel-${goalId}`, 303);
    return refusal(c, result, async (status) => {
      c.status(status);
      // A conflict shows the goal's state as it is now (reloaded) above the form that still holds the input.
      const fresh = status === 409 ? ((await loadVersion(c.var.db, loaded.version.id)) ?? loaded) : loaded;
      return render(c, fresh, goalId, values, result.kind === 'invalid' ? result.errors : {}, status === 409);
    });
  });
});
