import { canChangeAccount } from '../../auth/policy';
import { USER_ROLES } from '../../db/enums';
import type { CurrentUser } from '../../env';
import { DataTable } from '../../layout/data-table';
import { ChoiceGroup, ErrorSummary, SelectField, SubmitButton, TextField } from '../../layout/form';
import { useAppContext, useTexts } from '../../layout/renderer';
import type { FieldErrors } from '../../validation/form';
import { AdminDeleteAccountForm } from '../privacy/views';
import { formatDateTime, Notice, PostForm } from '../../layout/components';
import { AccountDetailList, LanguageChoice } from '../accounts/components';
import { accountTexts } from '../accounts/texts';
import { USERS_PER_PAGE, type UserDetail, type UserListRow } from './queries';
import { adminTexts } from './texts';

export type AdminNotice = { kind: 'ok' | 'error'; text: string } | null;

function StatusText({ user }: { user: Pick<UserListRow, 'disabledAt' | 'invited'> }) {
  const t = useTexts(adminTexts);
  if (user.disabledAt) return <span class="utrecht-status-badge utrecht-status-badge--danger">{t.statusDisabled}</span>;
  if (user.invited) return <span class="utrecht-status-badge utrecht-status-badge--neutral">{t.statusInvited}</span>;
  return <span class="utrecht-status-badge utrecht-status-badge--success">{t.statusActive}</span>;
}

function AdminLinks() {
  const t = useTexts(adminTexts);
  return (
    <ul class="utrecht-unordered-list vw-account-links">
      <li>
        <a class="utrecht-link" href="/beheer/uitnodigen">
          {t.inviteLink}
        </a>
      </li>
      <li>
        <a class="utrecht-link" href="/beheer/auditlog">
          {t.auditLink}
        </a>
      </li>
    </ul>
  );
}

export function UserListPage(props: { rows: UserListRow[]; total: number; filter: { q: string; rol?: string; pagina: number } }) {
  const t = useTexts(adminTexts);
  const a = useTexts(accountTexts);
  const { locale } = useAppContext().var;
  const pages = Math.max(1, Math.ceil(props.total / USERS_PER_PAGE));
  const pageLink = (page: number) => {
    const params = new URLSearchParams();
    if (props.filter.q) params.set('q', props.filter.q);
    if (props.filter.rol) params.set('rol', props.filter.rol);
    params.set('pagina', String(page));
    return `/beheer?${params.toString()}`;
  };
  return (
    <>
      <h1 class="utrecht-heading-1">{t.usersTitle}</h1>
      <p class="utrecht-paragraph">{t.usersIntro}</p>
      <AdminLinks />
      <form method="get" action="/beheer" class="vw-account-form vw-account-form--search" role="search">
        <TextField name="q" label={t.searchLabel} type="search" value={props.filter.q} maxLength={100} />
        <SelectField
          name="rol"
          label={t.roleFilterLabel}
          value={props.filter.rol ?? ''}
          placeholder={t.allRoles}
          options={USER_ROLES.map((r) => ({ value: r, label: a.roleName(r) }))}
        />
        <SubmitButton label={t.searchButton} secondary />
      </form>
      <p class="utrecht-paragraph" role="status">
        {t.resultCount(props.total)}
      </p>
      <DataTable
        caption={t.usersTitle}
        captionHidden
        columns={[t.columnName, t.columnEmail, t.columnRole, t.columnStatus, t.columnSecondFactor, t.columnLastLogin]}
        rows={props.rows}
        empty={t.noUsers}
        row={(u) => (
          <tr class="utrecht-table__row">
            <th class="utrecht-table__header-cell" scope="row">
              <a class="utrecht-link" href={`/beheer/gebruikers/${u.id}`}>
                {u.name}
              </a>
            </th>
            <td class="utrecht-table__cell">{u.email}</td>
            <td class="utrecht-table__cell">{a.roleName(u.role)}</td>
            <td class="utrecht-table__cell">
              <StatusText user={u} />
            </td>
            <td class="utrecht-table__cell">{u.totpEnabledAt ? t.yes : t.no}</td>
            <td class="utrecht-table__cell">{u.lastLoginAt ? formatDateTime(u.lastLoginAt, locale) : t.never}</td>
          </tr>
        )}
      />
      {pages > 1 && (
        <nav aria-label={t.pagination} class="vw-account-pagination">
          <p class="utrecht-paragraph">{t.pageOf(Math.min(props.filter.pagina, pages), pages)}</p>
          <ul class="utrecht-unordered-list vw-account-links">
            {props.filter.pagina > 1 && (
              <li>
                <a class="utrecht-link" href={pageLink(props.filter.pagina - 1)} rel="prev">
                  {t.previousPage}
                </a>
              </li>
            )}
            {props.filter.pagina < pages && (
              <li>
                <a class="utrecht-link" href={pageLink(props.filter.pagina + 1)} rel="next">
                  {t.nextPage}
                </a>
              </li>
            )}
          </ul>
        </nav>
      )}
    </>
  );
}

export function UserDetailPage(props: { actor: CurrentUser; detail: UserDetail; notice?: AdminNotice }) {
  const t = useTexts(adminTexts);
  const a = useTexts(accountTexts);
  const { locale } = useAppContext().var;
  const { user, memberships } = props.detail;
  const base = `/beheer/gebruikers/${user.id}`;
  const mayChange = canChangeAccount(props.actor, user.id);
  return (
    <>
      <h1 class="utrecht-heading-1">{t.userTitle(user.name)}</h1>
      {props.notice && <Notice kind={props.notice.kind}>{props.notice.text}</Notice>}
      <AccountDetailList
        email={user.email}
        emailVerified={user.emailVerifiedAt !== null}
        role={user.role}
        more={[
          { label: t.columnStatus, value: <StatusText user={user} /> },
          { label: t.columnSecondFactor, value: user.totpEnabledAt ? t.yes : t.no },
          { label: t.columnLastLogin, value: user.lastLoginAt ? formatDateTime(user.lastLoginAt, locale) : t.never },
        ]}
      />
      <h2 class="utrecht-heading-2">{t.memberships}</h2>
      {memberships.length === 0 ? (
        <p class="utrecht-paragraph">{t.noMemberships}</p>
      ) : (
        <ul class="utrecht-unordered-list">
          {memberships.map((m) => (
            <li>
              {m.name} ({a.membershipRoleName(m.role)})
            </li>
          ))}
        </ul>
      )}
      {!mayChange ? (
        <Notice kind="info">{t.ownAccount}</Notice>
      ) : (
        <>
          <h2 class="utrecht-heading-2">{t.roleTitle}</h2>
          <PostForm action={`${base}/rol`}>
            <input type="hidden" name="huidige_rol" value={user.role} />
            <SelectField
              name="rol"
              label={t.columnRole}
              description={t.roleDescription}
              required
              value={user.role}
              options={USER_ROLES.map((r) => ({ value: r, label: a.roleName(r) }))}
            />
            <SubmitButton label={t.roleSave} />
          </PostForm>
          {user.invited ? (
            <PostForm action={`${base}/opnieuw-uitnodigen`}>
              <SubmitButton label={t.resendInvitation} secondary />
            </PostForm>
          ) : null}
          {user.totpEnabledAt && (
            <>
              <h2 class="utrecht-heading-2">{t.resetSecondFactorTitle}</h2>
              <p class="utrecht-paragraph">{t.resetSecondFactorIntro}</p>
              <PostForm action={`${base}/tweestapsverificatie-resetten`}>
                <SubmitButton label={t.resetSecondFactorButton} secondary />
              </PostForm>
            </>
          )}
          <h2 class="utrecht-heading-2">{user.disabledAt ? t.enableTitle : t.disableTitle}</h2>
          {!user.disabledAt && <p class="utrecht-paragraph">{t.disableIntro}</p>}
          <PostForm action={`${base}/${user.disabledAt ? 'deblokkeren' : 'blokkeren'}`}>
            <SubmitButton label={user.disabledAt ? t.enableButton : t.disableButton} secondary />
          </PostForm>
          <AdminDeleteAccountForm action={`${base}/verwijderen`} />
        </>
      )}
      <p class="utrecht-paragraph">
        <a class="utrecht-link" href="/beheer">
          {t.usersTitle}
        </a>
      </p>
    </>
  );
}

export type InviteAccountValues = { naam: string; email: string; rol: string; taal: string };

export function InviteAccountPage(props: { values?: InviteAccountValues; errors?: FieldErrors; notice?: AdminNotice }) {
  const t = useTexts(adminTexts);
  const a = useTexts(accountTexts);
  const values = props.values ?? { naam: '', email: '', rol: 'programme', taal: 'nl' };
  return (
    <section class="vw-account-narrow">
      <h1 class="utrecht-heading-1">{t.inviteTitle}</h1>
      {props.notice && <Notice kind={props.notice.kind}>{props.notice.text}</Notice>}
      <ErrorSummary errors={props.errors ?? {}} labels={{ naam: t.nameLabel, email: t.emailLabel, rol: t.columnRole, taal: t.localeLabel }} />
      <p class="utrecht-paragraph">{t.inviteIntro}</p>
      <PostForm action="/beheer/uitnodigen">
        <TextField name="naam" label={t.nameLabel} value={values.naam} error={props.errors?.naam} required maxLength={120} />
        <TextField name="email" label={t.emailLabel} type="email" value={values.email} error={props.errors?.email} required maxLength={254} />
        <ChoiceGroup
          kind="radio"
          name="rol"
          label={t.columnRole}
          required
          error={props.errors?.rol}
          values={[values.rol]}
          options={(['programme', 'funder', 'admin'] as const).map((r) => ({ value: r, label: a.roleName(r) }))}
        />
        <LanguageChoice label={t.localeLabel} value={values.taal} error={props.errors?.taal} />
        <SubmitButton label={t.inviteButton} />
      </PostForm>
      <p class="utrecht-paragraph">
        <a class="utrecht-link" href="/beheer">
          {t.usersTitle}
        </a>
      </p>
    </section>
  );
}
