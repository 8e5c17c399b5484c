import * as z from 'zod';
import { MONITOR_PILLARS } from '../../db/enums';
import { BUURT_CODE, CITY_CODE } from './model';

const code = z.string().regex(/^[a-z0-9][a-z0-9-]{0,59}$/);
/** Malformed query values are ignored (the page falls back to its defaults), never an error. */
const lenient = <T extends z.ZodType>(schema: T) => schema.optional().catch(undefined);

export const mapQuerySchema = z.object({
  pijler: lenient(z.enum(MONITOR_PILLARS)),
  indicator: lenient(code),
  meting: lenient(code),
  sorteer: lenient(z.enum(['naam', 'waarde'])),
});

export const waveQuerySchema = z.object({ meting: lenient(code) });

export const buurtCodeSchema = z.string().regex(BUURT_CODE);

/** `?gebied=BU…&gebied=GM0935`: two to four distinct areas (buurten or the city); the rest is dropped. */
export const compareAreasSchema = z
  .array(z.string())
  .transform((codes) => [...new Set(codes.map((c) => c.trim().toUpperCase()).filter((c) => BUURT_CODE.test(c) || c === CITY_CODE))].slice(0, 4));
