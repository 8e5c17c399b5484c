import { describe, expect, it } from 'vitest';
import { OPEN_END_DATE } from '../../../src/db/enums';
import { parseStoredData } from '../../../src/features/activity-editing/model';
import { compareActivity } from '../../../src/features/review/compare';

const options = { pillars: [], neighbourhoods: [], organisations: [], goals: [] } as never;
const weekly = parseStoredData(
  JSON.stringify({
    title: 'Koffie',
    scheduleKind: 'weekly',
    firstDate: '2026-01-06',
    lastDate: OPEN_END_DATE,
    weekdays: 2,
    startTime: '10:00',
    endTime: '12:00',
  }),
);

describe('the review comparison of a schedule change', () => {
  it('says both schedules in words: was every week, becomes every other week', () => {
    const fortnightly = { ...weekly, scheduleInterval: 2 };
    const row = compareActivity(weekly, fortnightly, options, 'nl', '2026-12-01').find((r) => r.label === 'Wanneer')!;
    expect(row).toEqual({ label: 'Wanneer', before: 'Elke dinsdag 10:00–12:00', after: 'Om de week op dinsdag 10:00–12:00', changed: true });
  });

  it('shows a move to the first and third Tuesday and a pause in the holidays', () => {
    const monthly = {
      ...weekly,
      scheduleKind: 'monthly' as const,
      monthOrdinals: 0b101,
      startTime: '19:00',
      endTime: '21:00',
      pauseInHolidays: true,
    };
    const row = compareActivity(weekly, monthly, options, 'nl', '2026-12-01').find((r) => r.label === 'Wanneer')!;
    expect(row.after).toBe('Elke eerste en derde dinsdag van de maand 19:00–21:00, niet in de schoolvakanties');
    expect(row.changed).toBe(true);
  });
});
