import {
  canEditPlans,
  canManageProjects,
  canManageUsers,
  canOpenFunderOverview,
  canReview,
  canSeePlanGaps,
  canUsePartnerWorkspace,
} from '../auth/policy';
import type { Child } from 'hono/jsx';
import { jsxRenderer, RequestContext, useRequestContext } from 'hono/jsx-renderer';
import type { Context } from 'hono';
import type { AppContext, AppEnv, CurrentUser } from '../env';
import { BrandMark, IconSymbols } from './identity';
import { layoutTexts, PROGRAMME_CONTACT_EMAIL, type LayoutTexts } from './texts';
import { SearchMeta } from '../features/open-data/seo/meta';

export type PageProps = { title: string; description?: string };

declare module 'hono' {
  interface ContextRenderer {
    (content: string | Promise<string>, props: PageProps): Response | Promise<Response>;
  }
}

export function useAppContext() {
  return useRequestContext<AppEnv>() as Context<AppEnv>;
}

/** Texts of a feature in the language of the current request. */
export function useTexts<T>(table: { nl: T; en: T }): T {
  return table[useAppContext().var.locale];
}

/** An htmx request for part of a page. A history restore (back button) needs the whole page, so it is not one. */
export function wantsFragment(c: Context): boolean {
  return c.req.header('HX-Request') === 'true' && c.req.header('HX-History-Restore-Request') !== 'true';
}

/** Renders a fragment without the layout, with the request context that `useAppContext`/`useTexts` read. */
export function renderFragment(c: AppContext, content: Child) {
  return c.html(<RequestContext.Provider value={c}>{content}</RequestContext.Provider>);
}

function currentPathWithQuery(c: AppContext): string {
  const url = new URL(c.req.url);
  return url.pathname + url.search;
}

function NavLink({ href, label, current }: { href: string; label: string; current: string }) {
  const active = href === '/' ? current === '/' : current === href || current.startsWith(`${href}/`);
  return (
    <li>
      <a class="utrecht-link" href={href} aria-current={active ? 'page' : undefined}>
        {label}
      </a>
    </li>
  );
}

/** The resident pages say "Veerkrachtige Wijken"; everything behind them (login, workspace, review…) "Partnerportaal". */
const RESIDENT_PREFIXES = ['/activiteiten', '/partners', '/wijken', '/projecten', '/toegankelijkheid', '/privacy', '/monitor', '/programma'];

export function isResidentPage(path: string): boolean {
  return path === '/' || RESIDENT_PREFIXES.some((prefix) => path === prefix || path.startsWith(`${prefix}/`));
}

/** The work areas the policy gives this person, for the main menu and the person menu. */
function workAreas(user: CurrentUser, t: LayoutTexts): { href: string; label: string }[] {
  const areas: { href: string; label: string }[] = [];
  if (canUsePartnerWorkspace(user)) areas.push({ href: '/portaal', label: t.navPortal });
  if (canReview(user)) areas.push({ href: '/beoordelen', label: t.navReview });
  if (canSeePlanGaps(user)) areas.push({ href: '/programma/hiaten', label: t.navPlanGaps });
  if (canManageProjects(user)) areas.push({ href: '/projectbeheer', label: t.navProjectManagement });
  if (canEditPlans(user)) areas.push({ href: '/plannen', label: t.navPlans });
  if (canOpenFunderOverview(user)) areas.push({ href: '/financier', label: t.navFunder });
  if (canManageUsers(user)) areas.push({ href: '/beheer', label: t.navAdmin });
  return areas;
}

/** Who is logged in, with a menu (a `<details>`, so it works without JavaScript): own account and work areas. */
function PersonMenu({ user, t }: { user: CurrentUser; t: LayoutTexts }) {
  return (
    <details class="vw-person-menu">
      <summary class="vw-person-menu__summary">
        <span class="vw-visually-hidden">{t.loggedInAs} </span>
        <span class="vw-person-menu__name">{user.name}</span>
      </summary>
      <div class="vw-person-menu__panel">
        <p class="vw-person-menu__who">
          {user.email}
          <br />
          <span class="vw-meta">{t.roleName(user.role)}</span>
        </p>
        <ul class="vw-plain-list" aria-label={t.personMenuLabel}>
          <li>
            <a class="utrecht-link" href="/account">
              {t.navAccount}
            </a>
          </li>
          {workAreas(user, t).map((area) => (
            <li>
              <a class="utrecht-link" href={area.href}>
                {area.label}
              </a>
            </li>
          ))}
        </ul>
      </div>
    </details>
  );
}

function Header() {
  const c = useAppContext();
  const t = layoutTexts[c.var.locale];
  const path = new URL(c.req.url).pathname;
  const user = c.var.user;
  const otherLocale = c.var.locale === 'nl' ? 'en' : 'nl';
  const resident = isResidentPage(path);
  return (
    <header class="vw-header" data-area={resident ? 'resident' : 'portal'}>
      <div class="vw-container vw-header__bar">
        <a class="vw-brand" href="/">
          <BrandMark />
          <span class="vw-brand__words">
            <span class="vw-brand__name">{t.siteName}</span>
            <span class="vw-brand__tagline">{resident ? t.residentTagline : t.portalTagline}</span>
          </span>
        </a>
        <div class="vw-tools">
          <form class="vw-inline-form" method="post" action="/taal" data-language-switch>
            <input type="hidden" name="taal" value={otherLocale} />
            <input type="hidden" name="terug" value={currentPathWithQuery(c)} />
            <button type="submit" class="vw-linklike" lang={otherLocale} aria-label={t.switchLanguageLabel}>
              {t.switchLanguage}
            </button>
          </form>
          {user ? (
            <>
              <PersonMenu user={user} t={t} />
              <form class="vw-inline-form" method="post" action="/uitloggen">
                <button type="submit" class="vw-linklike">
                  {t.logout}
                </button>
              </form>
            </>
          ) : (
            <a class="utrecht-link" href="/inloggen">
              {t.login}
            </a>
          )}
        </div>
      </div>
      <nav class="vw-container vw-nav" aria-label={t.mainNavLabel}>
        <ul>
          <NavLink href="/" label={t.navHome} current={path} />
          <NavLink href="/activiteiten" label={t.navActivities} current={path} />
          <NavLink href="/partners" label={t.navPartners} current={path} />
          <NavLink href="/wijken" label={t.navNeighbourhoods} current={path} />
          <NavLink href="/projecten" label={t.navProjects} current={path} />
          <NavLink href="/monitor" label={t.navMonitor} current={path} />
          {/* The gap view sits under /programma but is its own work area link: only that one is the current page. */}
          <NavLink href="/programma" label={t.navProgramme} current={path.startsWith('/programma/hiaten') ? '' : path} />
          {user && workAreas(user, t).map((area) => <NavLink href={area.href} label={area.label} current={path} />)}
        </ul>
      </nav>
    </header>
  );
}

function Footer() {
  const t = useTexts(layoutTexts);
  return (
    <footer class="vw-footer">
      <div class="vw-container vw-footer__grid">
        <h2 class="utrecht-heading-2 vw-visually-hidden">{t.footerLabel}</h2>
        <div>
          <h3 class="utrecht-heading-3 vw-footer__heading" id="voet-over">
            {t.siteName}
          </h3>
          <p class="utrecht-paragraph">{t.footerAbout}</p>
        </div>
        <div>
          <h3 class="utrecht-heading-3 vw-footer__heading" id="voet-contact">
            {t.footerContact}
          </h3>
          <p class="utrecht-paragraph">{t.footerContactText}</p>
          <ul class="vw-plain-list">
            <li>
              <a class="utrecht-link" href={`mailto:${PROGRAMME_CONTACT_EMAIL}`}>
                {PROGRAMME_CONTACT_EMAIL}
              </a>
            </li>
            <li>
              <a class="utrecht-link" href="tel:14043">
                {t.footerPhone}
              </a>
            </li>
          </ul>
        </div>
        <div>
          <h3 class="utrecht-heading-3 vw-footer__heading" id="voet-links">
            {t.footerLinks}
          </h3>
          <ul class="vw-plain-list">
            <li>
              <a class="utrecht-link" href="/privacy">
                {t.footerPrivacy}
              </a>
            </li>
            <li>
              <a class="utrecht-link" href="/toegankelijkheid">
                {t.footerAccessibility}
              </a>
            </li>
            <li>
              <a class="utrecht-link" href="/registreren">
                {t.register}
              </a>
            </li>
          </ul>
        </div>
        <div class="vw-footer__colophon">
          <h3 class="utrecht-heading-3 vw-footer__heading" id="voet-colofon">
            {t.footerColophon}
          </h3>
          <p class="utrecht-paragraph">{t.footerColophonText}</p>
        </div>
      </div>
    </footer>
  );
}

function Document({ children, title, description }: PageProps & { children?: Child }) {
  const c = useAppContext();
  const t = layoutTexts[c.var.locale];
  const nonce = c.var.secureHeadersNonce;
  return (
    <html lang={c.var.locale}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{`${title} · ${t.titleSuffix}`}</title>
        {description && <meta name="description" content={description} />}
        <SearchMeta c={c} title={title} description={description} />
        <meta name="htmx-config" content='{"includeIndicatorCSS":false}' />
        <link rel="icon" href="/favicon.svg" type="image/svg+xml" />
        <link rel="stylesheet" href="/css/portal.css" />
        <script src="/js/htmx.min.js" nonce={nonce} defer></script>
        <script src="/js/app.js" nonce={nonce} defer></script>
        {/* The forms that take a photo or logo are all behind login; resident pages never load it. */}
        {!isResidentPage(c.req.path) && <script src="/js/image-resize.js" nonce={nonce} defer></script>}
      </head>
      <body class="utrecht-document vw-theme" data-scroll-cue={t.scrollCue}>
        <IconSymbols />
        <a class="utrecht-skip-link" href="#inhoud">
          {t.skipLink}
        </a>
        <Header />
        <main id="inhoud" class="vw-main vw-container" tabindex={-1}>
          {children}
        </main>
        <Footer />
      </body>
    </html>
  );
}

export const renderer = jsxRenderer(({ children, title, description }) => (
  <Document title={title} description={description}>
    {children}
  </Document>
));
