import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { AppEnv } from '../../../env';
import { originOf } from '../origin';
import type { ApiProblem } from './schemas';
import { apiTexts, type ApiParam, type ProblemKind } from './texts';

export const PROBLEM_TYPE = 'application/problem+json';

/** An RFC 9457 problem: title and detail in the visitor's language, both languages under `nl` and `en`. Never cached. */
export function problem(c: Context<AppEnv>, status: ContentfulStatusCode, kind: ProblemKind, params: ApiParam[] = []) {
  const [nl, en] = [apiTexts.nl, apiTexts.en];
  const t = apiTexts[c.var.locale];
  const body: ApiProblem = {
    type: `${originOf(c)}/api/v1/docs#${kind}`,
    title: t.problemTitle(kind),
    status,
    detail: t.problemDetail(kind),
    // The path only: the query may hold anything the caller typed.
    instance: new URL(c.req.url).pathname,
    ...(params.length ? { errors: params.map((parameter) => ({ parameter, nl: nl.param(parameter), en: en.param(parameter) })) } : {}),
    nl: { title: nl.problemTitle(kind), detail: nl.problemDetail(kind) },
    en: { title: en.problemTitle(kind), detail: en.problemDetail(kind) },
  };
  return c.body(JSON.stringify(body), status, { 'Content-Type': PROBLEM_TYPE, 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff' });
}
