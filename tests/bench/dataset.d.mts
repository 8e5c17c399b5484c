export const PILLARS: string[];
export const TARGET_GROUPS: string[];
export const ORGANISATION_COUNT: number;
export const SEARCH_TERM: string;
export function addReferenceData(d1: D1Database): Promise<void>;
export function growActivities(d1: D1Database, target: number, now?: number): Promise<{ added: number; total: number }>;
