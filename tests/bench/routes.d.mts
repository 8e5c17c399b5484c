export type BenchRoute = {
  key: string;
  label: string;
  path: (ctx: { activityId: number; projectSlug: string; organisationSlug: string }) => string;
  cached?: boolean;
  session?: boolean;
};
export const ROUTES: BenchRoute[];
