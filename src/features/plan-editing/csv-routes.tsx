import { Hono, type Context } from 'hono';
import { commandContext } from '../../commands/context';
import type { SignedInEnv } from '../../env';
import { csvHeaders } from '../../formats/csv';
import { decodeCsv } from '../../formats/csv-parse';
import { refusal } from '../../http/refusal';
import { one, readForm } from '../../validation/form';
import { problemMessage } from '../monitor/import-validate';
import { checkGoalsCsv, exportGoalsCsv } from './csv';
import { importGoals } from './csv-commands';
import { CsvCheckPage } from './csv-view';
import { loadGoalOptions, loadVersion, type LoadedVersion } from './queries';
import { formVersion } from './schemas';
import { planEditingTexts } from './texts';
import { planPath } from './editor-parts';
import { withVersion } from './with-version';

/**
 * `/plannen/:versionId/doelen.csv` and the import into a concept: upload, check with preview, confirm. Mounted in
 * `planEditingRoutes`, behind its policy guard, hence `SignedInEnv`.
 */
export const csvRoutes = new Hono<SignedInEnv>();

type Ctx = Context<SignedInEnv>;
const title = (c: Ctx) => planEditingTexts[c.var.locale].csvImport;

csvRoutes.get('/doelen.csv', (c) =>
  withVersion(c, async (loaded) => {
    const csv = exportGoalsCsv(loaded, await loadGoalOptions(c.var.db));
    return c.body(csv, 200, csvHeaders(`${loaded.plan.slug}-versie-${loaded.version.number}.csv`));
  }),
);

async function check(c: Ctx, loaded: LoadedVersion, text: string, conflict = false) {
  const result = checkGoalsCsv(text, loaded, await loadGoalOptions(c.var.db), c.var.locale);
  c.status(conflict ? 409 : result.errors.length ? 422 : 200);
  return c.render(<CsvCheckPage loaded={loaded} goals={result.goals} errors={result.errors} text={text} conflict={conflict} />, { title: title(c) });
}

csvRoutes.post('/import', (c) =>
  withVersion(c, async (loaded) => {
    const body = await c.req.parseBody();
    const file = body.bestand;
    if (!(file instanceof File) || file.size === 0) {
      c.status(422);
      return c.render(
        <CsvCheckPage loaded={loaded} goals={[]} errors={[{ line: null, message: planEditingTexts[c.var.locale].fileRequired }]} text="" />,
        { title: title(c) },
      );
    }
    const decoded = decodeCsv(new Uint8Array(await file.arrayBuffer()));
    if ('problems' in decoded) {
      c.status(422);
      return c.render(<CsvCheckPage loaded={loaded} goals={[]} errors={decoded.problems.map((p) => problemMessage(p, c.var.locale))} text="" />, {
        title: title(c),
      });
    }
    return check(c, loaded, decoded.text);
  }),
);

csvRoutes.post('/import/bevestigen', async (c) => {
  const form = await readForm(c);
  return withVersion(c, async (loaded) => {
    const text = one(form, 'csv');
    const result = await importGoals(commandContext(c), c.var.user, loaded, await loadGoalOptions(c.var.db), formVersion(form), text);
    if (result.kind === 'ok') return c.redirect(`${planPath(loaded.version.id)}?melding=geimporteerd`, 303);
    return refusal(c, result, async (status) => {
      if (status === 422) return check(c, loaded, text);
      // Checked again against the concept as it is now, so the confirm button carries its current version.
      return check(c, (await loadVersion(c.var.db, loaded.version.id)) ?? loaded, text, true);
    });
  });
});
