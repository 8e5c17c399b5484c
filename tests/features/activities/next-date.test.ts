import { env } from 'cloudflare:workers';
import { beforeAll, describe, expect, it } from 'vitest';
import { addDays, laterDate } from '../../../src/features/activities/dates';
import { loadActivityList } from '../../../src/features/activities/queries';
import { nextOccurrences, weekdayMask, type Schedule } from '../../../src/features/activities/schedule';
import { OPEN_END_DATE } from '../../../src/db/enums';
import { makeActivity, makeOrganisation, today } from './fixtures';

// The list computes each activity's next date in SQL (to sort and page on it); the detail page lists dates with
// `nextOccurrences` in TypeScript. Both must agree for every kind of schedule, cancelled dates included.
type Case = { title: string; schedule: Schedule };
const cases: Case[] = [];

function weeklyCase(days: number[], firstIn: number, lastIn: number | null, cancelFirst: number) {
  const t = today();
  const base: Schedule = {
    scheduleKind: 'weekly',
    firstDate: addDays(t, firstIn),
    lastDate: lastIn === null ? OPEN_END_DATE : addDays(t, lastIn),
    weekdays: weekdayMask(days),
    startTime: '10:00',
    endTime: '11:00',
    exceptions: [],
  };
  const exceptions = nextOccurrences(base, t, cancelFirst);
  cases.push({ title: `Wekelijks ${days.join('')} ${firstIn} ${lastIn} ${cancelFirst}`, schedule: { ...base, exceptions } });
}

beforeAll(async () => {
  for (let day = 0; day < 7; day++) weeklyCase([day], -20, null, 0);
  for (let day = 0; day < 7; day++) weeklyCase([day], 3, 40, 1);
  weeklyCase([1, 3], -5, null, 2);
  weeklyCase([0, 1, 2, 3, 4, 5, 6], -1, 10, 5);
  weeklyCase([5, 6], 10, null, 0);
  weeklyCase([2], -30, 4, 0); // may or may not have a date left within 4 days
  weeklyCase([4], -30, 20, 3); // all remaining dates but one or none cancelled
  weeklyCase([0], -30, 6, 1);
  const org = await makeOrganisation({ name: 'Roosterpartner' });
  for (const c of cases) {
    const s = c.schedule;
    const t = today();
    await makeActivity({
      organisationId: org.id,
      title: c.title,
      weekly: [0, 1, 2, 3, 4, 5, 6].filter((d) => (s.weekdays >> d) & 1),
      firstIn: (Date.parse(s.firstDate) - Date.parse(t)) / 86_400_000,
      lastIn: s.lastDate === OPEN_END_DATE ? null : (Date.parse(s.lastDate) - Date.parse(t)) / 86_400_000,
      exceptions: s.exceptions,
    });
  }
});

async function nextDates(from?: string, until?: string) {
  const data = await loadActivityList(env.DB, today(), { from, until }, { limit: 500 });
  return new Map(data.cards.map((card) => [card.title, card.nextDate]));
}

describe('next date of weekly activities', () => {
  it('agrees with the calendar logic for every schedule', async () => {
    const listed = await nextDates();
    expect(listed.size).toBeGreaterThanOrEqual(cases.length - 3);
    for (const c of cases) {
      expect(listed.get(c.title), c.title).toBe(nextOccurrences(c.schedule, today(), 1)[0]);
    }
  });

  it('agrees inside a date range', async () => {
    const from = addDays(today(), 9);
    const until = addDays(today(), 20);
    const listed = await nextDates(from, until);
    for (const c of cases) {
      const expected = nextOccurrences(c.schedule, laterDate(from, today()), 1)[0];
      expect(listed.get(c.title), c.title).toBe(expected && expected <= until ? expected : undefined);
    }
  });
});
