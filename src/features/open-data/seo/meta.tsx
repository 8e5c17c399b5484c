// Canonical link and Open Graph tags for every page's <head> (the layout renders this one component).
import type { Context } from 'hono';
import type { AppEnv } from '../../../env';
import { originOf } from '../origin';

/** Takes the request context as a prop: the layout renders it, and importing the layout here would make a cycle. */
export function SearchMeta({ c, title, description }: { c: Context<AppEnv>; title: string; description?: string }) {
  const origin = originOf(c);
  // The address without its query: filtered and paged lists point at the one list, as search engines prefer.
  const canonical = `${origin}${new URL(c.req.url).pathname}`;
  return (
    <>
      <link rel="canonical" href={canonical} />
      <meta property="og:type" content="website" />
      <meta property="og:site_name" content="Veerkrachtige Wijken Maastricht" />
      <meta property="og:title" content={title} />
      {description && <meta property="og:description" content={description} />}
      <meta property="og:url" content={canonical} />
      <meta property="og:locale" content={c.var.locale === 'nl' ? 'nl_NL' : 'en_GB'} />
    </>
  );
}
