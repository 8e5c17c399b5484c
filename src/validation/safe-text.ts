import * as z from 'zod';

/**
 * Characters refused in every text a person types: NUL and the other C0 controls except tab, line feed and carriage
 * return, DEL, the C1 controls, and the bidirectional embedding/override/isolate controls (U+202A–U+202E,
 * U+2066–U+2069), which can make a title read as something else ("text spoofing"). Zero-width joiners (emoji),
 * the left-to-right and right-to-left marks and right-to-left text itself stay allowed.
 */
// eslint-disable-next-line no-control-regex
export const UNSAFE_TEXT = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/;

export const UNSAFE_TEXT_MESSAGE = 'unsafeCharacters';

/** A string without the characters above; `parseWith` applies it to every field of every form. */
export const safeText = () => z.string().refine((value) => !UNSAFE_TEXT.test(value), UNSAFE_TEXT_MESSAGE);

const safeField = z.union([safeText(), z.array(safeText())]);

/** The fields of raw form input whose value (or one of whose values) holds an unsafe character. */
export function unsafeTextFields(input: unknown): string[] {
  if (!input || typeof input !== 'object' || Array.isArray(input)) return [];
  const fields: string[] = [];
  for (const [key, value] of Object.entries(input)) {
    if ((typeof value === 'string' || Array.isArray(value)) && !safeField.safeParse(value).success) fields.push(key);
  }
  return fields;
}
