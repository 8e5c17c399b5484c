import type { ActivityStatus } from '../../db/enums';
import type { Membership } from '../../env';
import { useAppContext } from '../../layout/renderer';
import { activityEditingTexts } from '../activity-editing/texts';
import { ActivityTable } from './activity-table';
import { organisationActivitiesHref, STATUS_ORDER } from './grouping';
import type { WorkspaceActivity } from './queries';
import { workspaceTexts } from './texts';

export type OrganisationActivitiesView = {
  membership: Membership;
  status: ActivityStatus;
  /** How many of the organisation's activities have each status. */
  counts: Map<ActivityStatus, number>;
  items: WorkspaceActivity[];
  page: number;
  pages: number;
};

/** `/portaal/organisaties/:id/activiteiten`: all of one organisation's activities with one status, a page at a time. */
export function OrganisationActivitiesPage({ view }: { view: OrganisationActivitiesView }) {
  const c = useAppContext();
  const t = workspaceTexts[c.var.locale];
  const ta = activityEditingTexts[c.var.locale];
  const { membership, status, counts, items, page, pages } = view;
  const href = (s: ActivityStatus, p = 1) => organisationActivitiesHref(membership.organisationId, s, p);
  return (
    <>
      <p class="utrecht-paragraph">
        <a class="utrecht-link" href="/portaal">
          {t.backToWorkspace}
        </a>
      </p>
      <h1 class="utrecht-heading-1">{t.allActivitiesTitle(membership.organisationName)}</h1>
      <nav aria-label={t.statusNavLabel}>
        <ul class="vw-status-counts">
          {STATUS_ORDER.filter((s) => counts.get(s) || s === status).map((s) => (
            <li>
              <a class="utrecht-link" href={href(s)} aria-current={s === status ? 'page' : undefined}>
                {t.statusCount(ta.statusLabel(s), counts.get(s) ?? 0)}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <h2 class="utrecht-heading-2">{t.groupHeading(ta.statusLabel(status), counts.get(status) ?? 0)}</h2>
      {page > Math.max(pages, 1) ? (
        <p class="utrecht-paragraph">
          {t.pageMissing(page)}{' '}
          <a class="utrecht-link" href={href(status)}>
            {t.firstPage}
          </a>
        </p>
      ) : items.length === 0 ? (
        <p class="utrecht-paragraph">{t.noActivitiesWithStatus}</p>
      ) : (
        <>
          <ActivityTable items={items} caption={ta.statusLabel(status)} membership={membership} />
          {pages > 1 && (
            <nav aria-label={t.paginationLabel} class="vw-button-row">
              <p class="utrecht-paragraph">{t.pageOf(page, pages)}</p>
              {page > 1 && (
                <a class="utrecht-link" href={href(status, page - 1)} rel="prev">
                  {t.previousPage}
                </a>
              )}
              {page < pages && (
                <a class="utrecht-link" href={href(status, page + 1)} rel="next">
                  {t.nextPage}
                </a>
              )}
            </nav>
          )}
        </>
      )}
    </>
  );
}
