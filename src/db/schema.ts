import { sql } from 'drizzle-orm';
import { check, foreignKey, index, integer, primaryKey, real, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import {
  ACTIVITY_STATUSES,
  AREA_LEVELS,
  FUNDING_PROGRAMMES,
  GOAL_STATUSES,
  INDICATOR_DIRECTIONS,
  INDICATOR_UNITS,
  INDICATOR_VISIBILITIES,
  MONITOR_IMPORT_KINDS,
  MONITOR_IMPORT_STATUSES,
  MONITOR_PILLARS,
  JOIN_METHODS,
  MEMBERSHIP_ROLES,
  MILESTONE_STATUSES,
  ORGANISATION_KINDS,
  ORGANISATION_STATUSES,
  PLAN_KINDS,
  PLAN_VERSION_STATUSES,
  PROJECT_HEALTHS,
  PROJECT_PARTNER_ROLES,
  REVIEW_STATUSES,
  SCHEDULE_KINDS,
  USER_ROLES,
} from './enums';

// Timestamps are unix epoch milliseconds (UTC); calendar dates are ISO `YYYY-MM-DD` text, times `HH:MM` text.
const createdAt = () => integer('created_at', { mode: 'timestamp_ms' }).notNull().default(sql`(cast(unixepoch('subsec') * 1000 as integer))`);
const updatedAt = () => integer('updated_at', { mode: 'timestamp_ms' }).notNull().default(sql`(cast(unixepoch('subsec') * 1000 as integer))`);

// ---------------------------------------------------------------------------------------------------------------
// Reference data
// ---------------------------------------------------------------------------------------------------------------

export const pillars = sqliteTable('pillars', {
  id: text('id').primaryKey(), // code: health | livelihood | equal-chances
  slug: text('slug').notNull().unique(),
  nameNl: text('name_nl').notNull(),
  nameEn: text('name_en').notNull(),
  descriptionNl: text('description_nl').notNull(),
  descriptionEn: text('description_en').notNull(),
  sortOrder: integer('sort_order').notNull().default(0),
});

export const neighbourhoods = sqliteTable('neighbourhoods', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  slug: text('slug').notNull().unique(),
  name: text('name').notNull(),
  cbsCode: text('cbs_code'),
  descriptionNl: text('description_nl').notNull(),
  descriptionEn: text('description_en').notNull(),
  sortOrder: integer('sort_order').notNull().default(0),
});

// ---------------------------------------------------------------------------------------------------------------
// Accounts
// ---------------------------------------------------------------------------------------------------------------

export const users = sqliteTable(
  'users',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    email: text('email').notNull(), // stored lower-cased
    name: text('name').notNull(),
    passwordHash: text('password_hash'), // null until an invited user sets a password
    role: text('role', { enum: USER_ROLES }).notNull().default('partner'),
    locale: text('locale', { enum: ['nl', 'en'] })
      .notNull()
      .default('nl'),
    emailVerifiedAt: integer('email_verified_at', { mode: 'timestamp_ms' }),
    disabledAt: integer('disabled_at', { mode: 'timestamp_ms' }),
    totpSecret: text('totp_secret'),
    totpEnabledAt: integer('totp_enabled_at', { mode: 'timestamp_ms' }),
    // The last accepted TOTP time step, so one code cannot be used twice (RFC 6238 §5.2).
    totpLastStep: integer('totp_last_step'),
    lastLoginAt: integer('last_login_at', { mode: 'timestamp_ms' }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [uniqueIndex('users_email_unique').on(t.email), index('users_role_idx').on(t.role)],
);

export const recoveryCodes = sqliteTable(
  'recovery_codes',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    codeHash: text('code_hash').notNull(),
    usedAt: integer('used_at', { mode: 'timestamp_ms' }),
  },
  (t) => [index('recovery_codes_user_idx').on(t.userId)],
);

export const sessions = sqliteTable(
  'sessions',
  {
    tokenHash: text('token_hash').primaryKey(), // SHA-256 hex of the cookie token; the token itself is never stored
    userId: integer('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    // 'pending-mfa' sessions only allow the second-factor step; 'active' sessions are fully logged in.
    stage: text('stage', { enum: ['pending-mfa', 'active'] })
      .notNull()
      .default('active'),
    createdAt: createdAt(),
    lastSeenAt: integer('last_seen_at', { mode: 'timestamp_ms' }).notNull(),
    expiresAt: integer('expires_at', { mode: 'timestamp_ms' }).notNull(), // absolute expiry
  },
  (t) => [index('sessions_user_idx').on(t.userId)],
);

/** Single-use, expiring tokens sent by e-mail: e-mail verification, password reset, invitation. */
export const userTokens = sqliteTable(
  'user_tokens',
  {
    tokenHash: text('token_hash').primaryKey(),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    purpose: text('purpose', { enum: ['verify-email', 'reset-password', 'invite'] }).notNull(),
    expiresAt: integer('expires_at', { mode: 'timestamp_ms' }).notNull(),
    usedAt: integer('used_at', { mode: 'timestamp_ms' }),
    createdAt: createdAt(),
  },
  (t) => [index('user_tokens_user_idx').on(t.userId, t.purpose)],
);

export const memberships = sqliteTable(
  'memberships',
  {
    userId: integer('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    organisationId: integer('organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    role: text('role', { enum: MEMBERSHIP_ROLES }).notNull().default('editor'),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.organisationId] }), index('memberships_org_idx').on(t.organisationId)],
);

/** Funding programmes a funder account may see; a funder without rows sees every programme. */
export const funderProgrammes = sqliteTable(
  'funder_programmes',
  {
    userId: integer('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    programme: text('programme', { enum: FUNDING_PROGRAMMES }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.programme] })],
);

/** Fixed-window counters for rate limiting, counted exactly in D1. */
export const rateLimits = sqliteTable(
  'rate_limits',
  {
    key: text('key').notNull(),
    windowStart: integer('window_start').notNull(),
    count: integer('count').notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.key, t.windowStart] })],
);

export const auditLog = sqliteTable(
  'audit_log',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    at: integer('at', { mode: 'timestamp_ms' }).notNull(),
    actorUserId: integer('actor_user_id'),
    action: text('action').notNull(), // e.g. login.success, organisation.approve, activity.submit
    objectType: text('object_type'),
    objectId: text('object_id'),
    result: text('result', { enum: ['success', 'failure', 'denied'] })
      .notNull()
      .default('success'),
    ip: text('ip'),
    detail: text('detail'), // JSON, never a secret
  },
  (t) => [index('audit_log_object_idx').on(t.objectType, t.objectId), index('audit_log_at_idx').on(t.at)],
);

export const outbox = sqliteTable(
  'outbox',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    toAddress: text('to_address').notNull(),
    subject: text('subject').notNull(),
    bodyText: text('body_text').notNull(),
    kind: text('kind').notNull(),
    createdAt: createdAt(),
    sentAt: integer('sent_at', { mode: 'timestamp_ms' }),
    attempts: integer('attempts').notNull().default(0),
    lastError: text('last_error'),
  },
  (t) => [index('outbox_unsent_idx').on(t.sentAt, t.id)],
);

// ---------------------------------------------------------------------------------------------------------------
// Organisations
// ---------------------------------------------------------------------------------------------------------------

export const organisations = sqliteTable(
  'organisations',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    name: text('name').notNull(),
    slug: text('slug').notNull(),
    kind: text('kind', { enum: ORGANISATION_KINDS }).notNull(),
    description: text('description').notNull().default(''),
    website: text('website'),
    contactEmail: text('contact_email'),
    contactPhone: text('contact_phone'),
    // The logo in R2 (src/media/store.ts: the key carries its size). Alt text '' = decorative, no alt needed.
    logoKey: text('logo_key'),
    logoAlt: text('logo_alt'),
    status: text('status', { enum: ORGANISATION_STATUSES }).notNull().default('pending'),
    decisionReason: text('decision_reason'),
    decidedAt: integer('decided_at', { mode: 'timestamp_ms' }),
    version: integer('version').notNull().default(1),
    isDemo: integer('is_demo', { mode: 'boolean' }).notNull().default(false),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex('organisations_slug_unique').on(t.slug),
    uniqueIndex('organisations_name_unique').on(sql`lower(${t.name})`),
    index('organisations_status_kind_idx').on(t.status, t.kind, t.name),
  ],
);

export const organisationNeighbourhoods = sqliteTable(
  'organisation_neighbourhoods',
  {
    organisationId: integer('organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    neighbourhoodId: integer('neighbourhood_id')
      .notNull()
      .references(() => neighbourhoods.id),
  },
  (t) => [primaryKey({ columns: [t.organisationId, t.neighbourhoodId] })],
);

/** Profile changes of an approved organisation, reviewed before they replace the live profile. */
export const organisationRevisions = sqliteTable(
  'organisation_revisions',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    organisationId: integer('organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    data: text('data').notNull(), // JSON of the proposed profile
    status: text('status', { enum: REVIEW_STATUSES }).notNull().default('submitted'),
    reviewComment: text('review_comment'),
    createdByUserId: integer('created_by_user_id').references(() => users.id),
    version: integer('version').notNull().default(1),
    createdAt: createdAt(),
    decidedAt: integer('decided_at', { mode: 'timestamp_ms' }),
  },
  (t) => [index('organisation_revisions_status_idx').on(t.status, t.createdAt)],
);

// ---------------------------------------------------------------------------------------------------------------
// Activities
// ---------------------------------------------------------------------------------------------------------------

export const activities = sqliteTable(
  'activities',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    organisationId: integer('organisation_id')
      .notNull()
      .references(() => organisations.id),
    title: text('title').notNull(),
    summary: text('summary').notNull(),
    description: text('description').notNull().default(''),
    locationName: text('location_name').notNull(),
    street: text('street').notNull().default(''),
    postcode: text('postcode').notNull().default(''),
    city: text('city').notNull().default('Maastricht'),
    scheduleKind: text('schedule_kind', { enum: SCHEDULE_KINDS }).notNull(),
    // once: first_date = last_date = the date. weekly: from/until (until open-ended = '9999-12-31').
    firstDate: text('first_date').notNull(),
    lastDate: text('last_date').notNull(),
    weekdays: integer('weekdays').notNull().default(0), // bit mask, bit 0 = Monday … bit 6 = Sunday (weekly only)
    startTime: text('start_time').notNull(),
    endTime: text('end_time').notNull(),
    costCents: integer('cost_cents'), // null = free
    joinMethod: text('join_method', { enum: JOIN_METHODS }).notNull().default('walk-in'),
    joinDetail: text('join_detail'), // link, e-mail address or phone number, depending on join_method
    contactName: text('contact_name'),
    contactEmail: text('contact_email'),
    contactPhone: text('contact_phone'),
    accessibility: text('accessibility'),
    languages: text('languages'), // e.g. "Nederlands, Engels, Arabisch"
    status: text('status', { enum: ACTIVITY_STATUSES }).notNull().default('draft'),
    reviewComment: text('review_comment'),
    version: integer('version').notNull().default(1),
    isDemo: integer('is_demo', { mode: 'boolean' }).notNull().default(false),
    createdByUserId: integer('created_by_user_id').references(() => users.id),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    submittedAt: integer('submitted_at', { mode: 'timestamp_ms' }),
    publishedAt: integer('published_at', { mode: 'timestamp_ms' }),
    confirmedAt: integer('confirmed_at', { mode: 'timestamp_ms' }), // last time the partner confirmed it is current
    reminderSentAt: integer('reminder_sent_at', { mode: 'timestamp_ms' }),
    staleHiddenAt: integer('stale_hidden_at', { mode: 'timestamp_ms' }), // hidden from the public list, not confirmed
    // Kept by database triggers and the daily job; see src/features/activities/next-date.ts. Never written by the app.
    nextDate: text('next_date'),
    // `|a|b|` copies of the link tables, kept by database triggers; see src/features/activities/filter-keys.ts.
    pillarKeys: text('pillar_keys'),
    neighbourhoodKeys: text('neighbourhood_keys'),
    targetGroupKeys: text('target_group_keys'),
    // Schedule kinds beyond once/weekly (see src/features/activities/recurrence.ts, which maps them onto RRULE parts).
    scheduleInterval: integer('schedule_interval').notNull().default(1), // weekly: every N weeks (1–4)
    monthOrdinals: integer('month_ordinals').notNull().default(0), // monthly: bit 0 = 1st … bit 3 = 4th, bit 4 = last
    monthDay: integer('month_day'), // monthly: on this day of the month (instead of ordinal weekdays)
    seriesDates: text('series_dates'), // series: JSON [{ date, startTime, endTime }]
    pauseInHolidays: integer('pause_in_holidays', { mode: 'boolean' }).notNull().default(false),
    // The optional photo in R2 (src/media/store.ts: the key carries its size). Alt text '' = decorative.
    photoKey: text('photo_key'),
    photoAlt: text('photo_alt'),
  },
  (t) => [
    index('activities_public_idx').on(t.status, t.lastDate, t.firstDate),
    // The public lists walk this in date order and stop after one page (and at the count cap). The trailing columns
    // make it covering for the visibility test and the filters, so the walk never reads the table rows it skips.
    index('activities_upcoming_idx').on(
      t.status,
      t.nextDate,
      t.startTime,
      t.id,
      t.organisationId,
      t.staleHiddenAt,
      t.lastDate,
      t.pillarKeys,
      t.neighbourhoodKeys,
      t.targetGroupKeys,
    ),
    // One organisation's activities; covering for the visibility test, so counting a partner's public activities
    // (the partner directory) reads only the index.
    index('activities_org_idx').on(t.organisationId, t.status, t.lastDate, t.staleHiddenAt),
    index('activities_review_idx').on(t.status, t.submittedAt),
    // The Atom feed of newly published activities walks this newest first and stops after its entries; the trailing
    // columns make it covering for the visibility test and the filters, as activities_upcoming_idx is for the lists.
    index('activities_published_idx').on(
      t.status,
      t.publishedAt,
      t.id,
      t.organisationId,
      t.staleHiddenAt,
      t.lastDate,
      t.nextDate,
      t.pillarKeys,
      t.neighbourhoodKeys,
      t.targetGroupKeys,
    ),
  ],
);

export const activityPillars = sqliteTable(
  'activity_pillars',
  {
    activityId: integer('activity_id')
      .notNull()
      .references(() => activities.id, { onDelete: 'cascade' }),
    pillarId: text('pillar_id')
      .notNull()
      .references(() => pillars.id),
  },
  (t) => [primaryKey({ columns: [t.activityId, t.pillarId] }), index('activity_pillars_pillar_idx').on(t.pillarId, t.activityId)],
);

export const activityNeighbourhoods = sqliteTable(
  'activity_neighbourhoods',
  {
    activityId: integer('activity_id')
      .notNull()
      .references(() => activities.id, { onDelete: 'cascade' }),
    neighbourhoodId: integer('neighbourhood_id')
      .notNull()
      .references(() => neighbourhoods.id),
  },
  (t) => [primaryKey({ columns: [t.activityId, t.neighbourhoodId] }), index('activity_neighbourhoods_nb_idx').on(t.neighbourhoodId, t.activityId)],
);

export const activityTargetGroups = sqliteTable(
  'activity_target_groups',
  {
    activityId: integer('activity_id')
      .notNull()
      .references(() => activities.id, { onDelete: 'cascade' }),
    targetGroup: text('target_group').notNull(), // code from TARGET_GROUPS
  },
  (t) => [primaryKey({ columns: [t.activityId, t.targetGroup] }), index('activity_target_groups_tg_idx').on(t.targetGroup, t.activityId)],
);

/** Co-organisers: other approved organisations running the activity jointly; their members may edit it too. */
export const activityOrganisers = sqliteTable(
  'activity_organisers',
  {
    activityId: integer('activity_id')
      .notNull()
      .references(() => activities.id, { onDelete: 'cascade' }),
    organisationId: integer('organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.activityId, t.organisationId] }), index('activity_organisers_org_idx').on(t.organisationId)],
);

/** Dates on which a recurring activity does not take place. */
export const activityExceptions = sqliteTable(
  'activity_exceptions',
  {
    activityId: integer('activity_id')
      .notNull()
      .references(() => activities.id, { onDelete: 'cascade' }),
    date: text('date').notNull(),
  },
  (t) => [primaryKey({ columns: [t.activityId, t.date] })],
);

/**
 * Every date an activity takes place within the rolling horizon (src/features/activities/occurrences.ts), computed in
 * TypeScript and written by the commands that change a schedule and by the daily job. The filter keys are copies of
 * the activity's (kept by triggers), so "what is on this day" walks one index range and tests filters in the index.
 */
export const activityOccurrences = sqliteTable(
  'activity_occurrences',
  {
    activityId: integer('activity_id')
      .notNull()
      .references(() => activities.id, { onDelete: 'cascade' }),
    date: text('date').notNull(),
    startTime: text('start_time').notNull(),
    endTime: text('end_time').notNull(),
    pillarKeys: text('pillar_keys'),
    neighbourhoodKeys: text('neighbourhood_keys'),
    targetGroupKeys: text('target_group_keys'),
  },
  (t) => [
    primaryKey({ columns: [t.activityId, t.date] }),
    index('activity_occurrences_day_idx').on(t.date, t.startTime, t.activityId, t.endTime, t.pillarKeys, t.neighbourhoodKeys, t.targetGroupKeys),
  ],
);

/** Holiday periods kept by the programme team (e.g. the school holidays of region Zuid); activities may pause in them. */
export const holidayPeriods = sqliteTable(
  'holiday_periods',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    name: text('name').notNull(),
    fromDate: text('from_date').notNull(),
    toDate: text('to_date').notNull(),
    version: integer('version').notNull().default(1),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index('holiday_periods_dates_idx').on(t.fromDate, t.toDate)],
);

/** A proposed change to a published activity; the published row stays live until the revision is approved. */
export const activityRevisions = sqliteTable(
  'activity_revisions',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    activityId: integer('activity_id')
      .notNull()
      .references(() => activities.id, { onDelete: 'cascade' }),
    data: text('data').notNull(), // JSON of the full activity form
    status: text('status', { enum: REVIEW_STATUSES }).notNull().default('draft'),
    reviewComment: text('review_comment'),
    version: integer('version').notNull().default(1),
    createdByUserId: integer('created_by_user_id').references(() => users.id),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    submittedAt: integer('submitted_at', { mode: 'timestamp_ms' }),
    decidedAt: integer('decided_at', { mode: 'timestamp_ms' }),
  },
  (t) => [index('activity_revisions_activity_idx').on(t.activityId, t.status), index('activity_revisions_review_idx').on(t.status, t.submittedAt)],
);

/** Form input kept server-side when a session expired on submit, restored after the next login. */
export const savedDrafts = sqliteTable(
  'saved_drafts',
  {
    id: text('id').primaryKey(), // random token, also kept in a short-lived cookie
    path: text('path').notNull(),
    data: text('data').notNull(),
    expiresAt: integer('expires_at', { mode: 'timestamp_ms' }).notNull(),
    createdAt: createdAt(),
    // The expired session the post came with, and the poster's IP: both bound how many drafts one can leave.
    sessionHash: text('session_hash'),
    ip: text('ip'),
  },
  (t) => [index('saved_drafts_session_idx').on(t.sessionHash), index('saved_drafts_ip_idx').on(t.ip, t.expiresAt)],
);

// ---------------------------------------------------------------------------------------------------------------
// Projects
// ---------------------------------------------------------------------------------------------------------------

export const projects = sqliteTable(
  'projects',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    slug: text('slug').notNull(),
    title: text('title').notNull(),
    summary: text('summary').notNull(),
    description: text('description').notNull().default(''),
    fundingProgramme: text('funding_programme', { enum: FUNDING_PROGRAMMES }).notNull(),
    phase: integer('phase').notNull().default(1), // IATI activity status code 1–6
    health: text('health', { enum: PROJECT_HEALTHS }).notNull().default('on-track'),
    healthExplanation: text('health_explanation'),
    version: integer('version').notNull().default(1),
    isDemo: integer('is_demo', { mode: 'boolean' }).notNull().default(false),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [uniqueIndex('projects_slug_unique').on(t.slug), index('projects_programme_idx').on(t.fundingProgramme)],
);

export const projectNeighbourhoods = sqliteTable(
  'project_neighbourhoods',
  {
    projectId: integer('project_id')
      .notNull()
      .references(() => projects.id, { onDelete: 'cascade' }),
    neighbourhoodId: integer('neighbourhood_id')
      .notNull()
      .references(() => neighbourhoods.id),
  },
  (t) => [primaryKey({ columns: [t.projectId, t.neighbourhoodId] }), index('project_neighbourhoods_nb_idx').on(t.neighbourhoodId)],
);

export const projectPillars = sqliteTable(
  'project_pillars',
  {
    projectId: integer('project_id')
      .notNull()
      .references(() => projects.id, { onDelete: 'cascade' }),
    pillarId: text('pillar_id')
      .notNull()
      .references(() => pillars.id),
  },
  (t) => [primaryKey({ columns: [t.projectId, t.pillarId] })],
);

export const projectPartners = sqliteTable(
  'project_partners',
  {
    projectId: integer('project_id')
      .notNull()
      .references(() => projects.id, { onDelete: 'cascade' }),
    organisationId: integer('organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    role: text('role', { enum: PROJECT_PARTNER_ROLES }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.projectId, t.organisationId, t.role] }), index('project_partners_org_idx').on(t.organisationId)],
);

export const projectActivities = sqliteTable(
  'project_activities',
  {
    projectId: integer('project_id')
      .notNull()
      .references(() => projects.id, { onDelete: 'cascade' }),
    activityId: integer('activity_id')
      .notNull()
      .references(() => activities.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.projectId, t.activityId] }), index('project_activities_activity_idx').on(t.activityId)],
);

export const milestones = sqliteTable(
  'milestones',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    projectId: integer('project_id')
      .notNull()
      .references(() => projects.id, { onDelete: 'cascade' }),
    title: text('title').notNull(),
    plannedDate: text('planned_date').notNull(),
    actualDate: text('actual_date'),
    status: text('status', { enum: MILESTONE_STATUSES }).notNull().default('planned'),
    weight: integer('weight').notNull().default(1),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index('milestones_project_idx').on(t.projectId, t.plannedDate)],
);

export const budgetLines = sqliteTable(
  'budget_lines',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    projectId: integer('project_id')
      .notNull()
      .references(() => projects.id, { onDelete: 'cascade' }),
    fundingSource: text('funding_source').notNull(),
    allocatedCents: integer('allocated_cents').notNull().default(0),
    committedCents: integer('committed_cents').notNull().default(0),
    spentCents: integer('spent_cents').notNull().default(0),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index('budget_lines_project_idx').on(t.projectId)],
);

export const projectUpdates = sqliteTable(
  'project_updates',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    projectId: integer('project_id')
      .notNull()
      .references(() => projects.id, { onDelete: 'cascade' }),
    authorUserId: integer('author_user_id').references(() => users.id),
    organisationId: integer('organisation_id').references(() => organisations.id), // set when posted by a lead partner
    title: text('title').notNull(),
    body: text('body').notNull(),
    publishedOn: text('published_on').notNull(), // the date the update is about / was posted
    status: text('status', { enum: REVIEW_STATUSES }).notNull().default('approved'),
    reviewComment: text('review_comment'),
    version: integer('version').notNull().default(1),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('project_updates_project_idx').on(t.projectId, t.status, t.publishedOn),
    index('project_updates_review_idx').on(t.status, t.createdAt),
  ],
);

/** Automatic timeline entries: phase, health and milestone changes. */
export const projectEvents = sqliteTable(
  'project_events',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    projectId: integer('project_id')
      .notNull()
      .references(() => projects.id, { onDelete: 'cascade' }),
    at: integer('at', { mode: 'timestamp_ms' }).notNull(),
    kind: text('kind').notNull(), // phase | health | milestone
    detail: text('detail').notNull(), // JSON
  },
  (t) => [index('project_events_project_idx').on(t.projectId, t.at)],
);

/** Immutable quarterly snapshot of a project; never updated after insert. */
export const projectSnapshots = sqliteTable(
  'project_snapshots',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    projectId: integer('project_id')
      .notNull()
      .references(() => projects.id, { onDelete: 'cascade' }),
    periodLabel: text('period_label').notNull(), // e.g. 2026-Q3
    periodStart: text('period_start').notNull(),
    periodEnd: text('period_end').notNull(),
    data: text('data').notNull(), // JSON
    createdByUserId: integer('created_by_user_id').references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [index('project_snapshots_project_idx').on(t.projectId, t.createdAt)],
);

/**
 * A personal key that lets a feed reader follow a project's Atom feed without a session. One key per account; only
 * its SHA-256 is stored, and making a new key ends the old one.
 */
export const feedKeys = sqliteTable(
  'feed_keys',
  {
    userId: integer('user_id')
      .primaryKey()
      .references(() => users.id, { onDelete: 'cascade' }),
    keyHash: text('key_hash').notNull(),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('feed_keys_key_hash_unique').on(t.keyHash)],
);

// ---------------------------------------------------------------------------------------------------------------
// Monitor (indicators per buurt and research wave, resilience classes, imports)
// ---------------------------------------------------------------------------------------------------------------

/**
 * CBS areas of Maastricht: the 44 buurten, 7 wijken and the city (GM0935), loaded by the migration. The programme's
 * `neighbourhoods` stay as they are; their `cbs_code` names the buurt they are (Pottenberg, Nazareth).
 */
export const areas = sqliteTable(
  'areas',
  {
    code: text('code').primaryKey(), // BU0935xxxx | WK0935xx | GM0935
    level: text('level', { enum: AREA_LEVELS }).notNull(),
    name: text('name').notNull(),
    parentCode: text('parent_code'), // a buurt's wijk, a wijk's gemeente
    sortOrder: integer('sort_order').notNull().default(0),
  },
  (t) => [index('areas_level_idx').on(t.level, t.sortOrder)],
);

export const monitorIndicators = sqliteTable('monitor_indicators', {
  code: text('code').primaryKey(), // e.g. ervaren-gezondheid
  nameNl: text('name_nl').notNull(),
  nameEn: text('name_en').notNull(),
  definitionNl: text('definition_nl').notNull(),
  definitionEn: text('definition_en').notNull(),
  pillar: text('pillar', { enum: MONITOR_PILLARS }).notNull(),
  unit: text('unit', { enum: INDICATOR_UNITS }).notNull(),
  direction: text('direction', { enum: INDICATOR_DIRECTIONS }).notNull(),
  source: text('source').notNull(),
  visibility: text('visibility', { enum: INDICATOR_VISIBILITIES }).notNull().default('public'),
  /** A value based on fewer respondents or residents than this is never shown publicly. */
  minCount: integer('min_count').notNull().default(10),
  sortOrder: integer('sort_order').notNull().default(0),
  isDemo: integer('is_demo', { mode: 'boolean' }).notNull().default(false),
});

/** Research waves (metingen), e.g. Circusvis 2021. */
export const monitorWaves = sqliteTable('monitor_waves', {
  code: text('code').primaryKey(), // e.g. circusvis-2021
  name: text('name').notNull(),
  year: integer('year').notNull(),
  source: text('source').notNull(),
  notesNl: text('notes_nl'),
  notesEn: text('notes_en'),
});

/** One value of an indicator for an area in a wave. `count`: respondents or residents it rests on, when known. */
export const monitorObservations = sqliteTable(
  'monitor_observations',
  {
    indicatorCode: text('indicator_code')
      .notNull()
      .references(() => monitorIndicators.code, { onDelete: 'cascade' }),
    areaCode: text('area_code')
      .notNull()
      .references(() => areas.code),
    waveCode: text('wave_code')
      .notNull()
      .references(() => monitorWaves.code, { onDelete: 'cascade' }),
    value: real('value').notNull(),
    count: integer('count'),
    note: text('note'),
    importId: integer('import_id'),
    isDemo: integer('is_demo', { mode: 'boolean' }).notNull().default(false),
  },
  (t) => [
    primaryKey({ columns: [t.indicatorCode, t.waveCode, t.areaCode] }),
    index('monitor_observations_area_idx').on(t.areaCode, t.indicatorCode, t.waveCode),
  ],
);

/** The resilience class of a buurt in a wave, stored as its two levels (1–3 each); the class 1–9 is derived. */
export const resilienceClasses = sqliteTable(
  'resilience_classes',
  {
    areaCode: text('area_code')
      .notNull()
      .references(() => areas.code),
    waveCode: text('wave_code')
      .notNull()
      .references(() => monitorWaves.code, { onDelete: 'cascade' }),
    problemsLevel: integer('problems_level').notNull(),
    vulnerableLevel: integer('vulnerable_level').notNull(),
    importId: integer('import_id'),
    isDemo: integer('is_demo', { mode: 'boolean' }).notNull().default(false),
  },
  (t) => [
    primaryKey({ columns: [t.waveCode, t.areaCode] }),
    index('resilience_classes_area_idx').on(t.areaCode, t.waveCode),
    check('resilience_classes_problems_level', sql`${t.problemsLevel} BETWEEN 1 AND 3`),
    check('resilience_classes_vulnerable_level', sql`${t.vulnerableLevel} BETWEEN 1 AND 3`),
  ],
);

/**
 * A CSV import of the programme team: `pending` holds the parsed rows (JSON) between preview and confirmation, bound
 * to the user who uploaded it; `confirmed` keeps the values it replaced (`previous`), so it can be undone as a whole.
 */
export const monitorImports = sqliteTable(
  'monitor_imports',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    kind: text('kind', { enum: MONITOR_IMPORT_KINDS }).notNull(),
    status: text('status', { enum: MONITOR_IMPORT_STATUSES }).notNull().default('pending'),
    fileName: text('file_name').notNull(),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id),
    rows: text('rows').notNull(), // JSON array of parsed rows
    previous: text('previous'), // JSON array of the replaced rows, written on confirmation
    newCount: integer('new_count').notNull().default(0),
    changedCount: integer('changed_count').notNull().default(0),
    unchangedCount: integer('unchanged_count').notNull().default(0),
    createdAt: createdAt(),
    confirmedAt: integer('confirmed_at', { mode: 'timestamp_ms' }),
    undoneAt: integer('undone_at', { mode: 'timestamp_ms' }),
    undoneByUserId: integer('undone_by_user_id').references(() => users.id),
  },
  (t) => [index('monitor_imports_status_idx').on(t.status, t.confirmedAt)],
);

// ---------------------------------------------------------------------------------------------------------------
// Programme plan (strategic agenda, execution plans per neighbourhood, goals)
// ---------------------------------------------------------------------------------------------------------------

/** A plan's identity: the strategic agenda (no neighbourhood) or the execution plan of one neighbourhood. */
export const plans = sqliteTable(
  'plans',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    slug: text('slug').notNull(),
    kind: text('kind', { enum: PLAN_KINDS }).notNull(),
    neighbourhoodId: integer('neighbourhood_id').references(() => neighbourhoods.id),
    isDemo: integer('is_demo', { mode: 'boolean' }).notNull().default(false),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('plans_slug_unique').on(t.slug), index('plans_neighbourhood_idx').on(t.neighbourhoodId, t.kind)],
);

/**
 * One version of a plan. A `concept` is edited in place (`version` guards concurrent edits); adopting it freezes it
 * (the database refuses changes, see migration triggers); changing an adopted plan starts a new concept, a copy with
 * `number + 1`. At most one concept per plan.
 */
export const planVersions = sqliteTable(
  'plan_versions',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    planId: integer('plan_id')
      .notNull()
      .references(() => plans.id, { onDelete: 'cascade' }),
    number: integer('number').notNull(),
    status: text('status', { enum: PLAN_VERSION_STATUSES }).notNull().default('concept'),
    title: text('title').notNull(),
    summary: text('summary').notNull().default(''),
    periodStart: integer('period_start').notNull(), // first year
    periodEnd: integer('period_end').notNull(), // last year
    adoptedOn: text('adopted_on'), // calendar date
    adoptedBy: text('adopted_by'), // the body that adopted it, e.g. "Stuurgroep Veerkrachtige Wijken"
    adoptedByUserId: integer('adopted_by_user_id').references(() => users.id), // who recorded the adoption
    version: integer('version').notNull().default(1),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex('plan_versions_number_unique').on(t.planId, t.number),
    uniqueIndex('plan_versions_one_concept').on(t.planId).where(sql`status = 'concept'`),
    index('plan_versions_status_idx').on(t.planId, t.status, t.number),
    check('plan_versions_period', sql`${t.periodEnd} >= ${t.periodStart}`),
  ],
);

/**
 * A goal's identity across the versions of its plan. Links (activities, projects, execution goals under agenda
 * goals) and the reported status and progress point here, so they survive a new version; the goal's content per
 * version is in `plan_goals`.
 */
export const goals = sqliteTable(
  'goals',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    planId: integer('plan_id')
      .notNull()
      .references(() => plans.id, { onDelete: 'cascade' }),
    status: text('status', { enum: GOAL_STATUSES }).notNull().default('not-started'),
    progress: integer('progress'), // whole percent 0–100 for a goal without sub-goals; parents roll up
    progressNote: text('progress_note'),
    progressUpdatedAt: integer('progress_updated_at', { mode: 'timestamp_ms' }),
    progressUpdatedByUserId: integer('progress_updated_by_user_id').references(() => users.id),
    version: integer('version').notNull().default(1),
    createdAt: createdAt(),
  },
  (t) => [index('goals_plan_idx').on(t.planId), check('goals_progress_range', sql`${t.progress} IS NULL OR ${t.progress} BETWEEN 0 AND 100`)],
);

/** A goal as one plan version states it: place in the tree (depth 1–3), texts, weight, indicator and baseline. */
export const planGoals = sqliteTable(
  'plan_goals',
  {
    planVersionId: integer('plan_version_id')
      .notNull()
      .references(() => planVersions.id, { onDelete: 'cascade' }),
    goalId: integer('goal_id')
      .notNull()
      .references(() => goals.id, { onDelete: 'cascade' }),
    parentGoalId: integer('parent_goal_id').references(() => goals.id),
    depth: integer('depth').notNull(), // 1 ambition, 2 goal, 3 sub-goal
    sortOrder: integer('sort_order').notNull().default(0),
    title: text('title').notNull(),
    description: text('description').notNull().default(''),
    weight: integer('weight'), // null: equal weights among its siblings
    indicatorCode: text('indicator_code').references(() => monitorIndicators.code),
    baselineWaveCode: text('baseline_wave_code').references(() => monitorWaves.code),
    baselineValue: real('baseline_value'),
    /** For a goal of an execution plan: the goal of the strategic agenda it serves. */
    agendaGoalId: integer('agenda_goal_id').references(() => goals.id),
  },
  (t) => [
    primaryKey({ columns: [t.planVersionId, t.goalId] }),
    index('plan_goals_parent_idx').on(t.planVersionId, t.parentGoalId, t.sortOrder),
    index('plan_goals_agenda_idx').on(t.agendaGoalId),
    check('plan_goals_depth', sql`${t.depth} BETWEEN 1 AND 3`),
    check('plan_goals_weight', sql`${t.weight} IS NULL OR ${t.weight} >= 0`),
  ],
);

export const planGoalPillars = sqliteTable(
  'plan_goal_pillars',
  {
    planVersionId: integer('plan_version_id').notNull(),
    goalId: integer('goal_id').notNull(),
    pillarId: text('pillar_id')
      .notNull()
      .references(() => pillars.id),
  },
  (t) => [
    primaryKey({ columns: [t.planVersionId, t.goalId, t.pillarId] }),
    foreignKey({ columns: [t.planVersionId, t.goalId], foreignColumns: [planGoals.planVersionId, planGoals.goalId] }).onDelete('cascade'),
  ],
);

export const planGoalNeighbourhoods = sqliteTable(
  'plan_goal_neighbourhoods',
  {
    planVersionId: integer('plan_version_id').notNull(),
    goalId: integer('goal_id').notNull(),
    neighbourhoodId: integer('neighbourhood_id')
      .notNull()
      .references(() => neighbourhoods.id),
  },
  (t) => [
    primaryKey({ columns: [t.planVersionId, t.goalId, t.neighbourhoodId] }),
    index('plan_goal_neighbourhoods_nb_idx').on(t.neighbourhoodId),
    foreignKey({ columns: [t.planVersionId, t.goalId], foreignColumns: [planGoals.planVersionId, planGoals.goalId] }).onDelete('cascade'),
  ],
);

/** The partner organisations responsible for a goal. */
export const planGoalPartners = sqliteTable(
  'plan_goal_partners',
  {
    planVersionId: integer('plan_version_id').notNull(),
    goalId: integer('goal_id').notNull(),
    organisationId: integer('organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
  },
  (t) => [
    primaryKey({ columns: [t.planVersionId, t.goalId, t.organisationId] }),
    index('plan_goal_partners_org_idx').on(t.organisationId),
    foreignKey({ columns: [t.planVersionId, t.goalId], foreignColumns: [planGoals.planVersionId, planGoals.goalId] }).onDelete('cascade'),
  ],
);

/** A goal's target value for a year or for a monitor wave (exactly one of the two). */
export const planGoalTargets = sqliteTable(
  'plan_goal_targets',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    planVersionId: integer('plan_version_id').notNull(),
    goalId: integer('goal_id').notNull(),
    year: integer('year'),
    waveCode: text('wave_code').references(() => monitorWaves.code),
    value: real('value').notNull(),
  },
  (t) => [
    index('plan_goal_targets_goal_idx').on(t.planVersionId, t.goalId),
    foreignKey({ columns: [t.planVersionId, t.goalId], foreignColumns: [planGoals.planVersionId, planGoals.goalId] }).onDelete('cascade'),
    check('plan_goal_targets_one_period', sql`(${t.year} IS NULL) <> (${t.waveCode} IS NULL)`),
  ],
);

/** The goals an activity serves (chosen by the partner, reviewed with the activity). */
export const activityGoals = sqliteTable(
  'activity_goals',
  {
    activityId: integer('activity_id')
      .notNull()
      .references(() => activities.id, { onDelete: 'cascade' }),
    goalId: integer('goal_id')
      .notNull()
      .references(() => goals.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.activityId, t.goalId] }), index('activity_goals_goal_idx').on(t.goalId)],
);

/** The goals a project serves (linked by the programme team). */
export const projectGoals = sqliteTable(
  'project_goals',
  {
    projectId: integer('project_id')
      .notNull()
      .references(() => projects.id, { onDelete: 'cascade' }),
    goalId: integer('goal_id')
      .notNull()
      .references(() => goals.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.projectId, t.goalId] }), index('project_goals_goal_idx').on(t.goalId)],
);
