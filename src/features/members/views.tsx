import { canManageMember, canManageMembers } from '../../auth/policy';
import { MEMBERSHIP_ROLES } from '../../db/enums';
import type { CurrentUser } from '../../env';
import { DataTable } from '../../layout/data-table';
import { ChoiceGroup, ErrorSummary, SelectField, SubmitButton, TextField } from '../../layout/form';
import { useTexts } from '../../layout/renderer';
import type { FieldErrors } from '../../validation/form';
import { Notice, PostForm } from '../../layout/components';
import { LanguageChoice } from '../accounts/components';
import type { Member, OrganisationMembers } from './queries';
import { memberTexts } from './texts';

export type MembersNotice = { kind: 'ok' | 'error'; text: string } | null;
export type InviteValues = { naam: string; email: string; rol: string; taal: string };

function MemberActions({ user, organisationId, member }: { user: CurrentUser; organisationId: number; member: Member }) {
  const t = useTexts(memberTexts);
  if (!canManageMember(user, organisationId, member.userId)) return null;
  const base = `/portaal/organisaties/${organisationId}/leden/${member.userId}`;
  return (
    <div class="vw-account-member-actions">
      <PostForm action={`${base}/rol`} class="vw-account-form vw-account-form--inline">
        <SelectField
          name={`rol-${member.userId}`}
          label={t.roleFor(member.name)}
          required
          value={member.role}
          options={MEMBERSHIP_ROLES.map((r) => ({ value: r, label: t.roleName(r) }))}
          attributes={{ name: 'rol' }}
        />
        <SubmitButton label={t.changeRole} secondary />
      </PostForm>
      {!member.hasPassword && (
        <PostForm action={`${base}/opnieuw-uitnodigen`} class="vw-account-form vw-account-form--inline">
          <SubmitButton label={t.resend(member.name)} secondary />
        </PostForm>
      )}
      <PostForm action={`${base}/verwijderen`} class="vw-account-form vw-account-form--inline">
        <SubmitButton label={t.remove(member.name)} secondary />
      </PostForm>
    </div>
  );
}

export function MembersPage(props: {
  user: CurrentUser;
  data: OrganisationMembers;
  notice?: MembersNotice;
  invite?: InviteValues;
  errors?: FieldErrors;
}) {
  const t = useTexts(memberTexts);
  const { user, data } = props;
  const { organisation, members } = data;
  const owner = canManageMembers(user, organisation.id);
  const invite = props.invite ?? { naam: '', email: '', rol: 'editor', taal: 'nl' };
  return (
    <>
      <h1 class="utrecht-heading-1">{t.title(organisation.name)}</h1>
      {props.notice && <Notice kind={props.notice.kind}>{props.notice.text}</Notice>}
      <p class="utrecht-paragraph">{t.intro}</p>
      <DataTable
        caption={t.title(organisation.name)}
        captionHidden
        columns={[t.columnName, t.columnEmail, t.columnRole, ...(owner ? [t.columnActions] : [])]}
        rows={members}
        row={(m) => (
          <tr class="utrecht-table__row">
            <th class="utrecht-table__header-cell" scope="row">
              {m.name} {m.userId === user.id && <span class="vw-meta">{t.you}</span>}
            </th>
            <td class="utrecht-table__cell">
              {m.email}
              {!m.hasPassword && <span class="vw-meta"> ({t.invitationPending})</span>}
            </td>
            <td class="utrecht-table__cell">{t.roleName(m.role)}</td>
            {owner && (
              <td class="utrecht-table__cell">
                <MemberActions user={user} organisationId={organisation.id} member={m} />
              </td>
            )}
          </tr>
        )}
      />

      {owner && (
        <>
          <h2 class="utrecht-heading-2">{t.inviteTitle}</h2>
          <ErrorSummary errors={props.errors ?? {}} labels={{ naam: t.nameLabel, email: t.emailLabel, rol: t.roleLabel, taal: t.localeLabel }} />
          <p class="utrecht-paragraph">{t.inviteIntro}</p>
          <PostForm action={`/portaal/organisaties/${organisation.id}/leden`}>
            <TextField name="naam" label={t.nameLabel} value={invite.naam} error={props.errors?.naam} required maxLength={120} />
            <TextField name="email" label={t.emailLabel} type="email" value={invite.email} error={props.errors?.email} required maxLength={254} />
            <ChoiceGroup
              kind="radio"
              name="rol"
              label={t.roleLabel}
              required
              error={props.errors?.rol}
              values={[invite.rol]}
              options={MEMBERSHIP_ROLES.map((r) => ({ value: r, label: t.roleName(r) }))}
            />
            <LanguageChoice label={t.localeLabel} value={invite.taal} error={props.errors?.taal} />
            <SubmitButton label={t.inviteButton} />
          </PostForm>
        </>
      )}

      <h2 class="utrecht-heading-2">{t.leaveTitle}</h2>
      <p class="utrecht-paragraph">{t.leaveIntro}</p>
      <PostForm action={`/portaal/organisaties/${organisation.id}/leden/verlaten`}>
        <SubmitButton label={t.leaveButton} secondary />
      </PostForm>
    </>
  );
}
