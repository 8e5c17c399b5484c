import { localDate } from '../../dates';

export type UpdateEntry = {
  type: 'update';
  id: number;
  date: string;
  at: number;
  title: string;
  body: string;
  organisationName: string | null;
};

export type EventEntry = { type: 'event'; id: number; date: string; at: number; kind: string; detail: Record<string, unknown> };

export type TimelineEntry = UpdateEntry | EventEntry;

const toMs = (value: Date | number) => (value instanceof Date ? value.getTime() : value);

function parseDetail(json: string): Record<string, unknown> {
  try {
    const value: unknown = JSON.parse(json);
    return value && typeof value === 'object' ? (value as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

/** Updates and automatic events in one list, newest first: by calendar date, then by the moment of writing. */
export function buildTimeline(
  updates: readonly { id: number; title: string; body: string; publishedOn: string; createdAt: Date | number; organisationName: string | null }[],
  events: readonly { id: number; at: Date | number; kind: string; detail: string }[],
): TimelineEntry[] {
  const entries: TimelineEntry[] = [
    ...updates.map(
      (u): UpdateEntry => ({
        type: 'update',
        id: u.id,
        date: u.publishedOn,
        at: toMs(u.createdAt),
        title: u.title,
        body: u.body,
        organisationName: u.organisationName,
      }),
    ),
    ...events.map(
      (e): EventEntry => ({
        type: 'event',
        id: e.id,
        date: localDate(new Date(toMs(e.at))),
        at: toMs(e.at),
        kind: e.kind,
        detail: parseDetail(e.detail),
      }),
    ),
  ];
  return entries.sort((a, b) => (a.date === b.date ? b.at - a.at : a.date < b.date ? 1 : -1));
}
