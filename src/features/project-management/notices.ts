import type { AppContext } from '../../env';
import type { Notice } from './views';

const NOTICES: Record<string, Notice> = { opgeslagen: 'saved', aangemaakt: 'created', verwijderd: 'removed' };

/** The notice a redirect after a command asked for (`?melding=`). */
export const noticeFrom = (c: AppContext): Notice => NOTICES[c.req.query('melding') ?? ''] ?? null;
