import { decryptSecret, encryptSecret, importSecretBoxKey, isEncrypted, SecretBoxKeyError, SecretBoxOpenError } from './secret-box';

/**
 * DEVELOPMENT AND TESTS ONLY — publicly known (it is in wrangler.toml [vars] and in this repository): the base64 of
 * "VW-DEVELOPMENT-ONLY-TOTP-KEY-000". The demo data is encrypted with it. Refused when ENVIRONMENT is anything else;
 * production sets its own key with `npx wrangler secret put TOTP_ENCRYPTION_KEY`.
 */
export const DEVELOPMENT_TOTP_ENCRYPTION_KEY = 'VlctREVWRUxPUE1FTlQtT05MWS1UT1RQLUtFWS0wMDA=';
const DEVELOPMENT_ENVIRONMENTS = ['development', 'test'];

export type TotpKeySettings = { ENVIRONMENT: string; TOTP_ENCRYPTION_KEY?: string };

/** The portal is not set up to read or store second factors; logged, and the request answers 500. */
export class TotpKeyConfigurationError extends Error {
  override name = 'TotpKeyConfigurationError';
}

const SETUP_HINT = 'set 32 random bytes in base64: `openssl rand -base64 32 | npx wrangler secret put TOTP_ENCRYPTION_KEY`';

function configuredKey(env: TotpKeySettings): string {
  const key = env.TOTP_ENCRYPTION_KEY?.trim();
  if (!key)
    throw new TotpKeyConfigurationError(`TOTP_ENCRYPTION_KEY is not configured, so second factors can be neither checked nor stored; ${SETUP_HINT}`);
  if (key === DEVELOPMENT_TOTP_ENCRYPTION_KEY && !DEVELOPMENT_ENVIRONMENTS.includes(env.ENVIRONMENT)) {
    throw new TotpKeyConfigurationError(
      `TOTP_ENCRYPTION_KEY is the public development key from wrangler.toml, refused when ENVIRONMENT is "${env.ENVIRONMENT}"; ${SETUP_HINT}`,
    );
  }
  return key;
}

/** Additional authenticated data: the column and the owner, so an encrypted secret only decrypts in its own row. */
const context = (userId: number) => `users.totp_secret:${userId}`;

export type DecryptedTotpSecret = { secret: string; legacyPlainText: boolean };

/** Encrypts TOTP secrets for the users table and decrypts them again; the key is only needed (and checked) when used. */
export type TotpSecretBox = {
  encrypt(secret: string, userId: number): Promise<string>;
  /** A stored value without the `v1:` prefix is plain text from before encryption: returned as it is, marked legacy. */
  decrypt(stored: string, userId: number): Promise<DecryptedTotpSecret>;
};

export function totpSecretBox(env: TotpKeySettings): TotpSecretBox {
  const key = async () => {
    try {
      return await importSecretBoxKey(configuredKey(env));
    } catch (error) {
      if (error instanceof SecretBoxKeyError) throw new TotpKeyConfigurationError(`TOTP_ENCRYPTION_KEY is invalid: ${error.message}; ${SETUP_HINT}`);
      throw error;
    }
  };
  return {
    async encrypt(secret, userId) {
      return encryptSecret(await key(), secret, context(userId));
    },
    async decrypt(stored, userId) {
      if (!isEncrypted(stored)) return { secret: stored, legacyPlainText: true };
      try {
        return { secret: await decryptSecret(await key(), stored, context(userId)), legacyPlainText: false };
      } catch (error) {
        if (error instanceof SecretBoxOpenError) {
          throw new SecretBoxOpenError(`the TOTP secret of user ${userId} does not decrypt: ${error.message}. Was TOTP_ENCRYPTION_KEY changed?`);
        }
        throw error;
      }
    },
  };
}

/** The box for the local demo data, encrypted with the development key. */
export const developmentTotpSecretBox = () => totpSecretBox({ ENVIRONMENT: 'development', TOTP_ENCRYPTION_KEY: DEVELOPMENT_TOTP_ENCRYPTION_KEY });
