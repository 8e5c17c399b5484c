import { Hono, type Context } from 'hono';
import { commandContext } from '../../commands/context';
import { idParam } from '../../http/params';
import { forbidden, requireUser } from '../../auth/guards';
import { canSeeProjectStatus } from '../../auth/policy';
import type { AppEnv, SignedInEnv } from '../../env';
import { renderNotFound } from '../../layout/status-pages';
import { one, readForm } from '../../validation/form';
import { csvHeaders } from '../../formats/csv';
import { freezeSnapshot } from './commands';
import { snapshotCsv } from './csv';
import type { SnapshotData } from './model';
import { loadSnapshot } from './queries';
import { snapshotTexts } from './texts';
import { SnapshotPage } from './views';
import { freezeTexts, projectLabels } from '../projects/texts';

/** Mounted at `/projecten`: freezing a report and reading it back. */
/** A project's quarterly reports, mounted at `/projecten/:slug/rapportages`. */
export const snapshotRoutes = new Hono<AppEnv>().use('*', requireUser());

type Ctx = Context<SignedInEnv>;

snapshotRoutes.post('/', async (c) => {
  const slug = c.req.param('slug') ?? '';
  const form = await readForm(c);
  const result = await freezeSnapshot(commandContext(c), c.var.user, slug, { period: one(form, 'period') });
  if (result.kind === 'ok') return c.redirect(`/projecten/${slug}/rapportages/${result.value.id}?melding=vastgelegd`, 303);
  if (result.kind === 'forbidden') return forbidden(c);
  if (result.kind === 'not-found') return renderNotFound(c);
  // A period outside the offered quarters only comes from a tampered form; a conflict means the project changed
  // while the report was being made. Either way nothing was stored and the user can simply try again.
  const problem = result.kind === 'invalid' ? (result.errors.period ?? '') : null;
  c.status(result.kind === 'conflict' ? 409 : 422);
  const t = snapshotTexts[c.var.locale];
  const freeze = freezeTexts[c.var.locale];
  return c.render(
    <>
      <h1 class="utrecht-heading-1">{freeze.freezeHeading}</h1>
      <div class="utrecht-alert utrecht-alert--error" role="alert">
        <p class="utrecht-paragraph">{problem ?? freeze.freezeIntro}</p>
      </div>
      <p class="utrecht-paragraph">
        <a class="utrecht-link" href={`/projecten/${slug}`}>
          {t.backToProject}
        </a>
      </p>
    </>,
    { title: freeze.freezeHeading },
  );
});

/** The report if the viewer may see the project's status; otherwise null (answered as not found). */
async function visibleSnapshot(c: Ctx) {
  const id = idParam(c);
  if (id === null) return null;
  const user = c.var.user;
  const found = await loadSnapshot(c.var.db, c.req.param('slug') ?? '', id, user.id);
  if (!found || !canSeeProjectStatus(user, found.snapshot.fundingProgramme, found.programmes)) return null;
  return { ...found.snapshot, content: JSON.parse(found.snapshot.data) as SnapshotData };
}

snapshotRoutes.get('/:id', async (c) => {
  const snapshot = await visibleSnapshot(c);
  if (!snapshot) return renderNotFound(c);
  const t = snapshotTexts[c.var.locale];
  const l = projectLabels[c.var.locale];
  const base = `/projecten/${snapshot.slug}/rapportages/${snapshot.id}`;
  return c.render(<SnapshotPage data={snapshot.content} base={base} created={c.req.query('melding') === 'vastgelegd'} />, {
    title: t.pageTitle(l.quarter(snapshot.periodLabel), snapshot.content.project.title),
  });
});

const fileBase = (s: { slug: string; periodLabel: string; id: number }) => `kwartaalrapportage-${s.slug}-${s.periodLabel}-${s.id}`;

snapshotRoutes.get('/:id/csv', async (c) => {
  const snapshot = await visibleSnapshot(c);
  if (!snapshot) return renderNotFound(c);
  return c.body(snapshotCsv(snapshot.content), 200, csvHeaders(`${fileBase(snapshot)}.csv`));
});

snapshotRoutes.get('/:id/json', async (c) => {
  const snapshot = await visibleSnapshot(c);
  if (!snapshot) return renderNotFound(c);
  // The frozen text exactly as stored.
  return c.body(snapshot.data, 200, {
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Disposition': `attachment; filename="${fileBase(snapshot).replace(/[^A-Za-z0-9._-]/g, '-')}.json"`,
    'X-Content-Type-Options': 'nosniff',
  });
});
