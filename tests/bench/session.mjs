// A logged-in partner for the workspace route: a user, an owner membership and a live session row with a known token.
import { createHash, randomBytes } from 'node:crypto';

export const SESSION_COOKIE = '__Host-sessie';

/** The organisation with about the average number of activities: a typical partner's workspace. */
async function typicalOrganisation(d1) {
  return d1
    .prepare(
      `SELECT a.organisation_id AS id, count(*) AS n FROM activities a JOIN organisations o ON o.id = a.organisation_id
        WHERE o.status = 'approved' GROUP BY a.organisation_id
        ORDER BY abs(count(*) - (SELECT count(*) * 1.0 / count(DISTINCT organisation_id) FROM activities)), a.organisation_id LIMIT 1`,
    )
    .first();
}

export async function partnerSession(d1, now = Date.now()) {
  const organisation = await typicalOrganisation(d1);
  const email = 'benchmark-partner@voorbeeld.invalid';
  await d1.batch([
    d1.prepare("INSERT OR IGNORE INTO users (email, name, role, email_verified_at) VALUES (?, 'Benchmark Partner', 'partner', ?)").bind(email, now),
    d1.prepare('DELETE FROM memberships WHERE user_id = (SELECT id FROM users WHERE email = ?)').bind(email),
    d1
      .prepare("INSERT INTO memberships (user_id, organisation_id, role) VALUES ((SELECT id FROM users WHERE email = ?), ?, 'owner')")
      .bind(email, organisation.id),
  ]);
  const token = randomBytes(32).toString('base64url');
  const tokenHash = createHash('sha256').update(token).digest('hex');
  await d1
    .prepare(
      "INSERT INTO sessions (token_hash, user_id, stage, created_at, last_seen_at, expires_at) VALUES (?, (SELECT id FROM users WHERE email = ?), 'active', ?, ?, ?)",
    )
    .bind(tokenHash, email, now, now, now + 11 * 60 * 60 * 1000)
    .run();
  return { cookie: `${SESSION_COOKIE}=${token}`, organisationId: organisation.id, organisationActivities: organisation.n };
}
