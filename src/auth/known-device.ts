import type { Context } from 'hono';
import { getCookie, setCookie } from 'hono/cookie';
import type { AppEnv } from '../env';
import { isDevelopmentEnvironment } from '../security/environment';
import { constantTimeEqual, fromBase64Url, toBase64Url } from './crypto';

/*
 * A "known device": a browser on which the account completed a full login (password and, where required, second
 * factor) or set a new password from a reset link. It carries a signed cookie `v1.<user id>.<issued ms>.<HMAC>`; no
 * row in the database. A login from a known device is counted against that device's own failure counter instead of
 * the account's, so strangers posting wrong passwords for an address cannot lock its owner out (see the README,
 * "Login lock-out"). It never replaces the password or the second factor.
 */

export const KNOWN_DEVICE_COOKIE = '__Host-apparaat';
export const KNOWN_DEVICE_MS = 180 * 24 * 60 * 60 * 1000;
const encoder = new TextEncoder();

export type KnownDevice = { userId: number; issuedAt: number; id: string };

type KeySettings = Pick<Env, 'ENVIRONMENT'> & { TOTP_ENCRYPTION_KEY?: string };

const keys = new Map<string, Promise<CryptoKey>>();

/** An HMAC key derived (HKDF) from TOTP_ENCRYPTION_KEY, so there is no extra secret to set. Null when not configured. */
function signingKey(env: KeySettings): Promise<CryptoKey> | null {
  const source = env.TOTP_ENCRYPTION_KEY?.trim();
  if (!source) return null;
  // The public development key signs nothing outside development and tests.
  if (source === 'VlctREVWRUxPUE1FTlQtT05MWS1UT1RQLUtFWS0wMDA=' && !isDevelopmentEnvironment(env.ENVIRONMENT)) return null;
  let key = keys.get(source);
  if (!key) {
    key = (async () => {
      const raw = Uint8Array.from(atob(source), (ch) => ch.charCodeAt(0));
      const base = await crypto.subtle.importKey('raw', raw, 'HKDF', false, ['deriveKey']);
      return crypto.subtle.deriveKey(
        { name: 'HKDF', hash: 'SHA-256', salt: new Uint8Array(0), info: encoder.encode('partnerportaal known-device v1') },
        base,
        { name: 'HMAC', hash: 'SHA-256', length: 256 },
        false,
        ['sign'],
      );
    })();
    keys.set(source, key);
  }
  return key;
}

async function mac(key: CryptoKey, payload: string): Promise<Uint8Array> {
  return new Uint8Array(await crypto.subtle.sign('HMAC', key, encoder.encode(payload)));
}

/** Marks this browser as a known device of the user (after a full login or a password reset). */
export async function rememberDevice(c: Context<AppEnv>, userId: number, now = Date.now()): Promise<void> {
  const key = signingKey(c.env);
  if (!key) return;
  const payload = `v1.${userId}.${now}`;
  const value = `${payload}.${toBase64Url(await mac(await key, payload))}`;
  setCookie(c, KNOWN_DEVICE_COOKIE, value, { path: '/', httpOnly: true, secure: true, sameSite: 'Lax', maxAge: KNOWN_DEVICE_MS / 1000 });
}

/** The known device this request comes from: a cookie with a valid signature, not older than KNOWN_DEVICE_MS. */
export async function knownDevice(c: Context<AppEnv>, now = Date.now()): Promise<KnownDevice | null> {
  const value = getCookie(c, KNOWN_DEVICE_COOKIE);
  const match = value ? /^(v1\.(\d{1,12})\.(\d{13}))\.([A-Za-z0-9_-]{43})$/.exec(value) : null;
  const key = match ? signingKey(c.env) : null;
  if (!match || !key) return null;
  const [, payload, userId, issuedAt, signature] = match;
  if (!constantTimeEqual(await mac(await key, payload!), fromBase64Url(signature!))) return null;
  const issued = Number(issuedAt);
  if (issued > now + 60_000 || now - issued > KNOWN_DEVICE_MS) return null;
  return { userId: Number(userId), issuedAt: issued, id: `${userId}.${issuedAt}` };
}
