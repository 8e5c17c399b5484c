import { addDays, weekdayIndex } from '../../dates';
import { LIST_PARAMS, THIS_WEEK } from '../activities/schemas';

const SATURDAY = 5;
const SUNDAY = 6;

/** The coming weekend as `[saturday, sunday]`; on a Saturday or Sunday the weekend that is going on. */
export function weekendOf(today: string): [string, string] {
  const weekday = weekdayIndex(today);
  if (weekday === SUNDAY) return [today, today];
  const saturday = addDays(today, SATURDAY - weekday);
  return [saturday, addDays(saturday, 1)];
}

/** The list addresses behind "Vandaag · Deze week · Dit weekend" on the home page. */
export function quickLinks(today: string): { today: string; thisWeek: string; thisWeekend: string } {
  const [saturday, sunday] = weekendOf(today);
  const range = (from: string, until: string) => `/activiteiten?${LIST_PARAMS.from}=${from}&${LIST_PARAMS.until}=${until}`;
  return {
    today: range(today, today),
    thisWeek: `/activiteiten?${LIST_PARAMS.period}=${THIS_WEEK}`,
    thisWeekend: range(saturday, sunday),
  };
}
