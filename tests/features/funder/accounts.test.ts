import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { funderProgrammes, outbox, users } from '../../../src/db/schema';
import { db, postForm, request } from '../../helpers';
import { asFunder, asRole, auditRows, seedOnce } from '../projects/support';

let cookie: string;

beforeAll(async () => {
  await seedOnce();
  cookie = (await asRole('programme')).cookie;
});

const programmesOf = async (userId: number) =>
  (await db().select().from(funderProgrammes).where(eq(funderProgrammes.userId, userId))).map((p) => p.programme).sort();

describe('the programme team invites funders with programme limits', () => {
  it('creates the funder account, its programmes, the invitation mail and the audit rows in one go', async () => {
    const res = await postForm(
      '/projectbeheer/financiers',
      {
        name: 'Provincie Limburg – team wijken',
        email: 'Wijken@Provincie.example',
        locale: 'nl',
        programmes: ['limburg-wijkenaanpak', 'regio-deal-6'],
      },
      { cookie },
    );
    expect(res.status).toBe(303);
    expect(res.headers.get('Location')).toBe('/projectbeheer/financiers?melding=uitgenodigd');
    const [funder] = await db().select().from(users).where(eq(users.email, 'wijken@provincie.example'));
    expect(funder).toMatchObject({ role: 'funder', passwordHash: null });
    expect(await programmesOf(funder!.id)).toEqual(['limburg-wijkenaanpak', 'regio-deal-6']);
    expect(await db().select().from(outbox).where(eq(outbox.toAddress, 'wijken@provincie.example'))).toHaveLength(1);
    expect(await auditRows('user.invite', funder!.id)).toHaveLength(1);
    expect(await auditRows('funder.programmes.set', funder!.id)).toHaveLength(1);
    const page = await (await request('/projectbeheer/financiers?melding=uitgenodigd', { cookie })).text();
    expect(page).toContain('Provincie Limburg – team wijken');
    expect(page).toContain('Uitgenodigd, nog niet actief');
  });

  it('refuses an address that already has an account', async () => {
    const res = await postForm(
      '/projectbeheer/financiers',
      { name: 'Nog eens', email: 'wijken@provincie.example', locale: 'nl', programmes: [] },
      { cookie },
    );
    expect(res.status).toBe(422);
    expect(await res.text()).toContain('Er is al een account met dit e-mailadres.');
  });

  it('changes a funder’s programmes; none means all', async () => {
    const { user } = await asFunder(['regio-deal-4']);
    const res = await postForm(`/projectbeheer/financiers/${user.id}`, { [`programmes-${user.id}`]: ['regio-deal-6'] }, { cookie });
    expect(res.status).toBe(303);
    expect(await programmesOf(user.id)).toEqual(['regio-deal-6']);
    expect(await postForm(`/projectbeheer/financiers/${user.id}`, {}, { cookie })).toHaveProperty('status', 303);
    expect(await programmesOf(user.id)).toEqual([]);
    expect(await auditRows('funder.programmes.set', user.id)).toHaveLength(2);
    const bad = await postForm(`/projectbeheer/financiers/${user.id}`, { [`programmes-${user.id}`]: ['bestaat-niet'] }, { cookie });
    expect(bad.status).toBe(422);
    expect(await programmesOf(user.id)).toEqual([]);
  });

  it('does not touch accounts that are not funders', async () => {
    const { user } = await asRole('programme');
    const res = await postForm(`/projectbeheer/financiers/${user.id}`, { [`programmes-${user.id}`]: ['regio-deal-6'] }, { cookie });
    expect(res.status).toBe(404);
    expect(await programmesOf(user.id)).toEqual([]);
    expect(await auditRows('funder.programmes.set', user.id)).toHaveLength(0);
  });
});
