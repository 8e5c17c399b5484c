import type { Context } from 'hono';
import type { z } from 'zod';
import type { Locale, TextTable } from '../i18n';
import { HTTPException } from 'hono/http-exception';
import { unsafeTextFields } from './safe-text';
import { validationTexts } from './texts';

/** Raw form input: every value a string, fields that may repeat (checkboxes) as arrays. Files are dropped. */
export type FormInput = Record<string, string | string[]>;
export type FieldErrors = Record<string, string>;

/** Only UTF-8 (or no charset) is read; a body the platform cannot parse answers 400 with the Dutch error page. */
export async function readForm(c: Context): Promise<FormInput> {
  const charset = /;\s*charset\s*=\s*"?([^";\s]+)/i.exec(c.req.header('Content-Type') ?? '')?.[1];
  if (charset && !/^utf-?8$/i.test(charset)) throw new HTTPException(400, { message: 'unreadable-form' });
  let body: Awaited<ReturnType<typeof c.req.parseBody>>;
  try {
    body = await c.req.parseBody({ all: true });
  } catch (cause) {
    throw new HTTPException(400, { message: 'unreadable-form', cause });
  }
  const input: FormInput = {};
  for (const [key, value] of Object.entries(body)) {
    if (Array.isArray(value)) input[key] = value.filter((v): v is string => typeof v === 'string');
    else if (typeof value === 'string') input[key] = value;
  }
  return input;
}

/** Reads a multi-valued field (checkbox group) from form input, always as an array. */
export function many(input: FormInput, name: string): string[] {
  const value = input[name];
  if (value === undefined) return [];
  return Array.isArray(value) ? value : [value];
}

export function one(input: FormInput, name: string): string {
  const value = input[name];
  return (Array.isArray(value) ? value[0] : value) ?? '';
}

function genericMessage(issue: z.core.$ZodIssue, locale: Locale): string {
  const t = validationTexts[locale];
  switch (issue.code) {
    case 'too_big':
      return issue.origin === 'array' || issue.origin === 'set' ? t.tooMany(Number(issue.maximum)) : t.tooLong(Number(issue.maximum));
    case 'too_small':
      if (issue.origin === 'array' || issue.origin === 'set') return t.chooseAtLeastOne;
      return Number(issue.minimum) <= 1 ? t.required : t.tooShort(Number(issue.minimum));
    case 'invalid_format':
      if (issue.format === 'email') return t.invalidEmail;
      if (issue.format === 'url') return t.invalidUrl;
      if (issue.format === 'date') return t.invalidDate;
      if (issue.format === 'time') return t.invalidTime;
      return t.invalidValue;
    case 'invalid_value':
      return t.invalidOption;
    case 'invalid_type':
      return issue.expected === 'number' ? t.invalidNumber : t.required;
    default:
      return t.invalidValue;
  }
}

/**
 * Turns zod issues into one message per field. A schema may name a message key of the feature's text table
 * (e.g. `.min(1, 'titleRequired')`); otherwise a generic message is used. The first message per field wins.
 */
export function fieldErrors(error: z.ZodError, locale: Locale, texts?: Record<Locale, TextTable>): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of error.issues) {
    const field = issue.path.length ? String(issue.path[0]) : '_form';
    if (errors[field]) continue;
    const own = texts?.[locale][issue.message];
    const shared = (validationTexts[locale] as TextTable)[issue.message];
    const text = own ?? shared;
    errors[field] = typeof text === 'string' ? text : genericMessage(issue, locale);
  }
  return errors;
}

export type ParseResult<T> = { ok: true; data: T } | { ok: false; errors: FieldErrors };

export function parseWith<S extends z.ZodType>(
  schema: S,
  input: unknown,
  locale: Locale,
  texts?: Record<Locale, TextTable>,
): ParseResult<z.infer<S>> {
  const result = schema.safeParse(input);
  const unsafe = unsafeTextFields(input);
  if (result.success && !unsafe.length) return { ok: true, data: result.data };
  const errors = result.success ? {} : fieldErrors(result.error, locale, texts);
  // Control and bidi characters are refused at the field they were typed in, before any other message.
  for (const field of unsafe) errors[field] = validationTexts[locale].unsafeCharacters;
  return { ok: false, errors };
}
