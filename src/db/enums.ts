// Code values stored in the database. Their Dutch and English labels live in the text modules.

export const USER_ROLES = ['partner', 'programme', 'funder', 'admin'] as const;
export type UserRole = (typeof USER_ROLES)[number];

export const MEMBERSHIP_ROLES = ['owner', 'editor'] as const;
export type MembershipRole = (typeof MEMBERSHIP_ROLES)[number];

export const ORGANISATION_KINDS = ['alliance', 'neighbourhood', 'other'] as const;
export type OrganisationKind = (typeof ORGANISATION_KINDS)[number];

export const ORGANISATION_STATUSES = ['pending', 'approved', 'rejected'] as const;
export type OrganisationStatus = (typeof ORGANISATION_STATUSES)[number];

export const PILLAR_IDS = ['health', 'livelihood', 'equal-chances'] as const;
export type PillarId = (typeof PILLAR_IDS)[number];

export const TARGET_GROUPS = ['everyone', 'children', 'youth', 'parents', 'adults', 'seniors', 'newcomers', 'professionals'] as const;
export type TargetGroup = (typeof TARGET_GROUPS)[number];

/** weekly: every `schedule_interval` weeks; monthly: by ordinal weekdays or a day of the month; series: own dates. */
export const SCHEDULE_KINDS = ['once', 'weekly', 'monthly', 'series'] as const;
export type ScheduleKind = (typeof SCHEDULE_KINDS)[number];

/** Open-ended recurring activities store this as their last date, so range filters stay plain comparisons. */
export const OPEN_END_DATE = '9999-12-31';

export const JOIN_METHODS = ['walk-in', 'link', 'email', 'phone'] as const;
export type JoinMethod = (typeof JOIN_METHODS)[number];

export const ACTIVITY_STATUSES = ['draft', 'submitted', 'changes-requested', 'published', 'rejected', 'withdrawn', 'archived'] as const;
export type ActivityStatus = (typeof ACTIVITY_STATUSES)[number];

/** Status of a reviewable change (activity revision, organisation profile change, partner project update). */
export const REVIEW_STATUSES = ['draft', 'submitted', 'changes-requested', 'approved', 'rejected', 'withdrawn'] as const;
export type ReviewStatus = (typeof REVIEW_STATUSES)[number];

export const FUNDING_PROGRAMMES = ['regio-deal-4', 'regio-deal-6', 'elke-regio-telt', 'limburg-wijkenaanpak', 'other'] as const;
export type FundingProgramme = (typeof FUNDING_PROGRAMMES)[number];

/** IATI activity status codes. */
export const PROJECT_PHASES = [1, 2, 3, 4, 5, 6] as const;
export type ProjectPhase = (typeof PROJECT_PHASES)[number];

export const PROJECT_HEALTHS = ['on-track', 'at-risk', 'off-track'] as const;
export type ProjectHealth = (typeof PROJECT_HEALTHS)[number];

export const PROJECT_PARTNER_ROLES = ['lead', 'implementing', 'funding', 'venue'] as const;
export type ProjectPartnerRole = (typeof PROJECT_PARTNER_ROLES)[number];

export const MILESTONE_STATUSES = ['planned', 'in-progress', 'done', 'delayed'] as const;
export type MilestoneStatus = (typeof MILESTONE_STATUSES)[number];

// Monitor (issue 14)
export const AREA_LEVELS = ['buurt', 'wijk', 'gemeente'] as const;
export type AreaLevel = (typeof AREA_LEVELS)[number];

/** An indicator belongs to a pillar, or to `veerkracht`: the two axes of the resilience classes. */
export const MONITOR_PILLARS = ['health', 'livelihood', 'equal-chances', 'veerkracht'] as const;
export type MonitorPillar = (typeof MONITOR_PILLARS)[number];

export const INDICATOR_UNITS = ['percent', 'per-1000', 'score', 'count'] as const;
export type IndicatorUnit = (typeof INDICATOR_UNITS)[number];

export const INDICATOR_DIRECTIONS = ['higher-better', 'higher-worse'] as const;
export type IndicatorDirection = (typeof INDICATOR_DIRECTIONS)[number];

/** Who may see an indicator: everyone, logged-in partners and funders, or the programme team only. */
export const INDICATOR_VISIBILITIES = ['public', 'partners', 'programme'] as const;
export type IndicatorVisibility = (typeof INDICATOR_VISIBILITIES)[number];

export const MONITOR_IMPORT_KINDS = ['observations', 'classes'] as const;
export type MonitorImportKind = (typeof MONITOR_IMPORT_KINDS)[number];

export const MONITOR_IMPORT_STATUSES = ['pending', 'confirmed', 'undone'] as const;
export type MonitorImportStatus = (typeof MONITOR_IMPORT_STATUSES)[number];

// Programme plan (issue 15)
/** The strategic agenda is programme-wide (5 years); an execution plan belongs to one neighbourhood (2 years). */
export const PLAN_KINDS = ['strategic-agenda', 'execution-plan'] as const;
export type PlanKind = (typeof PLAN_KINDS)[number];

/** A concept is edited in place; an adopted version is frozen; a new adoption makes the previous one superseded. */
export const PLAN_VERSION_STATUSES = ['concept', 'adopted', 'superseded'] as const;
export type PlanVersionStatus = (typeof PLAN_VERSION_STATUSES)[number];

export const GOAL_STATUSES = ['not-started', 'under-way', 'on-track', 'behind', 'achieved'] as const;
export type GoalStatus = (typeof GOAL_STATUSES)[number];

/** Ambition → goal → sub-goal. */
export const MAX_GOAL_DEPTH = 3;
