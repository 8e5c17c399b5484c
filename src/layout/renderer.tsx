import { canReview } from '../auth/policy';
import type { Child } from 'hono/jsx';
import { jsxRenderer, RequestContext, useRequestContext } from 'hono/jsx-renderer';
import type { Context } from 'hono';
import type { AppEnv } from '../env';
import { layoutTexts } from './texts';
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
export function renderFragment(c: Context<AppEnv>, content: Child) {
  return c.html(<RequestContext.Provider value={c}>{content}</RequestContext.Provider>);
}

function currentPathWithQuery(c: Context<AppEnv>): string {
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

function Header() {
  const c = useAppContext();
  const t = layoutTexts[c.var.locale];
  const path = new URL(c.req.url).pathname;
  const user = c.var.user;
  const otherLocale = c.var.locale === 'nl' ? 'en' : 'nl';
  return (
    <header class="vw-header">
      <div class="vw-container vw-header__bar">
        <a class="vw-brand" href="/">
          {t.siteName}
          <small>{t.siteTagline}</small>
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
            <form class="vw-inline-form" method="post" action="/uitloggen">
              <button type="submit" class="vw-linklike">
                {t.logout}
              </button>
            </form>
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
          {user && <NavLink href="/portaal" label={t.navPortal} current={path} />}
          {user && canReview(user) && (
            <NavLink href="/beoordelen" label={t.navReview} current={path} />
          )}
          {user && user.role === 'funder' && <NavLink href="/financier" label={t.navFunder} current={path} />}
          {user && user.role === 'admin' && <NavLink href="/beheer" label={t.navAdmin} current={path} />}
        </ul>
      </nav>
    </header>
  );
}

function Footer() {
  const t = useTexts(layoutTexts);
  return (
    <footer class="vw-footer">
      <div class="vw-container">
        <h2 class="utrecht-heading-2 vw-visually-hidden">{t.footerLabel}</h2>
        <p class="utrecht-paragraph">{t.footerAbout}</p>
        <ul>
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
      </head>
      <body class="utrecht-document vw-theme">
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
