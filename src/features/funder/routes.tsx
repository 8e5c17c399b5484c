import { Hono, type Context } from 'hono';
import { sha256Hex } from '../../auth/crypto';
import { forbidden, redirectToLogin, requirePolicy } from '../../auth/guards';
import { canManageFunders, canOpenFunderOverview, canSeeProjectStatus, isFunder } from '../../auth/policy';
import type { AppEnv, SignedInEnv } from '../../env';
import { renderNotFound } from '../../layout/status-pages';
import { many, readForm } from '../../validation/form';
import { commandContext } from '../../commands/context';
import { publicOrigin } from '../../http/origin';
import { idParam } from '../../http/params';
import { localDate } from '../../dates';
import { euroForSpreadsheet } from '../projects/money';
import { projectLabels } from '../projects/texts';
import { renderAtom } from '../../formats/atom';
import { createFeedKey, inviteFunder, setFunderProgrammes } from './commands';
import { csvHeaders, toCsv, type Cell } from '../../formats/csv';
import { loadFeed, loadFunderAccounts, loadFunderOverview, type FeedReader, type OverviewRow } from './queries';
import { funderInvitationValues } from './schemas';
import { CSV_HEADERS, funderTexts } from './texts';
import { FunderAccountsPage, FunderOverviewPage, type FundersNotice } from './views';

type Ctx = Context<SignedInEnv>;

// --- /financier: the funder's overview --------------------------------------------------------------------------

export const funderRoutes = new Hono<AppEnv>().use(
  '*',
  requirePolicy((user) => canOpenFunderOverview(user)),
);

async function renderOverview(c: Ctx, createdKey?: string) {
  const user = c.var.user;
  const data = await loadFunderOverview(c.var.db, user, localDate(new Date()));
  return c.render(
    <FunderOverviewPage
      rows={data.rows}
      programmes={data.programmes}
      isFunder={isFunder(user)}
      feedKeySince={data.feedKeySince}
      createdKey={createdKey}
      origin={publicOrigin(c)}
    />,
    { title: funderTexts[c.var.locale].overviewTitle },
  );
}

funderRoutes.get('/', (c) => renderOverview(c));

/** The overview as a spreadsheet: Dutch headers and labels, `;`-separated, UTF-8 with BOM, amounts as 1250,50. */
export function overviewCsv(rows: readonly OverviewRow[], origin: string): string {
  const l = projectLabels.nl;
  const body: Cell[][] = rows.map((r) => [
    r.title,
    l.programme(r.fundingProgramme),
    l.phase(r.phase),
    l.health(r.health),
    r.healthExplanation ?? '',
    r.progress,
    euroForSpreadsheet(r.budget.allocatedCents),
    euroForSpreadsheet(r.budget.committedCents),
    euroForSpreadsheet(r.budget.spentCents),
    r.budget.utilisation,
    r.overdue,
    r.lastUpdate ?? '',
    `${origin}/projecten/${r.slug}`,
  ]);
  return toCsv([[...CSV_HEADERS], ...body]);
}

funderRoutes.get('/export.csv', async (c) => {
  const today = localDate(new Date());
  const data = await loadFunderOverview(c.var.db, c.var.user, today);
  return c.body(overviewCsv(data.rows, publicOrigin(c)), 200, csvHeaders(`financiersoverzicht-${today}.csv`));
});

funderRoutes.post('/feedsleutel', async (c) => {
  const result = await createFeedKey(commandContext(c), c.var.user);
  if (result.kind !== 'ok') return forbidden(c);
  // The key is shown in this response only; it is never stored or shown again.
  c.header('Cache-Control', 'no-store');
  return renderOverview(c, result.value.key);
});

// --- /projecten/:slug/voortgang.atom: the update feed -----------------------------------------------------------

/** A project's Atom feed of updates, mounted at `/projecten/:slug/voortgang.atom`. */
export const feedRoutes = new Hono<AppEnv>();

const FEED_KEY = /^[A-Za-z0-9_-]{20,100}$/;

feedRoutes.get('/', async (c) => {
  const key = c.req.query('sleutel');
  let reader: FeedReader;
  if (key !== undefined) {
    if (!FEED_KEY.test(key)) return renderNotFound(c);
    reader = { keyHash: await sha256Hex(key) };
  } else if (c.var.user) {
    reader = { userId: c.var.user.id };
  } else {
    return redirectToLogin(c);
  }
  const feed = await loadFeed(c.var.db, c.req.param('slug') ?? '', reader);
  // A project outside the reader's programmes is answered as if it did not exist.
  if (!feed || !canSeeProjectStatus(feed.reader, feed.project.fundingProgramme, feed.programmes)) return renderNotFound(c);
  const locale = c.var.user ? c.var.locale : feed.reader.locale;
  const t = funderTexts[locale];
  const origin = publicOrigin(c);
  const page = `${origin}/projecten/${feed.project.slug}`;
  const self = `${page}/voortgang.atom${key ? `?sleutel=${encodeURIComponent(key)}` : ''}`;
  const iso = (d: Date) => d.toISOString();
  const newest = feed.updates.reduce((latest, u) => (u.updatedAt > latest ? u.updatedAt : latest), feed.project.updatedAt);
  const xml = renderAtom({
    id: page,
    title: t.feedTitle(feed.project.title),
    subtitle: t.feedSubtitle,
    link: page,
    selfLink: self,
    updated: iso(newest),
    author: t.feedAuthor,
    lang: locale,
    entries: feed.updates.map((u) => ({
      id: `${page}#bericht-${u.id}`,
      title: u.title,
      link: `${page}#bericht-${u.id}`,
      // Noon UTC keeps the calendar date the same in Maastricht.
      published: `${u.publishedOn}T12:00:00Z`,
      updated: iso(u.updatedAt),
      author: u.organisationName ?? t.feedAuthor,
      content: u.body,
    })),
  });
  return c.body(xml, 200, {
    'Content-Type': 'application/atom+xml; charset=utf-8',
    'Cache-Control': 'private, no-store',
    'X-Robots-Tag': 'noindex',
  });
});

// --- /projectbeheer/financiers: funder accounts, for the programme team ------------------------------------------

export const funderAccountRoutes = new Hono<AppEnv>().use(
  '*',
  requirePolicy((user) => canManageFunders(user)),
);

const NOTICES: Record<string, FundersNotice> = { uitgenodigd: 'invited', opgeslagen: 'programmes-saved' };
const emptyInvitation = { name: '', email: '', locale: 'nl', programmes: [] as string[] };

funderAccountRoutes.get('/', async (c) => {
  const accounts = await loadFunderAccounts(c.var.db);
  const notice = NOTICES[c.req.query('melding') ?? ''] ?? null;
  return c.render(<FunderAccountsPage accounts={accounts} values={emptyInvitation} errors={{}} notice={notice} />, {
    title: funderTexts[c.var.locale].fundersTitle,
  });
});

funderAccountRoutes.post('/', async (c) => {
  const values = funderInvitationValues(await readForm(c));
  const result = await inviteFunder(commandContext(c), c.var.user, values);
  if (result.kind === 'ok') return c.redirect('/projectbeheer/financiers?melding=uitgenodigd', 303);
  if (result.kind === 'forbidden') return forbidden(c);
  const accounts = await loadFunderAccounts(c.var.db);
  c.status(422);
  const errors = result.kind === 'invalid' ? result.errors : {};
  return c.render(<FunderAccountsPage accounts={accounts} values={values} errors={errors} notice={null} />, {
    title: funderTexts[c.var.locale].fundersTitle,
  });
});

funderAccountRoutes.post('/:id', async (c) => {
  const id = idParam(c);
  if (id === null) return renderNotFound(c);
  const form = await readForm(c);
  const result = await setFunderProgrammes(commandContext(c), c.var.user, id, many(form, `programmes-${id}`));
  if (result.kind === 'ok') return c.redirect('/projectbeheer/financiers?melding=opgeslagen', 303);
  if (result.kind === 'forbidden') return forbidden(c);
  if (result.kind === 'not-found') return renderNotFound(c);
  const accounts = await loadFunderAccounts(c.var.db);
  c.status(422);
  const rowErrors = result.kind === 'invalid' ? { [`programmes-${id}`]: result.errors.programmes ?? '' } : {};
  return c.render(<FunderAccountsPage accounts={accounts} values={emptyInvitation} errors={{}} rowErrors={rowErrors} notice={null} />, {
    title: funderTexts[c.var.locale].fundersTitle,
  });
});
