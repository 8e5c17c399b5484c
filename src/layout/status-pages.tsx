import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { AppEnv } from '../env';
import { layoutTexts } from './texts';

export function renderNotFound(c: Context<AppEnv>) {
  const t = layoutTexts[c.var.locale ?? 'nl'];
  c.status(404);
  return c.render(
    <>
      <h1 class="utrecht-heading-1">{t.notFoundTitle}</h1>
      <p class="utrecht-paragraph">{t.notFoundBody}</p>
      <ul class="utrecht-unordered-list">
        <li>
          <a class="utrecht-link" href="/">
            {t.notFoundHome}
          </a>
        </li>
        <li>
          <a class="utrecht-link" href="/activiteiten">
            {t.notFoundActivities}
          </a>
        </li>
      </ul>
    </>,
    { title: t.notFoundTitle },
  );
}

type Problem = 'error' | 'forbidden' | 'csrf';

/** A Dutch (or English) status page; never shows a stack trace or internal detail. */
export function renderProblem(c: Context<AppEnv>, problem: Problem, status: ContentfulStatusCode) {
  const t = layoutTexts[c.var.locale ?? 'nl'];
  const [title, body] =
    problem === 'forbidden' ? [t.forbiddenTitle, t.forbiddenBody] : problem === 'csrf' ? [t.csrfTitle, t.csrfBody] : [t.errorTitle, t.errorBody];
  c.status(status);
  return c.render(
    <>
      <h1 class="utrecht-heading-1">{title}</h1>
      <p class="utrecht-paragraph">{body}</p>
      <p class="utrecht-paragraph">
        <a class="utrecht-link" href="/">
          {t.notFoundHome}
        </a>
      </p>
    </>,
    { title },
  );
}
