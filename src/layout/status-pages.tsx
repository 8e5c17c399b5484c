import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { AppContext } from '../env';
import { layoutTexts } from './texts';

export function renderNotFound(c: AppContext) {
  const t = layoutTexts[c.var.locale ?? 'nl'];
  c.status(404);
  return c.render(
    <>
      <h1 class="utrecht-heading-1">{t.notFoundTitle}</h1>
      <p class="utrecht-paragraph">{t.notFoundBody}</p>
      <RequestIdNote c={c} />
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

type Problem = 'error' | 'forbidden' | 'csrf' | 'bad-request' | 'unavailable';

/** The request id on every error page, so a person can quote it to the programme team. */
function RequestIdNote({ c }: { c: AppContext }) {
  const id = c.var.requestId;
  if (!id) return null;
  return (
    <p class="utrecht-paragraph vw-request-id">
      {layoutTexts[c.var.locale ?? 'nl'].requestId} <code>{id}</code>
    </p>
  );
}

function problemTexts(t: (typeof layoutTexts)['nl'], problem: Problem): [string, string] {
  switch (problem) {
    case 'forbidden':
      return [t.forbiddenTitle, t.forbiddenBody];
    case 'csrf':
      return [t.csrfTitle, t.csrfBody];
    case 'bad-request':
      return [t.badRequestTitle, t.badRequestBody];
    case 'unavailable':
      return [t.unavailableTitle, t.unavailableBody];
    default:
      return [t.errorTitle, t.errorBody];
  }
}

/** A Dutch (or English) status page; never shows a stack trace or internal detail. */
export function renderProblem(c: AppContext, problem: Problem, status: ContentfulStatusCode) {
  const t = layoutTexts[c.var.locale ?? 'nl'];
  const [title, body] = problemTexts(t, problem);
  c.status(status);
  return c.render(
    <>
      <h1 class="utrecht-heading-1">{title}</h1>
      <p class="utrecht-paragraph">{body}</p>
      <RequestIdNote c={c} />
      <p class="utrecht-paragraph">
        <a class="utrecht-link" href="/">
          {t.notFoundHome}
        </a>
      </p>
    </>,
    { title },
  );
}
