import type { ActivityStatus } from '../../db/enums';
import type { CurrentUser, Membership } from '../../env';
import { useAppContext } from '../../layout/renderer';
import { describeWhen } from '../activities/schedule';
import { activityEditingTexts } from '../activity-editing/texts';
import { Notice, StatusTag } from '../activity-editing/views';
import type { WorkspaceActivity } from './queries';
import { workspaceTexts } from './texts';

/** The order of the status groups on the page. */
export const STATUS_ORDER: ActivityStatus[] = ['changes-requested', 'draft', 'submitted', 'published', 'withdrawn', 'rejected', 'archived'];

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
          {groups.map((g) =>
            g.status === 'archived' ? (
              <details class="vw-archived">
                <summary>{t.archivedSummary(g.items.length)}</summary>
                <ActivityTable items={g.items} caption={ta.statusLabel(g.status)} membership={membership} />
              </details>
            ) : (
              <>
                <h3 class="utrecht-heading-3">{t.groupHeading(ta.statusLabel(g.status), g.items.length)}</h3>
                <ActivityTable items={g.items} caption={ta.statusLabel(g.status)} membership={membership} />
              </>
            ),
          )}
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
      {user.memberships.length === 0 ? (
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
                {attention.map(({ activity, note }) => (
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
          </section>
          {user.memberships.map((m) => (
            <OrganisationSection membership={m} items={placed.get(m.organisationId) ?? []} />
          ))}
        </>
      )}
    </>
  );
}
