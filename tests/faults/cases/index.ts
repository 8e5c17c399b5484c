import { ACCOUNT_CASES } from './accounts';
import type { RouteCase } from './case';
import { PLAN_CASES } from './plans';
import { PORTAL_CASES } from './portal';
import { PROJECT_CASES } from './projects';
import { ADMIN_CASES, REVIEW_CASES } from './review-admin';

/**
 * Every state-changing route's fault case, by group. `route-coverage.test.ts` fails when a POST/PUT/PATCH/DELETE
 * route of the app has neither a case here nor a reason in `WITHOUT_A_WRITE`.
 */
export const ROUTE_CASES: Record<string, RouteCase[]> = {
  accounts: ACCOUNT_CASES,
  portal: PORTAL_CASES,
  review: REVIEW_CASES,
  admin: ADMIN_CASES,
  projects: PROJECT_CASES,
  plans: PLAN_CASES,
};

/** Routes that accept a POST but write nothing to the database, and why (they still answer 503 when a read fails). */
export const WITHOUT_A_WRITE: Record<string, string> = {
  'POST /taal': 'sets the language cookie only',
  'POST /portaal/activiteiten/datums': 'previews the dates of a schedule (htmx), stores nothing',
  'POST /portaal/activiteiten/valideren': 'checks one field of a new activity (htmx), stores nothing',
  'POST /portaal/activiteiten/:id/valideren': 'checks one field of an existing activity (htmx), stores nothing',
  'POST /plannen/:versionId{[0-9]+}/doelen/valideren': 'checks one field of a goal (htmx), stores nothing',
  'POST /plannen/valideren': 'checks one field of a plan or version (htmx), stores nothing',
  'POST /plannen/:versionId{[0-9]+}/import': 'previews a CSV of goals, stores nothing (the confirmation carries the checked text)',
};
