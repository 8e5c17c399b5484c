import type { Context } from 'hono';
import type { EffectLog } from './commands/effect-log';
import type { RoundTripCounter, Db } from './db/client';
import type { MembershipRole, OrganisationStatus, UserRole } from './db/enums';
import type { Locale } from './i18n';

export type Membership = {
  organisationId: number;
  organisationName: string;
  organisationSlug: string;
  organisationStatus: OrganisationStatus;
  role: MembershipRole;
};

export type CurrentUser = {
  id: number;
  name: string;
  email: string;
  role: UserRole;
  locale: Locale;
  emailVerified: boolean;
  totpEnabled: boolean;
  memberships: Membership[];
};

export type AppEnv = {
  Bindings: Env;
  Variables: {
    db: Db;
    /** The D1 binding wrapped so every round trip is counted; use it for raw SQL. */
    d1: D1Database;
    d1RoundTrips: RoundTripCounter;
    locale: Locale;
    /** The fully logged-in user, or null for visitors (and for sessions still waiting for the second factor). */
    user: CurrentUser | null;
    /** SHA-256 of the current session token, when a session cookie matched a live session. */
    sessionHash: string | null;
    /** User id of a session that passed the password step but still needs the second factor. */
    pendingMfaUserId: number | null;
    /** SHA-256 of a session cookie that matched a session which has since expired (never a forged cookie). */
    expiredSessionHash: string | null;
    secureHeadersNonce?: string;
    /** Quoted on error pages and in the request log (`src/operations/request-log.ts`). */
    requestId: string;
    /** What the request's commands touched; `afterCommands()` runs the follow-ups. */
    effects: EffectLog;
  };
};

/** Added by the guards in `src/auth/guards.ts`: behind them `c.var.user` is the logged-in user, never null. */
export type SignedIn = { Variables: { user: CurrentUser } };

/** The env of a handler behind a guard, for handlers written as separate functions. */
export type SignedInEnv = AppEnv & SignedIn;

/**
 * A request's context behind a guard or not: what helpers shared by both kinds of handler take. (`Context<AppEnv>`
 * and `Context<SignedInEnv>` are not assignable to each other, since `c.set('user', …)` accepts null in only one.)
 */
export type AppContext = Context<AppEnv> | Context<SignedInEnv>;
