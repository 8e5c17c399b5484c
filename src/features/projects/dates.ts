const amsterdamDate = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam', year: 'numeric', month: '2-digit', day: '2-digit' });
const amsterdamTime = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Amsterdam', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });

/** The calendar date (`YYYY-MM-DD`) in Maastricht at the given moment. */
export function localDate(now: Date): string {
  return amsterdamDate.format(now);
}

/** The clock time (`HH:MM`) in Maastricht at the given moment. */
export function localTime(now: Date): string {
  return amsterdamTime.format(now);
}

/** True for a real calendar date in `YYYY-MM-DD` form (so 2026-02-30 and 2026-2-3 are not). */
export function isCalendarDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

export type Quarter = { label: string; year: number; quarter: number; start: string; end: string };

const pad = (n: number) => String(n).padStart(2, '0');

export function quarterOf(year: number, quarter: number): Quarter {
  const startMonth = (quarter - 1) * 3 + 1;
  const lastDay = new Date(Date.UTC(year, startMonth + 2, 0)).getUTCDate();
  return {
    label: `${year}-Q${quarter}`,
    year,
    quarter,
    start: `${year}-${pad(startMonth)}-01`,
    end: `${year}-${pad(startMonth + 2)}-${pad(lastDay)}`,
  };
}

/** Parses a label like `2026-Q3`; null for anything else. */
export function parseQuarter(label: string): Quarter | null {
  const match = /^(\d{4})-Q([1-4])$/.exec(label);
  return match ? quarterOf(Number(match[1]), Number(match[2])) : null;
}

/** The quarter a date falls in, and the `count - 1` quarters before it, newest first. */
export function recentQuarters(today: string, count: number): Quarter[] {
  let year = Number(today.slice(0, 4));
  let quarter = Math.floor((Number(today.slice(5, 7)) - 1) / 3) + 1;
  const quarters: Quarter[] = [];
  for (let i = 0; i < count; i++) {
    quarters.push(quarterOf(year, quarter));
    quarter -= 1;
    if (quarter === 0) {
      quarter = 4;
      year -= 1;
    }
  }
  return quarters;
}
