import { landingPath } from '../../auth/landing';
import { canUsePartnerWorkspace } from '../../auth/policy';
import type { ActivityStatus } from '../../db/enums';
import type { CurrentUser, Membership } from '../../env';
import { useAppContext } from '../../layout/renderer';
import { describeWhen } from '../activities/schedule';
import { activityEditingTexts } from '../activity-editing/texts';
import { Notice, StatusTag } from '../activity-editing/views';
import type { WorkspaceActivity } from './queries';
import { workspaceTexts } from './texts';
import { EmbedWidget } from '../open-data/widget/embed';

/** The order of the status groups on the page. */
export const STATUS_ORDER: ActivityStatus[] = ['changes-requested', 'draft', 'submitted', 'published', 'withdrawn', 'rejected', 'archived'];

/** /portaal shows at most this many activities per status group and in "what needs your attention"; the rest are on
 * the organisation's own list, so the page stays small for a partner with hundreds of activities. */
export const WORKSPACE_GROUP_LIMIT = 20;

export const organisationActivitiesHref = (organisationId: number, status: ActivityStatus, page = 1) =>
  `/portaal/organisaties/${organisationId}/activiteiten?status=${status}${page > 1 ? `&pagina=${page}` : ''}`;

type Note = { text: string; comment?: string | null; urgent: boolean };

/** What the partner should know or do about one activity; `urgent` notes also go into "what needs your attention". */
export function notesFor(a: WorkspaceActivity, t: (typeof workspaceTexts)['nl']): Note[] {
  const notes: Note[] = [];
  if (a.status === 'changes-requested') notes.push({ text: t.needsChanges, comment: a.reviewComment, urgent: true });
  if (a.status === 'rejected') notes.push({ text: t.rejected, comment: a.reviewComment, urgent: false });
  if (a.status === 'draft' || a.status === 'withdrawn') notes.push({ text: t.draftNotSubmitted, urgent: a.status === 'draft' });
  if (a.status === 'submitted') notes.push({ text: t.waitingForReview, urgent: false });
  if (a.status === 'published' && a.staleHiddenAt) notes.push({ text: t.staleHidden, urgent: true });
  else if (a.status === 'published' && a.reminderSentAt) notes.push({ text: t.confirmDue, urgent: true });
  if (a.revision?.status === 'changes-requested') notes.push({ text: t.needsChangesRevision, comment: a.revision.reviewComment, urgent: true });
  if (a.revision?.status === 'draft') notes.push({ text: t.revisionDraft, urgent: true });
  if (a.revision?.status === 'submitted') notes.push({ text: t.revisionPending, urgent: false });
  return notes;
}

function NoteList({ notes }: { notes: Note[] }) {
  const c = useAppContext();
  const t = workspaceTexts[c.var.locale];
  return (
    <>
      {notes.map((n) => (
        <p class={`utrecht-paragraph${n.urgent ? ' vw-attention' : ''}`}>
          {n.text}
          {n.comment && (
            <>
              {' '}
              <span class="vw-review-comment">
                <strong>{t.commentLabel}:</strong> <span class="vw-preserve-lines">{n.comment}</span>
              </span>
            </>
          )}
        </p>
      ))}
    </>
  );
}

function ActivityTable({ items, caption, membership }: { items: WorkspaceActivity[]; caption: string; membership: Membership }) {
  const c = useAppContext();
  const t = workspaceTexts[c.var.locale];
  return (
    <div class="utrecht-table-container">
      <table class="utrecht-table utrecht-table--html-table vw-workspace-table">
        <caption class="utrecht-table__caption vw-visually-hidden">{caption}</caption>
        <thead class="utrecht-table__header">
          <tr class="utrecht-table__row">
            <th class="utrecht-table__header-cell" scope="col">
              {t.columnTitle}
            </th>
            <th class="utrecht-table__header-cell" scope="col">
              {t.columnWhen}
            </th>
            <th class="utrecht-table__header-cell" scope="col">
              {t.columnNote}
            </th>
          </tr>
        </thead>
        <tbody class="utrecht-table__body">
          {items.map((a) => (
            <tr class="utrecht-table__row">
              <td class="utrecht-table__cell">
                <a class="utrecht-link" href={`/portaal/activiteiten/${a.id}`}>
                  {a.title}
                </a>
                {a.organisationId !== membership.organisationId && (
                  <>
                    <br />
                    <span class="vw-meta">{t.coOrganisedBy(a.organisationName)}</span>
                  </>
                )}
              </td>
              <td class="utrecht-table__cell">
                {describeWhen({ ...a, exceptions: [] }, c.var.locale)}
              </td>
              <td class="utrecht-table__cell">
                <NoteList notes={notesFor(a, t)} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function OrganisationSection({ membership, items }: { membership: Membership; items: WorkspaceActivity[] }) {
  const c = useAppContext();
  const t = workspaceTexts[c.var.locale];
  const ta = activityEditingTexts[c.var.locale];
  const headingId = `organisatie-${membership.organisationId}`;
  const groups = STATUS_ORDER.map((status) => ({ status, items: items.filter((a) => a.status === status) })).filter((g) => g.items.length);
  return (
    <section class="vw-workspace-organisation" aria-labelledby={headingId}>
      <h2 class="utrecht-heading-2" id={headingId}>
        {membership.organisationName}
      </h2>
      {membership.organisationStatus === 'pending' && <Notice kind="info">{t.organisationPending}</Notice>}
      {membership.organisationStatus === 'rejected' && <Notice kind="warning">{t.organisationRejected}</Notice>}
      {membership.organisationStatus === 'approved' && <EmbedWidget filter={{ organisatie: membership.organisationSlug }} id={`widget-${membership.organisationId}`} />}
      <div class="vw-button-row">
        {membership.organisationStatus === 'approved' && (
          <a
            class="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--primary-action"
            href={`/portaal/activiteiten/nieuw?organisatie=${membership.organisationId}`}
          >
            {t.newActivity}
          </a>
        )}
        <a class="utrecht-link" href={`/portaal/organisaties/${membership.organisationId}/profiel`}>
          {t.profileLink}
        </a>
        <a class="utrecht-link" href={`/portaal/organisaties/${membership.organisationId}/leden`}>
          {t.membersLink}
        </a>
        {items.length > 0 && (
          <a class="utrecht-link" href={`/portaal/organisaties/${membership.organisationId}/activiteiten`}>
            {t.allActivitiesLink}
          </a>
        )}
      </div>
      {groups.length === 0 ? (
        <p class="utrecht-paragraph">{t.noActivities}</p>
      ) : (
        <>
          <ul class="vw-status-counts" aria-label={t.countsLabel}>
            {groups.map((g) => (
              <li>
                <StatusTag status={g.status} /> {g.items.length}
              </li>
            ))}
          </ul>
          {groups.map((g) => {
            const table = (
              <>
                <ActivityTable items={g.items.slice(0, WORKSPACE_GROUP_LIMIT)} caption={ta.statusLabel(g.status)} membership={membership} />
                {g.items.length > WORKSPACE_GROUP_LIMIT && (
                  <p class="utrecht-paragraph">
                    <a class="utrecht-link" href={organisationActivitiesHref(membership.organisationId, g.status)}>
                      {t.showAll(ta.statusLabel(g.status), g.items.length)}
                    </a>
                  </p>
                )}
              </>
            );
            return g.status === 'archived' ? (
              <details class="vw-archived">
                <summary>{t.archivedSummary(g.items.length)}</summary>
                {table}
              </details>
            ) : (
              <>
                <h3 class="utrecht-heading-3">{t.groupHeading(ta.statusLabel(g.status), g.items.length)}</h3>
                {table}
              </>
            );
          })}
        </>
      )}
    </section>
  );
}

/** Puts each activity under one of the user's organisations: its own organisation first, else a co-organiser. */
export function byOrganisation(memberships: Membership[], items: WorkspaceActivity[]) {
  const mine = new Set(memberships.map((m) => m.organisationId));
  const placed = new Map<number, WorkspaceActivity[]>(memberships.map((m) => [m.organisationId, []]));
  for (const a of items) {
    const home = mine.has(a.organisationId) ? a.organisationId : a.coOrganiserIds.find((id) => mine.has(id));
    if (home !== undefined) placed.get(home)!.push(a);
  }
  return placed;
}

export function WorkspacePage({ user, items, canReview }: { user: CurrentUser; items: WorkspaceActivity[]; canReview: boolean }) {
  const c = useAppContext();
  const t = workspaceTexts[c.var.locale];
  const placed = byOrganisation(user.memberships, items);
  const attention = items.flatMap((a) => notesFor(a, t).filter((n) => n.urgent).map((n) => ({ activity: a, note: n })));
  return (
    <>
      <h1 class="utrecht-heading-1">{t.title}</h1>
      <p class="utrecht-paragraph">{t.intro(user.name)}</p>
      {canReview && (
        <p class="utrecht-paragraph">
          <a class="utrecht-link" href="/beoordelen">
            {t.reviewLink}
          </a>
        </p>
      )}
      {!canUsePartnerWorkspace(user) ? (
        <p class="utrecht-paragraph">
          {t.notForRole}{' '}
          <a class="utrecht-link" href={landingPath(user.role, [])}>
            {t.goToOwnWork}
          </a>
        </p>
      ) : user.memberships.length === 0 ? (
        <>
          <p class="utrecht-paragraph">{t.noOrganisation}</p>
          <p class="utrecht-paragraph">
            {t.noOrganisationHelp}{' '}
            <a class="utrecht-link" href="/registreren">
              {t.registerLink}
            </a>
          </p>
        </>
      ) : (
        <>
          <section class="vw-attention-list" aria-labelledby="aandacht">
            <h2 class="utrecht-heading-2" id="aandacht">
              {t.attentionHeading}
            </h2>
            {attention.length === 0 ? (
              <p class="utrecht-paragraph">{t.nothingNeedsAction}</p>
            ) : (
              <ul class="utrecht-unordered-list">
                {attention.slice(0, WORKSPACE_GROUP_LIMIT).map(({ activity, note }) => (
                  <li>
                    <a class="utrecht-link" href={`/portaal/activiteiten/${activity.id}`}>
                      {activity.title}
                    </a>
                    : {note.text}
                    {note.comment && (
                      <>
                        {' '}
                        <span class="vw-review-comment">
                          <strong>{t.commentLabel}:</strong> <span class="vw-preserve-lines">{note.comment}</span>
                        </span>
                      </>
                    )}
                  </li>
                ))}
              </ul>
            )}
            {attention.length > WORKSPACE_GROUP_LIMIT && <p class="utrecht-paragraph">{t.moreNeedAttention(attention.length - WORKSPACE_GROUP_LIMIT)}</p>}
          </section>
          {user.memberships.map((m) => (
            <OrganisationSection membership={m} items={placed.get(m.organisationId) ?? []} />
          ))}
        </>
      )}
    </>
  );
}

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
          {t.pageMissing(page)} <a class="utrecht-link" href={href(status)}>{t.firstPage}</a>
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
