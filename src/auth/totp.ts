import { constantTimeEqual } from './crypto';

/** Time-based one-time passwords (RFC 6238) with HMAC-SHA1, 6 digits and 30-second steps: what every app expects. */
export const TOTP_DIGITS = 6;
export const TOTP_PERIOD_SECONDS = 30;
/** Codes of one step before and after are accepted, for clocks that are slightly off. */
const ALLOWED_DRIFT_STEPS = 1;
const SECRET_BYTES = 20; // 160 bits, the size RFC 4226 recommends

const BASE32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

export function base32Encode(bytes: Uint8Array): string {
  let bits = 0;
  let value = 0;
  let out = '';
  for (const byte of bytes) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += BASE32[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  if (bits > 0) out += BASE32[(value << (5 - bits)) & 31];
  return out;
}

/** Decodes base32 (case and spaces ignored); returns null for anything that is not base32. */
export function base32Decode(text: string): Uint8Array | null {
  const clean = text.replace(/[\s=-]/g, '').toUpperCase();
  if (!clean || !/^[A-Z2-7]+$/.test(clean)) return null;
  const out: number[] = [];
  let bits = 0;
  let value = 0;
  for (const ch of clean) {
    value = (value << 5) | BASE32.indexOf(ch);
    bits += 5;
    if (bits >= 8) {
      out.push((value >>> (bits - 8)) & 255);
      bits -= 8;
    }
  }
  return Uint8Array.from(out);
}

export function generateTotpSecret(): string {
  return base32Encode(crypto.getRandomValues(new Uint8Array(SECRET_BYTES)));
}

export function isValidTotpSecret(secret: string): boolean {
  const bytes = base32Decode(secret);
  return bytes !== null && bytes.length >= 16 && bytes.length <= 64;
}

export function timeStep(now: number): number {
  return Math.floor(now / 1000 / TOTP_PERIOD_SECONDS);
}

/** HOTP (RFC 4226) for one counter value: dynamic truncation of HMAC-SHA1. */
export async function hotp(secret: Uint8Array, counter: number, digits = TOTP_DIGITS): Promise<string> {
  const message = new Uint8Array(8);
  new DataView(message.buffer).setBigUint64(0, BigInt(counter));
  const key = await crypto.subtle.importKey('raw', secret, { name: 'HMAC', hash: 'SHA-1' }, false, ['sign']);
  const mac = new Uint8Array(await crypto.subtle.sign('HMAC', key, message));
  const offset = mac[mac.length - 1]! & 0x0f;
  const binary = ((mac[offset]! & 0x7f) << 24) | (mac[offset + 1]! << 16) | (mac[offset + 2]! << 8) | mac[offset + 3]!;
  return String(binary % 10 ** digits).padStart(digits, '0');
}

/** The code an authenticator app shows at `now` (epoch ms). */
export async function totpCode(secret: string, now = Date.now()): Promise<string> {
  const bytes = base32Decode(secret);
  if (!bytes) throw new Error('invalid TOTP secret');
  return hotp(bytes, timeStep(now));
}

export function looksLikeTotpCode(input: string): boolean {
  return /^\d{6}$/.test(input.replace(/\s/g, ''));
}

/**
 * Checks a code against the steps around `now`. Returns the matched time step, so the caller can store it and refuse
 * the same or an older step next time (a code is single use); null when the code does not match.
 */
export async function verifyTotp(secret: string, input: string, now = Date.now(), lastUsedStep: number | null = null): Promise<number | null> {
  const code = input.replace(/\s/g, '');
  const bytes = base32Decode(secret);
  if (!bytes || !/^\d{6}$/.test(code)) return null;
  const current = timeStep(now);
  const wanted = new TextEncoder().encode(code);
  let matched: number | null = null;
  // Every candidate is computed and compared, so the time taken does not depend on which one matched.
  for (let step = current - ALLOWED_DRIFT_STEPS; step <= current + ALLOWED_DRIFT_STEPS; step++) {
    const candidate = new TextEncoder().encode(await hotp(bytes, step));
    if (constantTimeEqual(candidate, wanted) && (lastUsedStep === null || step > lastUsedStep)) matched = step;
  }
  return matched;
}

/** The `otpauth://` URI authenticator apps read (as a link on a phone, or typed in by its parts). */
export function otpauthUri(secret: string, accountName: string, issuer = 'Veerkrachtige Wijken'): string {
  const label = encodeURIComponent(`${issuer}:${accountName}`);
  const params = new URLSearchParams({ secret, issuer, algorithm: 'SHA1', digits: String(TOTP_DIGITS), period: String(TOTP_PERIOD_SECONDS) });
  return `otpauth://totp/${label}?${params.toString()}`;
}

/** The secret in groups of four, easier to type over into an app. */
export function groupSecret(secret: string): string {
  return secret.match(/.{1,4}/g)?.join(' ') ?? secret;
}
