import { Hono, type Context } from 'hono';
import * as z from 'zod';
import { requirePolicy } from '../../auth/guards';
import { canImportMonitorData } from '../../auth/policy';
import { commandContext } from '../../commands/context';
import type { AppEnv, SignedInEnv } from '../../env';
import { renderNotFound } from '../../layout/status-pages';
import { MAX_IMPORT_BYTES } from '../../formats/csv-parse';
import { cancelImport, confirmImport, prepareImport, undoImport, type ImportResult } from './import-commands';
import { loadImport, loadImportHistory, loadImportReference } from './import-queries';
import { importTexts } from './import-texts';
import { checkImport, describeRows, type ClassRow, type ObservationRow } from './import-validate';
import { ImportPage, PreviewPage } from './import-view';

const idParam = z.coerce.number().int().positive();
const DONE = ['bevestigd', 'geannuleerd', 'ongedaan'] as const;

async function renderIndex(c: Context<SignedInEnv>, status: 200 | 409 = 200, error?: string) {
  const t = importTexts[c.var.locale];
  const done = c.req.query('klaar');
  const imports = await loadImportHistory(c.var.d1, c.var.user!.id);
  let message: string | undefined;
  if (done === 'bevestigd') {
    const latest = imports.find((i) => i.id === Number(c.req.query('import')));
    message = t.confirmed(latest?.newCount ?? 0, latest?.changedCount ?? 0);
  } else if (done === 'geannuleerd') message = t.cancelled;
  else if (done === 'ongedaan') message = t.undone;
  c.status(status);
  return c.render(<ImportPage imports={imports} message={message} error={error} />, { title: t.title });
}

async function afterCommand(c: Context<SignedInEnv>, result: ImportResult, done: (typeof DONE)[number]) {
  if (result.ok) {
    return c.redirect(`/monitor/import?klaar=${done}&import=${result.id}`, 303);
  }
  if (result.reason === 'forbidden') return c.body(null, 403);
  return renderIndex(c, 409, importTexts[c.var.locale].conflict);
}

/** The programme team's CSV import: check and preview, confirm (all or nothing), cancel, undo. */
export const importRoutes = new Hono<AppEnv>()
  .use(
    '*',
    requirePolicy((user) => canImportMonitorData(user)),
  )
  .get('/', (c) => renderIndex(c))
  .post('/', async (c) => {
    const t = importTexts[c.var.locale];
    const declared = Number(c.req.header('Content-Length') ?? 0);
    const fail = (fileName: string, message: string, line: number | null = null) => {
      c.status(422);
      return c.render(
        <PreviewPage fileName={fileName} rows={[]} errors={[{ line, message }]} counts={{ new: 0, changed: 0, unchanged: 0 }} pendingId={null} />,
        { title: t.title },
      );
    };
    // A file far over the limit is refused before its body is read.
    if (declared > MAX_IMPORT_BYTES + 64 * 1024) return fail('', t.tooLarge(declared));
    const body = await c.req.parseBody();
    const file = body.bestand;
    if (!(file instanceof File) || file.size === 0)
      return fail(file instanceof File ? file.name : '', file instanceof File ? t.empty : t.noFile, file instanceof File ? 1 : null);
    if (file.size > MAX_IMPORT_BYTES) return fail(file.name, t.tooLarge(file.size));
    const reference = await loadImportReference(c.var.d1);
    const check = checkImport(new Uint8Array(await file.arrayBuffer()), reference, c.var.locale);
    const render = (pendingId: number | null) =>
      c.render(<PreviewPage fileName={file.name} rows={check.rows} errors={check.errors} counts={check.counts} pendingId={pendingId} />, {
        title: t.previewTitle(file.name),
      });
    if (check.errors.length) {
      c.status(422);
      return render(null);
    }
    const prepared = await prepareImport(commandContext(c), c.var.user, file.name, check);
    if (!prepared.ok) return prepared.reason === 'forbidden' ? c.body(null, 403) : fail(file.name, t.empty, 1);
    return render(prepared.id);
  })
  .get('/:id', async (c) => {
    const id = idParam.safeParse(c.req.param('id'));
    if (!id.success) return renderNotFound(c);
    const record = await loadImport(c.var.d1, id.data, c.var.user!.id);
    if (!record || record.status !== 'pending') return renderNotFound(c);
    const reference = await loadImportReference(c.var.d1);
    const { rows, counts } = describeRows(record.kind, JSON.parse(record.rows) as (ObservationRow | ClassRow)[], reference, c.var.locale);
    return c.render(<PreviewPage fileName={record.fileName} rows={rows} errors={[]} counts={counts} pendingId={record.id} />, {
      title: importTexts[c.var.locale].previewTitle(record.fileName),
    });
  })
  .post('/:id/bevestigen', async (c) => {
    const id = idParam.safeParse(c.req.param('id'));
    const record = id.success ? await loadImport(c.var.d1, id.data, c.var.user!.id) : null;
    if (!record) return renderNotFound(c);
    return afterCommand(c, await confirmImport(commandContext(c), c.var.user, record.id, record.kind), 'bevestigd');
  })
  .post('/:id/annuleren', async (c) => {
    const id = idParam.safeParse(c.req.param('id'));
    if (!id.success) return renderNotFound(c);
    return afterCommand(c, await cancelImport(commandContext(c), c.var.user, id.data), 'geannuleerd');
  })
  .post('/:id/ongedaan', async (c) => {
    const id = idParam.safeParse(c.req.param('id'));
    const record = id.success ? await loadImport(c.var.d1, id.data, c.var.user!.id) : null;
    if (!record) return renderNotFound(c);
    return afterCommand(c, await undoImport(commandContext(c), c.var.user, record.id, record.kind), 'ongedaan');
  });
