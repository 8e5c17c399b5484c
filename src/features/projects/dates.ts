// Reporting quarters. Calendar dates, times and the programme's time zone are in src/dates.

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
