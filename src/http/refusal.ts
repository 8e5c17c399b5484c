import { forbidden } from '../auth/guards';
import type { Refusal } from '../commands/result';
import type { AppContext } from '../env';
import { renderNotFound } from '../layout/status-pages';

/**
 * Answers a refused command the same way everywhere: 403 for `forbidden`, 404 for `not-found`, else the form's page
 * again with 409 (conflict, showing the current state) or 422 (invalid, with the field errors and the input kept).
 * The one rule for 403 against 404: a command answers `not-found` where the object's existence itself is private to the
 * caller (another organisation's member list, a project's reports for a funder outside its programme), `forbidden`
 * where the caller may know it exists but may not do this.
 */
export function refusal(c: AppContext, result: Refusal, pageAgain: (status: 409 | 422) => Response | Promise<Response>) {
  if (result.kind === 'forbidden') return forbidden(c);
  if (result.kind === 'not-found') return renderNotFound(c);
  return pageAgain(result.kind === 'conflict' ? 409 : 422);
}
