import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { tableSnapshot } from '../../src/db/dump';
import { activityForm, createOrganisation, createUser, ensureReferenceData, partnerWithOrganisation, postActivity, reviewer, sessionCookie } from '../helpers';
import { requestWithFault, type Fault } from './d1-faults';

/*
 * For each state-changing route: fail D1 at round trip 0, 1, 2, … (an error, then a timeout) until the request gets
 * through without meeting the fault. Whenever the fault was hit, the answer is the Dutch 503 page with Retry-After,
 * and every table (outbox and audit log included) is exactly as before. When it was not hit, the change happened.
 */

type Case = { name: string; prepare: () => Promise<{ path: string; form: Record<string, string | string[]>; cookie: string }> };

const form = (fields: Record<string, string | string[]>) => {
  const body = new URLSearchParams();
  for (const [k, v] of Object.entries(fields)) for (const x of Array.isArray(v) ? v : [v]) body.append(k, x);
  return body;
};

const CASES: Case[] = [
  {
    name: 'submit a new activity (audit row, mail to the programme team)',
    prepare: async () => {
      const nb = await ensureReferenceData();
      await createUser({ role: 'programme' });
      const { organisation, cookie } = await partnerWithOrganisation();
      return { path: '/portaal/activiteiten', form: { ...activityForm(nb.pottenberg!), organisationId: String(organisation.id), actie: 'indienen' }, cookie };
    },
  },
  {
    name: 'approve a submitted activity (audit row, mail to members, cache invalidation)',
    prepare: async () => {
      const nb = await ensureReferenceData();
      const { organisation, cookie } = await partnerWithOrganisation();
      const id = await postActivity(cookie, organisation.id, nb.pottenberg!, { submit: true });
      const team = await reviewer();
      return { path: `/beoordelen/activiteiten/${id}`, form: { besluit: 'goedkeuren', opmerking: '', versie: '1' }, cookie: team.cookie };
    },
  },
  {
    name: 'delete one’s own account',
    prepare: async () => {
      const organisation = await createOrganisation();
      await createUser({ memberOf: [{ organisationId: organisation.id, role: 'owner' }] });
      const user = await createUser({ memberOf: [{ organisationId: organisation.id, role: 'editor' }] });
      return { path: '/account/verwijderen', form: { bevestiging: 'VERWIJDEREN' }, cookie: await sessionCookie(user.id) };
    },
  },
];

describe.each(CASES)('D1 fails while a person tries to: $name', ({ prepare }) => {
  it.each<Fault>(['error', 'timeout'])('at every round trip (%s): 503 in Dutch, Retry-After, nothing changed', async (fault) => {
    let reachedTheEnd = false;
    for (let position = 0; position < 20 && !reachedTheEnd; position++) {
      const { path, form: fields, cookie } = await prepare();
      const before = await tableSnapshot(env.DB);
      const { res, body, state } = await requestWithFault(
        path,
        { method: 'POST', body: form(fields), headers: { 'Content-Type': 'application/x-www-form-urlencoded', Cookie: cookie } },
        position,
        fault,
      );
      if (!state.failed) {
        reachedTheEnd = true;
        expect(res.status, `position ${position}: no fault met`).toBeLessThan(400);
        continue;
      }
      expect(res.status, `position ${position}`).toBe(503);
      expect(Number(res.headers.get('Retry-After')), `position ${position}`).toBeGreaterThan(0);
      expect(body).toContain('Tijdelijk niet beschikbaar');
      expect(body).toContain('Er is niets gewijzigd');
      expect(res.headers.getSetCookie().filter((c) => !c.includes('=;'))).toEqual([]);
      const after = await tableSnapshot(env.DB);
      for (const [i, table] of before.entries()) expect(after[i]!.rows, `position ${position}, table ${table.name}`).toEqual(table.rows);
    }
    expect(reachedTheEnd).toBe(true);
  });
});

describe('a public page whose read fails', () => {
  it('answers the 503 page in the layout with Retry-After', async () => {
    const { res, body } = await requestWithFault('/activiteiten', {}, 0, 'timeout');
    expect(res.status).toBe(503);
    expect(res.headers.get('Retry-After')).toBe('30');
    expect(body).toContain('<main id="inhoud"');
    expect(body).toContain('Tijdelijk niet beschikbaar');
  });
});
