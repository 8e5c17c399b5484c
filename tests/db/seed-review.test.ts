import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { activities, activityRevisions } from '../../src/db/schema';
import { seedDemoData } from '../../src/db/seed';
import { DEMO_ACCOUNTS } from '../../src/db/seed/accounts';
import { db, loginWithPassword, postForm, request, reviewer } from '../helpers';

describe('demo data for the review workflow', () => {
  it('gives the team a change to review and the demo partner a review outcome, without touching what is public', async () => {
    await seedDemoData(db());
    const partner = DEMO_ACCOUNTS.find((a) => a.email === 'partner@trajekt.example')!;
    const { cookie } = await loginWithPassword(partner.email, partner.password);
    const workspace = await (await request('/portaal', { cookie })).text();
    expect(workspace).toContain('Het programmateam vraagt om aanpassingen in uw wijziging.');
    expect(workspace).toContain('Vermeld in de samenvatting ook dat er een tolk Arabisch aanwezig is.');

    const team = await reviewer();
    const queue = await (await request('/beoordelen', { cookie: team.cookie })).text();
    const [, revisionId] = /href="\/beoordelen\/wijzigingen\/(\d+)">Inloopspreekuur Trajekt Pottenberg</.exec(queue)!;
    expect(queue).toContain('3 dagen');
    const page = await (await request(`/beoordelen/wijzigingen/${revisionId}`, { cookie: team.cookie })).text();
    expect(page).toMatch(/vw-comparison__changed"><th[^>]*>Wanneer</);

    // Until approved the live activity keeps its time; approving the demo change applies it.
    const [live] = await db().select().from(activities).where(eq(activities.title, 'Inloopspreekuur Trajekt Pottenberg'));
    expect(live!.startTime).toBe('10:00');
    const res = await postForm(
      `/beoordelen/wijzigingen/${revisionId}`,
      { besluit: 'goedkeuren', opmerking: '', versie: '1' },
      { cookie: team.cookie },
    );
    expect(res.status).toBe(303);
    const [after] = await db().select().from(activities).where(eq(activities.id, live!.id));
    expect(after!.startTime).toBe('09:30');
    expect(
      (
        await db()
          .select()
          .from(activityRevisions)
          .where(eq(activityRevisions.id, Number(revisionId)))
      )[0]!.status,
    ).toBe('approved');
  });
});
