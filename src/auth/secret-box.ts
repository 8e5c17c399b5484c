/**
 * Authenticated encryption of small secrets at rest: AES-256-GCM through Web Crypto. An encrypted value reads
 * `v1:<base64 IV>:<base64 ciphertext with its 128-bit tag>`, with a fresh random 96-bit IV each time. The `context`
 * is bound as additional authenticated data (for example the owner's user id), so a value copied to another place
 * does not decrypt there, and neither does a value that was altered or encrypted under another key.
 */
export const ENCRYPTED_PREFIX = 'v1:';
const KEY_BYTES = 32;
const IV_BYTES = 12;

/** The key is missing or is not 32 bytes in base64. The message never contains the key. */
export class SecretBoxKeyError extends Error {
  override name = 'SecretBoxKeyError';
}

/** An encrypted value that does not decrypt: another key, another context, or changed since it was encrypted. */
export class SecretBoxOpenError extends Error {
  override name = 'SecretBoxOpenError';
}

function encodeBase64(bytes: Uint8Array): string {
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary);
}

function decodeBase64(text: string): Uint8Array | null {
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(text) || text.length % 4 !== 0) return null;
  return Uint8Array.from(atob(text), (ch) => ch.charCodeAt(0));
}

// One import per isolate: every request of the same isolate reuses the non-extractable key.
let cached: { source: string; key: Promise<CryptoKey> } | null = null;

/** Imports a 256-bit AES-GCM key given in base64 (e.g. made with `openssl rand -base64 32`). */
export async function importSecretBoxKey(base64Key: string): Promise<CryptoKey> {
  const source = base64Key.trim();
  if (cached?.source === source) return cached.key;
  const bytes = decodeBase64(source);
  if (!bytes || bytes.length !== KEY_BYTES) {
    throw new SecretBoxKeyError(`the key must be ${KEY_BYTES} random bytes in base64 (e.g. \`openssl rand -base64 32\`)`);
  }
  const key = crypto.subtle.importKey('raw', bytes, { name: 'AES-GCM' }, false, ['encrypt', 'decrypt']);
  cached = { source, key };
  return key;
}

export function isEncrypted(stored: string): boolean {
  return stored.startsWith(ENCRYPTED_PREFIX);
}

export async function encryptSecret(key: CryptoKey, plaintext: string, context: string): Promise<string> {
  const iv = crypto.getRandomValues(new Uint8Array(IV_BYTES));
  const ciphertext = await crypto.subtle.encrypt(
    { name: 'AES-GCM', iv, additionalData: new TextEncoder().encode(context) },
    key,
    new TextEncoder().encode(plaintext),
  );
  return `${ENCRYPTED_PREFIX}${encodeBase64(iv)}:${encodeBase64(new Uint8Array(ciphertext))}`;
}

export async function decryptSecret(key: CryptoKey, stored: string, context: string): Promise<string> {
  const [version, ivText, ciphertextText, ...rest] = stored.split(':');
  const iv = ivText ? decodeBase64(ivText) : null;
  const ciphertext = ciphertextText ? decodeBase64(ciphertextText) : null;
  if (`${version}:` !== ENCRYPTED_PREFIX || rest.length || !iv || iv.length !== IV_BYTES || !ciphertext) {
    throw new SecretBoxOpenError('not an encrypted value in the v1 format');
  }
  try {
    const plaintext = await crypto.subtle.decrypt({ name: 'AES-GCM', iv, additionalData: new TextEncoder().encode(context) }, key, ciphertext);
    return new TextDecoder().decode(plaintext);
  } catch {
    throw new SecretBoxOpenError('the value does not decrypt with this key and context (another key, another owner, or altered)');
  }
}
