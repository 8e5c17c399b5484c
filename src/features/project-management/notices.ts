import type { Context } from 'hono';
import type { AppEnv } from '../../env';
import type { Notice } from './views';

const NOTICES: Record<string, Notice> = { opgeslagen: 'saved', aangemaakt: 'created', verwijderd: 'removed' };

/** The notice a redirect after a command asked for (`?melding=`). */
export const noticeFrom = (c: Context<AppEnv>): Notice => NOTICES[c.req.query('melding') ?? ''] ?? null;
