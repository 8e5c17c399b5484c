import * as z from 'zod';
import type { AppContext } from '../env';
import type { Locale } from '../i18n';
import type { FieldErrors, FormInput } from '../validation/form';
import { MAX_IMAGE_BYTES } from './image-check';
import { existingImage, parseMediaKey, storeImage, type StoredImage } from './store';
import { mediaTexts } from './texts';

/** An image as a form's data keeps it: the stored image and its alt text ('' = decorative, no description). */
export type ImageRef = StoredImage & { alt: string };

/**
 * The fields of one image in a form, by prefix: `photo` (the file), `photoKey` (hidden: the image already stored),
 * `photoAlt`, `photoDecorative` and `photoRemove`.
 */
export type ImagePrefix = 'photo' | 'logo';
export const imageFieldNames = (p: ImagePrefix) =>
  ({ file: p, key: `${p}Key`, alt: `${p}Alt`, decorative: `${p}Decorative`, remove: `${p}Remove` }) as const;

export const MAX_ALT_LENGTH = 250;
const HTML_TAG = /<\s*\/?\s*[a-z!?][^>]*>/i;
const altText = z
  .string()
  .trim()
  .max(MAX_ALT_LENGTH)
  .refine((v) => !HTML_TAG.test(v));

const text = (input: FormInput, name: string) => {
  const v = input[name];
  return (Array.isArray(v) ? v[0] : v) ?? '';
};

async function uploadedFile(c: AppContext, name: string): Promise<File | null> {
  // The body was parsed (and a malformed one answered 400) by readForm; Hono keeps the parsed body, files included.
  const body = await c.req.parseBody({ all: true });
  const value = body[name];
  const file = Array.isArray(value) ? value[0] : value;
  return file instanceof File && file.size > 0 ? file : null;
}

/**
 * Stores a newly chosen image in R2 and points the form's hidden key at it, so a later 422 re-render keeps it;
 * "remove" clears the key; a key that is not ours or no longer exists is dropped. Returns the file field's error.
 */
export async function stageImage(c: AppContext, input: FormInput, prefix: ImagePrefix): Promise<FieldErrors> {
  const names = imageFieldNames(prefix);
  const t = mediaTexts[c.var.locale];
  const file = await uploadedFile(c, names.file);
  if (file) {
    if (file.size > MAX_IMAGE_BYTES) return { [names.file]: t.tooLarge };
    const stored = await storeImage(c.env.MEDIA, new Uint8Array(await file.arrayBuffer()));
    if (!stored.ok) return { [names.file]: t[stored.problem] };
    input[names.key] = stored.image.key;
    return {};
  }
  if (text(input, names.remove) !== '') {
    input[names.key] = '';
    return {};
  }
  const key = text(input, names.key);
  if (key !== '' && !(await existingImage(c.env.MEDIA, key))) {
    input[names.key] = '';
    return { [names.file]: t.keyInvalid };
  }
  return {};
}

/** The image the (staged) form input describes, and the alt-text rule: required unless marked decorative. */
export function imageFromInput(input: FormInput, prefix: ImagePrefix, locale: Locale): { image: ImageRef | null; errors: FieldErrors } {
  const names = imageFieldNames(prefix);
  const t = mediaTexts[locale];
  const stored = parseMediaKey(text(input, names.key));
  const alt = altText.safeParse(text(input, names.alt));
  if (!alt.success) return { image: null, errors: { [names.alt]: t.altInvalid } };
  if (!stored) return { image: null, errors: {} };
  const decorative = text(input, names.decorative) !== '';
  if (!decorative && alt.data === '') return { image: null, errors: { [names.alt]: t.altRequired } };
  return { image: { key: stored.key, width: stored.width, height: stored.height, alt: decorative ? '' : alt.data }, errors: {} };
}

/** The form values that show a stored image again (the edit form's starting point). */
export function imageToInput(image: ImageRef | null, prefix: ImagePrefix): FormInput {
  const names = imageFieldNames(prefix);
  if (!image) return { [names.key]: '', [names.alt]: '', [names.decorative]: '' };
  return { [names.key]: image.key, [names.alt]: image.alt, [names.decorative]: image.alt === '' ? 'on' : '' };
}

/** A stored row's key and alt text as an image, or null. */
export function imageOfColumns(key: string | null, alt: string | null): ImageRef | null {
  const parsed = key ? parseMediaKey(key) : null;
  return parsed ? { key: parsed.key, width: parsed.width, height: parsed.height, alt: alt ?? '' } : null;
}
