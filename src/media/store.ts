import { checkImage, IMAGE_CONTENT_TYPES, IMAGE_EXTENSIONS, type ImageFormat, type ImageProblem } from './image-check';

/** A stored image as the pages use it: the key in R2 and the size the HTML reserves for it. */
export type StoredImage = { key: string; width: number; height: number };

/**
 * Content-addressed: the SHA-256 of the bytes, then the size read from them, then the format. The same file always
 * gets the same key, so an object never changes and may be cached for a year; the size travels with the key.
 */
const KEY_PATTERN = /^([0-9a-f]{64})-([1-9][0-9]{0,4})x([1-9][0-9]{0,4})\.(jpg|png|webp)$/;
const FORMAT_OF_EXTENSION: Record<string, ImageFormat> = { jpg: 'jpeg', png: 'png', webp: 'webp' };

export function parseMediaKey(key: string): (StoredImage & { format: ImageFormat }) | null {
  const match = KEY_PATTERN.exec(key);
  if (!match) return null;
  return { key, width: Number(match[2]), height: Number(match[3]), format: FORMAT_OF_EXTENSION[match[4]!]! };
}

export const mediaPath = (key: string) => `/media/${key}`;

async function sha256Hex(bytes: Uint8Array): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
  return Array.from(digest, (b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * Checks the bytes and writes them under their key. Writing before the database command is safe: the key is derived
 * from the content, so a retry writes the same object, and an object no row points to is only unused storage.
 */
export async function storeImage(
  bucket: R2Bucket,
  bytes: Uint8Array,
): Promise<{ ok: true; image: StoredImage } | { ok: false; problem: ImageProblem }> {
  const check = checkImage(bytes);
  if (!check.ok) return check;
  const { format, width, height } = check.image;
  const key = `${await sha256Hex(bytes)}-${width}x${height}.${IMAGE_EXTENSIONS[format]}`;
  if (!(await bucket.head(key))) await bucket.put(key, bytes, { httpMetadata: { contentType: IMAGE_CONTENT_TYPES[format] } });
  return { ok: true, image: { key, width, height } };
}

/** A key that came back from a form: only one of ours that exists in the bucket counts. */
export async function existingImage(bucket: R2Bucket, key: string): Promise<StoredImage | null> {
  const parsed = parseMediaKey(key);
  if (!parsed || !(await bucket.head(key))) return null;
  return { key, width: parsed.width, height: parsed.height };
}
