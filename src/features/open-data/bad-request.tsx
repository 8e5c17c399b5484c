import type { Context } from 'hono';
import type { AppEnv } from '../../env';
import type { FilterParam } from './filters';
import { openDataTexts } from './texts';

/**
 * The Dutch (or English) page for a feed address with a filter that is wrong: 400, and a link to the list page with
 * the same query, where each wrong value is explained. The parameters are named (from the fixed list of names, never
 * the value typed); the query is only ever an escaped attribute, never markup.
 */
export function renderBadFeed(c: Context<AppEnv>, params: readonly FilterParam[]) {
  const t = openDataTexts[c.var.locale];
  const search = new URL(c.req.url).search;
  c.status(400);
  c.header('Cache-Control', 'no-store');
  return c.render(
    <>
      <h1 class="utrecht-heading-1">{t.badFeedTitle}</h1>
      <p class="utrecht-paragraph">{t.badFeedBody}</p>
      <p class="utrecht-paragraph">{t.badFeedParams}</p>
      <ul class="utrecht-unordered-list">
        {params.map((name) => (
          <li class="utrecht-unordered-list__item">
            <code>{name}</code>
          </li>
        ))}
      </ul>
      <p class="utrecht-paragraph">
        <a class="utrecht-link" href={`/activiteiten${search.length <= 2048 ? search : ''}`}>
          {t.badFeedLink}
        </a>
      </p>
    </>,
    { title: t.badFeedTitle },
  );
}
