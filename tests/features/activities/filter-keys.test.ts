import { env } from 'cloudflare:workers';
import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { activities, activityNeighbourhoods, activityPillars, activityTargetGroups } from '../../../src/db/schema';
import { filterKeysMigrationStatements } from '../../../src/features/activities/filter-keys';
import { db, request } from '../../helpers';
import { cardTitles, ensureReference, makeActivity, makeOrganisation } from './fixtures';

// The filter keys on the activity row are copies of its link rows, kept by triggers: every way of changing the links
// must leave them equal to what the link tables say, because the public filters read only the keys.

let nb: Record<string, number> = {};
let organisationId = 0;

beforeAll(async () => {
  nb = await ensureReference();
  organisationId = (await makeOrganisation({ name: 'Sleutelpartner' })).id;
});

async function keysOf(id: number) {
  const [row] = await db()
    .select({ pillars: activities.pillarKeys, neighbourhoods: activities.neighbourhoodKeys, targetGroups: activities.targetGroupKeys })
    .from(activities)
    .where(eq(activities.id, id));
  return row!;
}

describe('filter keys', () => {
  it('are set when the links are added', async () => {
    const a = await makeActivity({
      organisationId,
      title: 'Sleutels bij aanmaken',
      onceIn: 2,
      pillars: ['health', 'livelihood'],
      neighbourhoods: ['nazareth'],
      targetGroups: ['seniors'],
    });
    const keys = await keysOf(a.id);
    expect(keys.pillars?.split('|').filter(Boolean).sort()).toEqual(['health', 'livelihood']);
    expect(keys.neighbourhoods).toBe(`|${nb.nazareth}|`);
    expect(keys.targetGroups).toBe('|seniors|');
  });

  it('follow a removed, a changed and a replaced link, and are empty without links', async () => {
    const a = await makeActivity({
      organisationId,
      title: 'Sleutels bij wijzigen',
      onceIn: 2,
      pillars: ['health', 'livelihood'],
      neighbourhoods: ['nazareth', 'pottenberg'],
      targetGroups: ['seniors'],
    });
    await db()
      .delete(activityPillars)
      .where(and(eq(activityPillars.activityId, a.id), eq(activityPillars.pillarId, 'health')));
    await db().update(activityTargetGroups).set({ targetGroup: 'parents' }).where(eq(activityTargetGroups.activityId, a.id));
    await db().batch([
      db().delete(activityNeighbourhoods).where(eq(activityNeighbourhoods.activityId, a.id)),
      db().insert(activityNeighbourhoods).values({ activityId: a.id, neighbourhoodId: nb.pottenberg! }),
    ]);
    expect(await keysOf(a.id)).toEqual({ pillars: '|livelihood|', neighbourhoods: `|${nb.pottenberg}|`, targetGroups: '|parents|' });

    await db().delete(activityTargetGroups).where(eq(activityTargetGroups.activityId, a.id));
    expect((await keysOf(a.id)).targetGroups).toBeNull();
  });

  it('are what the public filters read: a removed pillar takes the activity out of that pillar at once', async () => {
    const a = await makeActivity({
      organisationId,
      title: 'Filtersleutel zichtbaar',
      onceIn: 1,
      pillars: ['equal-chances', 'health'],
      neighbourhoods: ['pottenberg'],
    });
    expect(cardTitles(await (await request('/activiteiten?pijler=equal-chances')).text())).toContain('Filtersleutel zichtbaar');
    await db()
      .delete(activityPillars)
      .where(and(eq(activityPillars.activityId, a.id), eq(activityPillars.pillarId, 'equal-chances')));
    expect(cardTitles(await (await request('/activiteiten?pijler=equal-chances')).text())).not.toContain('Filtersleutel zichtbaar');
    expect(cardTitles(await (await request('/activiteiten?pijler=health&wijk=pottenberg')).text())).toContain('Filtersleutel zichtbaar');
  });
});

describe('migration 0009', () => {
  it('holds exactly the triggers and the backfill of filterKeysMigrationStatements', () => {
    // As the migration reader hands them over: one statement each, spacing and the closing semicolon aside.
    const normal = (statement: string) => statement.replace(/\s+/g, ' ').replace(/;\s*$/, '').trim();
    const migration = env.TEST_MIGRATIONS.find((m) => m.name.startsWith('0009'))!.queries.map(normal);
    const statements = filterKeysMigrationStatements();
    expect(statements).toHaveLength(10); // 3 link tables × insert, delete, update; one backfill
    for (const statement of statements) expect(migration).toContain(normal(statement));
  });
});
