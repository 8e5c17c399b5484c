import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { decryptSecret, encryptSecret, importSecretBoxKey, isEncrypted, SecretBoxKeyError, SecretBoxOpenError } from '../../src/auth/secret-box';
import { generateTotpSecret } from '../../src/auth/totp';
import { DEVELOPMENT_TOTP_ENCRYPTION_KEY, TotpKeyConfigurationError, totpSecretBox } from '../../src/auth/totp-secrets';

const randomKey = () => btoa(String.fromCharCode(...crypto.getRandomValues(new Uint8Array(32))));
const decodeBase64 = (text: string) => Uint8Array.from(atob(text), (ch) => ch.charCodeAt(0));
const encodeBase64 = (bytes: Uint8Array) => btoa(String.fromCharCode(...bytes));

/** The same stored value with one bit of the part at `index` (1 = IV, 2 = ciphertext) flipped. */
function flipBit(stored: string, index: 1 | 2, byte = 0): string {
  const parts = stored.split(':');
  const bytes = decodeBase64(parts[index]!);
  bytes[byte] = bytes[byte]! ^ 1;
  parts[index] = encodeBase64(bytes);
  return parts.join(':');
}

describe('secret box (AES-256-GCM at rest)', () => {
  it('round-trips, in the v1:<iv>:<ciphertext> format with a 96-bit IV and a 128-bit tag', async () => {
    const key = await importSecretBoxKey(randomKey());
    const secret = generateTotpSecret();
    const stored = await encryptSecret(key, secret, 'users.totp_secret:7');
    expect(stored).toMatch(/^v1:[A-Za-z0-9+/]+={0,2}:[A-Za-z0-9+/]+={0,2}$/);
    const [, iv, ciphertext] = stored.split(':');
    expect(decodeBase64(iv!)).toHaveLength(12);
    expect(decodeBase64(ciphertext!)).toHaveLength(new TextEncoder().encode(secret).length + 16);
    expect(stored).not.toContain(secret);
    expect(isEncrypted(stored)).toBe(true);
    expect(await decryptSecret(key, stored, 'users.totp_secret:7')).toBe(secret);
  });

  it('gives a different value for every encryption of the same secret (fresh IV)', async () => {
    const key = await importSecretBoxKey(randomKey());
    const values = await Promise.all(Array.from({ length: 5 }, () => encryptSecret(key, 'JBSWY3DPEHPK3PXP', 'users.totp_secret:1')));
    expect(new Set(values).size).toBe(5);
    expect(new Set(values.map((v) => v.split(':')[1])).size).toBe(5);
    for (const value of values) expect(await decryptSecret(key, value, 'users.totp_secret:1')).toBe('JBSWY3DPEHPK3PXP');
  });

  it('does not decrypt with another key', async () => {
    const stored = await encryptSecret(await importSecretBoxKey(randomKey()), 'JBSWY3DPEHPK3PXP', 'users.totp_secret:1');
    const otherKey = await importSecretBoxKey(randomKey());
    await expect(decryptSecret(otherKey, stored, 'users.totp_secret:1')).rejects.toBeInstanceOf(SecretBoxOpenError);
  });

  it('does not decrypt a tampered ciphertext, tag or IV', async () => {
    const key = await importSecretBoxKey(randomKey());
    const stored = await encryptSecret(key, 'JBSWY3DPEHPK3PXP', 'users.totp_secret:1');
    const tagStart = decodeBase64(stored.split(':')[2]!).length - 16;
    for (const tampered of [flipBit(stored, 2, 0), flipBit(stored, 2, tagStart), flipBit(stored, 1, 0)]) {
      expect(tampered).not.toBe(stored);
      await expect(decryptSecret(key, tampered, 'users.totp_secret:1')).rejects.toBeInstanceOf(SecretBoxOpenError);
    }
    for (const malformed of ['v1:', 'v1:abc', `${stored}:extra`, stored.replace('v1:', 'v2:'), 'v1:!!!!:AAAA']) {
      await expect(decryptSecret(key, malformed, 'users.totp_secret:1')).rejects.toBeInstanceOf(SecretBoxOpenError);
    }
  });

  it('does not decrypt with the additional data of another user', async () => {
    const key = await importSecretBoxKey(randomKey());
    const stored = await encryptSecret(key, 'JBSWY3DPEHPK3PXP', 'users.totp_secret:1');
    await expect(decryptSecret(key, stored, 'users.totp_secret:2')).rejects.toBeInstanceOf(SecretBoxOpenError);
    await expect(decryptSecret(key, stored, 'users.totp_secret:11')).rejects.toBeInstanceOf(SecretBoxOpenError);
  });

  it('imports a key once per isolate and refuses keys that are not 32 bytes of base64, without echoing them', async () => {
    const source = randomKey();
    expect(await importSecretBoxKey(source)).toBe(await importSecretBoxKey(source));
    const short = btoa('sixteen byte key');
    for (const bad of [short, 'not base64 at all!', '', `${source}x`]) {
      const error = await importSecretBoxKey(bad).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(SecretBoxKeyError);
      if (bad) expect((error as Error).message).not.toContain(bad);
    }
  });
});

describe('TOTP secret box (key from the Worker binding)', () => {
  it('gets the development key from wrangler.toml [vars] in the tests', () => {
    expect(env.TOTP_ENCRYPTION_KEY).toBe(DEVELOPMENT_TOTP_ENCRYPTION_KEY);
    expect(atob(DEVELOPMENT_TOTP_ENCRYPTION_KEY)).toBe('VW-DEVELOPMENT-ONLY-TOTP-KEY-000');
  });

  it('binds the secret to the user id', async () => {
    const box = totpSecretBox({ ENVIRONMENT: 'production', TOTP_ENCRYPTION_KEY: randomKey() });
    const stored = await box.encrypt('JBSWY3DPEHPK3PXP', 41);
    expect(await box.decrypt(stored, 41)).toEqual({ secret: 'JBSWY3DPEHPK3PXP', legacyPlainText: false });
    const error = await box.decrypt(stored, 42).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SecretBoxOpenError);
    expect((error as Error).message).toContain('user 42');
    expect((error as Error).message).not.toContain('JBSWY3DPEHPK3PXP');
  });

  it('reads a value without the v1: prefix as plain text from before encryption, without needing the key', async () => {
    const box = totpSecretBox({ ENVIRONMENT: 'production' });
    expect(await box.decrypt('JBSWY3DPEHPK3PXP', 3)).toEqual({ secret: 'JBSWY3DPEHPK3PXP', legacyPlainText: true });
  });

  it('fails clearly when the key is missing or invalid, and refuses the development key outside development and tests', async () => {
    const cases: [Parameters<typeof totpSecretBox>[0], RegExp][] = [
      [{ ENVIRONMENT: 'production' }, /TOTP_ENCRYPTION_KEY is not configured.*wrangler secret put TOTP_ENCRYPTION_KEY/],
      [{ ENVIRONMENT: 'production', TOTP_ENCRYPTION_KEY: '  ' }, /TOTP_ENCRYPTION_KEY is not configured/],
      [{ ENVIRONMENT: 'production', TOTP_ENCRYPTION_KEY: btoa('too short') }, /TOTP_ENCRYPTION_KEY is invalid: the key must be 32 random bytes/],
      [{ ENVIRONMENT: 'production', TOTP_ENCRYPTION_KEY: DEVELOPMENT_TOTP_ENCRYPTION_KEY }, /public development key.*"production"/],
      [{ ENVIRONMENT: 'bench', TOTP_ENCRYPTION_KEY: DEVELOPMENT_TOTP_ENCRYPTION_KEY }, /public development key.*"bench"/],
    ];
    for (const [settings, message] of cases) {
      const box = totpSecretBox(settings);
      const error = await box.encrypt('JBSWY3DPEHPK3PXP', 1).catch((e: unknown) => e);
      expect(error, JSON.stringify(settings)).toBeInstanceOf(TotpKeyConfigurationError);
      expect((error as Error).message).toMatch(message);
      await expect(box.decrypt('v1:AAAAAAAAAAAAAAAA:AAAAAAAAAAAAAAAAAAAAAAAA', 1)).rejects.toBeInstanceOf(TotpKeyConfigurationError);
    }
    for (const environment of ['development', 'test']) {
      const box = totpSecretBox({ ENVIRONMENT: environment, TOTP_ENCRYPTION_KEY: DEVELOPMENT_TOTP_ENCRYPTION_KEY });
      expect((await box.decrypt(await box.encrypt('JBSWY3DPEHPK3PXP', 1), 1)).secret).toBe('JBSWY3DPEHPK3PXP');
    }
  });
});
