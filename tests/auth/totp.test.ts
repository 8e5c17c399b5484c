import { describe, expect, it } from 'vitest';
import { generateRecoveryCodes, hashRecoveryCode, normaliseRecoveryCode, RECOVERY_CODE_COUNT } from '../../src/auth/recovery-codes';
import { base32Decode, base32Encode, generateTotpSecret, hotp, isValidTotpSecret, otpauthUri, totpCode, verifyTotp } from '../../src/auth/totp';

// RFC 6238 appendix B: the SHA-1 seed is the ASCII string "12345678901234567890".
const RFC_SECRET = base32Encode(new TextEncoder().encode('12345678901234567890'));

describe('TOTP (RFC 6238, HMAC-SHA1 through Web Crypto)', () => {
  it('matches the RFC 6238 test vectors (last six digits of the eight-digit values)', async () => {
    const vectors: [number, string][] = [
      [59, '94287082'],
      [1111111109, '07081804'],
      [1111111111, '14050471'],
      [1234567890, '89005924'],
      [2000000000, '69279037'],
      [20000000000, '65353130'],
    ];
    for (const [seconds, eight] of vectors) {
      expect(await totpCode(RFC_SECRET, seconds * 1000)).toBe(eight.slice(2));
      expect(await hotp(new TextEncoder().encode('12345678901234567890'), Math.floor(seconds / 30), 8)).toBe(eight);
    }
  });

  it('matches the RFC 4226 HOTP vectors', async () => {
    const secret = new TextEncoder().encode('12345678901234567890');
    const expected = ['755224', '287082', '359152', '969429', '338314', '254676', '287922', '162583', '399871', '520489'];
    for (let i = 0; i < expected.length; i++) expect(await hotp(secret, i)).toBe(expected[i]);
  });

  it('round-trips base32 and refuses anything else', () => {
    const bytes = crypto.getRandomValues(new Uint8Array(20));
    expect(base32Decode(base32Encode(bytes))).toEqual(bytes);
    expect(base32Decode('abcd efgh')).toEqual(base32Decode('ABCDEFGH'));
    expect(base32Decode('0189!')).toBeNull();
    expect(base32Decode('')).toBeNull();
  });

  it('generates 160-bit secrets, different every time', () => {
    const a = generateTotpSecret();
    expect(a).toMatch(/^[A-Z2-7]{32}$/);
    expect(base32Decode(a)).toHaveLength(20);
    expect(generateTotpSecret()).not.toBe(a);
    expect(isValidTotpSecret(a)).toBe(true);
    expect(isValidTotpSecret('ABCDEFGH')).toBe(false);
  });

  it('accepts one step of clock drift either way, but not two', async () => {
    const secret = generateTotpSecret();
    const now = Date.UTC(2026, 2, 15, 10, 0, 15);
    for (const offset of [-30_000, 0, 30_000]) expect(await verifyTotp(secret, await totpCode(secret, now + offset), now)).not.toBeNull();
    for (const offset of [-60_000, 60_000]) expect(await verifyTotp(secret, await totpCode(secret, now + offset), now)).toBeNull();
  });

  it('refuses a code of a step that was already used (single use)', async () => {
    const secret = generateTotpSecret();
    const now = Date.UTC(2026, 2, 15, 10, 0, 15);
    const code = await totpCode(secret, now);
    const step = await verifyTotp(secret, code, now);
    expect(step).not.toBeNull();
    expect(await verifyTotp(secret, code, now, step)).toBeNull();
    expect(await verifyTotp(secret, await totpCode(secret, now + 30_000), now, step)).toBe(step! + 1);
  });

  it('ignores spaces in the typed code and refuses non-digits', async () => {
    const secret = generateTotpSecret();
    const now = Date.now();
    const code = await totpCode(secret, now);
    expect(await verifyTotp(secret, `${code.slice(0, 3)} ${code.slice(3)}`, now)).not.toBeNull();
    expect(await verifyTotp(secret, 'abcdef', now)).toBeNull();
    expect(await verifyTotp(secret, '1234567', now)).toBeNull();
  });

  it('builds an otpauth URI any authenticator app reads', () => {
    const uri = otpauthUri('JBSWY3DPEHPK3PXP', 'piet@voorbeeld.nl');
    expect(uri).toBe(
      'otpauth://totp/Veerkrachtige%20Wijken%3Apiet%40voorbeeld.nl?secret=JBSWY3DPEHPK3PXP&issuer=Veerkrachtige+Wijken&algorithm=SHA1&digits=6&period=30',
    );
  });
});

describe('recovery codes', () => {
  it('are ten unique codes of the form xxxxx-xxxxx', () => {
    const codes = generateRecoveryCodes();
    expect(codes).toHaveLength(RECOVERY_CODE_COUNT);
    expect(new Set(codes).size).toBe(RECOVERY_CODE_COUNT);
    for (const code of codes) expect(code).toMatch(/^[a-z2-9]{5}-[a-z2-9]{5}$/);
  });

  it('accept any case, spaces and dashes when typed, and are stored only as a hash', async () => {
    const [code] = generateRecoveryCodes();
    expect(normaliseRecoveryCode(` ${code!.toUpperCase().replace('-', ' ')} `)).toBe(code);
    expect(normaliseRecoveryCode('kort')).toBeNull();
    const hash = await hashRecoveryCode(code!);
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(hash).not.toContain(code!.replace('-', ''));
  });
});
