import type { AppContext } from '../env';

/** A positive integer id (as D1 stores it) from text; null for anything else. */
export function parseId(value: string | undefined | null): number | null {
  if (!value || !/^[1-9][0-9]{0,9}$/.test(value)) return null;
  const id = Number(value);
  return id <= 2_147_483_647 ? id : null;
}

/** A positive integer id from the path; null for anything else (the caller answers 404). */
export function idParam(c: AppContext, name = 'id'): number | null {
  return parseId(c.req.param(name));
}
