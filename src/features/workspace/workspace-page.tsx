import { landingPath } from '../../auth/landing';
import { canUsePartnerWorkspace } from '../../auth/policy';
import type { CurrentUser, Membership } from '../../env';
import { Notice } from '../../layout/components';
import { useAppContext } from '../../layout/renderer';
import { activityEditingTexts } from '../activity-editing/texts';
import { StatusTag } from '../activity-editing/views';
import { EmbedWidget } from '../open-data/widget/embed';
import { NoteComment, notesFor } from './activity-notes';
import { ActivityTable } from './activity-table';
import { byOrganisation, organisationActivitiesHref, STATUS_ORDER, WORKSPACE_GROUP_LIMIT } from './grouping';
import type { WorkspaceActivity } from './queries';
import { workspaceTexts } from './texts';

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
      {membership.organisationStatus === 'pending' && (
        <Notice kind="info" plain>
          {t.organisationPending}
        </Notice>
      )}
      {membership.organisationStatus === 'rejected' && (
        <Notice kind="warning" plain>
          {t.organisationRejected}
        </Notice>
      )}
      {membership.organisationStatus === 'approved' && (
        <EmbedWidget filter={{ organisatie: membership.organisationSlug }} id={`widget-${membership.organisationId}`} />
      )}
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

export function WorkspacePage({ user, items, canReview }: { user: CurrentUser; items: WorkspaceActivity[]; canReview: boolean }) {
  const c = useAppContext();
  const t = workspaceTexts[c.var.locale];
  const placed = byOrganisation(user.memberships, items);
  const attention = items.flatMap((a) =>
    notesFor(a, t)
      .filter((n) => n.urgent)
      .map((n) => ({ activity: a, note: n })),
  );
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
                    {note.comment && <NoteComment comment={note.comment} />}
                  </li>
                ))}
              </ul>
            )}
            {attention.length > WORKSPACE_GROUP_LIMIT && (
              <p class="utrecht-paragraph">{t.moreNeedAttention(attention.length - WORKSPACE_GROUP_LIMIT)}</p>
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
