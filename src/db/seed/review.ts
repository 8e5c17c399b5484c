import { sql, type SQL } from 'drizzle-orm';
import { DAY_MS } from '../../dates';
import type { Db } from '../client';
import type { ReviewStatus } from '../enums';
import { insertSelect } from '../insert-select';
import { activityRevisions } from '../schema';
import type { SeedStatement } from './ids';

/** The stored form (`ActivityData` JSON) of a demo activity `a`, with some fields changed. */
function revisionData(changes: { title?: string; summary?: string; startTime?: string }): SQL {
  const list = (table: string, column: string) => sql.raw(`json((SELECT json_group_array(${column}) FROM ${table} WHERE activity_id = a.id))`);
  return sql`json_object(
      'title', coalesce(${changes.title ?? null}, a.title),
      'summary', coalesce(${changes.summary ?? null}, a.summary),
      'description', a.description,
      'pillarIds', ${list('activity_pillars', 'pillar_id')},
      'neighbourhoodIds', ${list('activity_neighbourhoods', 'neighbourhood_id')},
      'targetGroups', ${list('activity_target_groups', 'target_group')},
      'locationName', a.location_name, 'street', a.street, 'postcode', a.postcode, 'city', a.city,
      'scheduleKind', a.schedule_kind, 'firstDate', a.first_date, 'lastDate', a.last_date, 'weekdays', a.weekdays,
      'startTime', coalesce(${changes.startTime ?? null}, a.start_time), 'endTime', a.end_time,
      'exceptionDates', ${list('activity_exceptions', 'date')},
      'costCents', a.cost_cents, 'joinMethod', a.join_method, 'joinDetail', a.join_detail,
      'contactName', a.contact_name, 'contactEmail', a.contact_email, 'contactPhone', a.contact_phone,
      'accessibility', a.accessibility, 'languages', a.languages,
      'coOrganiserIds', ${list('activity_organisers', 'organisation_id')})`;
}

/**
 * Demo entries in the review workflow, as changes to published demo activities of Trajekt (the demo partner): one
 * waiting in `/beoordelen` with its field-by-field comparison, one sent back with a comment shown in `/portaal`.
 */
export function demoReviewStatements(db: Db, now: Date): SeedStatement[] {
  const entries: {
    activity: string;
    status: ReviewStatus;
    comment: string | null;
    waitingDays: number;
    changes: Parameters<typeof revisionData>[0];
  }[] = [
    {
      activity: 'Inloopspreekuur Trajekt Pottenberg',
      status: 'submitted',
      comment: null,
      waitingDays: 3,
      changes: { startTime: '09:30', summary: 'Vragen over geld, wonen, zorg of opvoeding? Loop binnen bij de sociaal werker, nu vanaf half tien.' },
    },
    {
      activity: 'Inloopspreekuur Trajekt Nazareth',
      status: 'changes-requested',
      comment: 'Vermeld in de samenvatting ook dat er een tolk Arabisch aanwezig is.',
      waitingDays: 6,
      changes: { title: 'Inloopspreekuur Trajekt Nazareth (met tolk)' },
    },
  ];
  return entries.map((entry) => {
    const submittedAt = new Date(now.getTime() - entry.waitingDays * DAY_MS);
    return insertSelect(
      db,
      activityRevisions,
      {
        activityId: sql`a.id`,
        data: revisionData(entry.changes),
        status: entry.status,
        reviewComment: entry.comment,
        version: entry.status === 'submitted' ? 1 : 2,
        createdAt: submittedAt,
        updatedAt: submittedAt,
        submittedAt,
        decidedAt: entry.status === 'submitted' ? null : now,
      },
      sql`FROM activities a WHERE a.title = ${entry.activity} AND a.is_demo = 1`,
    );
  });
}
