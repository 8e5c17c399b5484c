// RFC 6238 time-based one-time passwords (HMAC-SHA1, 30 s, 6 digits), as an authenticator app computes them.
import { createHmac } from 'node:crypto';

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

export function base32Decode(text) {
  const clean = text.replace(/[\s=-]/g, '').toUpperCase();
  let bits = 0;
  let value = 0;
  const bytes = [];
  for (const char of clean) {
    const index = ALPHABET.indexOf(char);
    if (index < 0) throw new Error(`Not a base32 character: ${char}`);
    value = (value << 5) | index;
    bits += 5;
    if (bits >= 8) {
      bytes.push((value >>> (bits - 8)) & 0xff);
      bits -= 8;
    }
  }
  return Buffer.from(bytes);
}

export function hotp(key, counter, digits = 6) {
  const message = Buffer.alloc(8);
  message.writeBigUInt64BE(BigInt(counter));
  const hmac = createHmac('sha1', key).update(message).digest();
  const offset = hmac[hmac.length - 1] & 0x0f;
  const binary = hmac.readUInt32BE(offset) & 0x7fffffff;
  return String(binary % 10 ** digits).padStart(digits, '0');
}

const usedSteps = new Map();

/**
 * The current code for a base32 secret. An account accepts a code only once, so when `account` already used a code
 * of the current 30-second step (an earlier login in the same run), wait for the next step first.
 */
export async function freshTotp(secret, account = secret, stepSeconds = 30) {
  let step = Math.floor(Date.now() / 1000 / stepSeconds);
  if ((usedSteps.get(account) ?? -1) >= step) {
    const nextStepAt = (step + 1) * stepSeconds * 1000;
    await new Promise((r) => setTimeout(r, nextStepAt - Date.now() + 200));
    step = Math.floor(Date.now() / 1000 / stepSeconds);
  }
  // Too close to the end of a step, the code could expire between typing and submitting.
  if ((step + 1) * stepSeconds * 1000 - Date.now() < 3_000) {
    await new Promise((r) => setTimeout(r, (step + 1) * stepSeconds * 1000 - Date.now() + 200));
    step += 1;
  }
  usedSteps.set(account, step);
  return hotp(base32Decode(secret), step);
}
