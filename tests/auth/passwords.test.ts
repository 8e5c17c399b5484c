import { describe, expect, it } from 'vitest';
import { COMMON_PASSWORDS } from '../../src/auth/common-passwords';
import { burnPasswordCheck, hashPassword, PBKDF2_ITERATIONS, verifyPassword } from '../../src/auth/password';
import { isCommonPassword, passwordProblem } from '../../src/auth/password-rules';

describe('password hashing', () => {
  it('uses PBKDF2-SHA-256 at no more than 100,000 iterations (the Workers cap)', () => {
    expect(PBKDF2_ITERATIONS).toBeLessThanOrEqual(100_000);
    expect(PBKDF2_ITERATIONS).toBeGreaterThanOrEqual(100_000);
  });

  it('stores scheme, iterations, a per-user salt and the hash together', async () => {
    const [a, b] = [await hashPassword('een lange zin als wachtwoord'), await hashPassword('een lange zin als wachtwoord')];
    expect(a).toMatch(/^pbkdf2-sha256\$100000\$[A-Za-z0-9_-]{22}\$[A-Za-z0-9_-]{43}$/);
    expect(a.split('$')[2]).not.toBe(b.split('$')[2]);
    expect(a).not.toBe(b);
    expect((await verifyPassword('een lange zin als wachtwoord', a)).ok).toBe(true);
    expect((await verifyPassword('een andere zin als wachtwoord', a)).ok).toBe(false);
  });

  it('verifies old hashes with fewer iterations and asks for a rehash', async () => {
    const old = await hashPassword('een lange zin als wachtwoord', 1000);
    expect(await verifyPassword('een lange zin als wachtwoord', old)).toEqual({ ok: true, needsRehash: true });
  });

  it('has a dummy check that costs a full PBKDF2 run and never throws', async () => {
    await expect(burnPasswordCheck('whatever')).resolves.toBeUndefined();
  });
});

describe('password rules', () => {
  it('asks for 12 to 128 characters, counted as characters, not bytes', () => {
    expect(passwordProblem('kort-wachtw')).toBe('passwordTooShort');
    expect(passwordProblem('fietsenstalling-bij-het-station')).toBeNull();
    expect(passwordProblem('x'.repeat(129))).toBe('passwordTooLong');
    // Twelve emoji are twelve characters (24 UTF-16 units).
    expect(passwordProblem('🌳🏠🚲🌻🍎☕🎨🧩🎵📚⚽🌈')).toBeNull();
    expect(passwordProblem('ñandú-piñata-árbol')).toBeNull();
    expect(passwordProblem('🌳🏠🚲🌻🍎☕🎨🧩🎵📚⚽')).toBe('passwordTooShort');
  });

  it('has no composition rules', () => {
    expect(passwordProblem('alleen kleine letters en spaties')).toBeNull();
  });

  it('ships a list of a few thousand common passwords', () => {
    expect(COMMON_PASSWORDS.size).toBeGreaterThan(2000);
    for (const p of ['123456', 'password', 'qwerty', 'wachtwoord', 'welkom', 'iloveyou']) expect(COMMON_PASSWORDS.has(p)).toBe(true);
  });

  it('refuses common passwords, also with digits around them, substitutions or repetition', () => {
    for (const p of [
      '123456789012',
      'qwertyuiop123',
      'Wachtwoord2024!',
      'P@ssw0rd12345',
      'passwordpassword',
      'welkomwelkom',
      'abcabcabcabc',
      'aaaaaaaaaaaa',
      'Maastricht2025',
      'correct horse battery staple',
      'iloveyou1234',
    ]) {
      expect(isCommonPassword(p), p).toBe(true);
      expect(passwordProblem(p), p).toBe('passwordTooCommon');
    }
  });

  it('accepts ordinary passphrases', () => {
    for (const p of ['mijn fiets is blauw 42', 'koffie-met-vlaai-op-zondag', 'Pottenberg bloeit in mei']) expect(passwordProblem(p), p).toBeNull();
  });

  it('refuses the e-mail address as password', () => {
    expect(passwordProblem('piet.jansen@voorbeeld.nl', 'piet.jansen@voorbeeld.nl')).toBe('passwordIsEmail');
  });
});
