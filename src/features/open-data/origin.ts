import type { Context } from 'hono';
import type { AppEnv } from '../../env';
import { publicOrigin } from '../../http/origin';

/** The portal's public origin, for absolute links in feeds, the API and the sitemap. */
export const originOf = (c: Context<AppEnv>) => publicOrigin(c);

/** A slug as the public pages accept it; anything else is answered with 404 without asking the database. */
export const SLUG = /^[a-z0-9][a-z0-9-]{0,79}$/;
