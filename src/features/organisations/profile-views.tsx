import { ErrorSummary, SubmitButton } from '../../layout/form';
import { useAppContext, useTexts } from '../../layout/renderer';
import type { FieldErrors } from '../../validation/form';
import { formatDate, Notice, PostForm } from '../../layout/components';
import { ProfileFields, profileFieldLabels } from './profile-form';
import type { OrganisationWorkspace } from './queries';
import type { ProfileFormValues } from './schemas';
import { organisationTexts } from './texts';

export type ProfileNotice = { kind: 'ok' | 'error' | 'info'; text: string } | null;

export function profilePageTitle(workspace: OrganisationWorkspace, locale: 'nl' | 'en') {
  const t = organisationTexts[locale];
  const { organisation } = workspace;
  return organisation.status === 'approved' ? t.profileTitle(organisation.name) : t.applicationTitle(organisation.name);
}

function StatusNotice({ workspace }: { workspace: OrganisationWorkspace }) {
  const t = useTexts(organisationTexts);
  const { locale } = useAppContext().var;
  const { organisation, revision } = workspace;
  if (organisation.status === 'pending') return <Notice kind="info">{t.statusPending}</Notice>;
  if (organisation.status === 'rejected') {
    return (
      <Notice kind="warning">
        <p class="utrecht-paragraph">{t.statusRejected(organisation.decisionReason ?? '')}</p>
        <p class="utrecht-paragraph">{t.statusRejectedResubmit}</p>
      </Notice>
    );
  }
  return (
    <>
      <Notice kind="ok">{t.statusApproved}</Notice>
      {revision?.status === 'submitted' && <Notice kind="info">{t.revisionPending(formatDate(revision.createdAt, locale))}</Notice>}
      {revision?.status === 'rejected' && <Notice kind="warning">{t.revisionRejected(revision.reviewComment ?? '')}</Notice>}
    </>
  );
}

export function ProfilePage(props: { workspace: OrganisationWorkspace; values: ProfileFormValues; errors?: FieldErrors; notice?: ProfileNotice }) {
  const t = useTexts(organisationTexts);
  const { locale } = useAppContext().var;
  const { workspace } = props;
  const { organisation } = workspace;
  const submitLabel =
    organisation.status === 'approved' ? t.submitRevision : organisation.status === 'rejected' ? t.resubmitApplication : t.saveApplication;
  return (
    <>
      <h1 class="utrecht-heading-1">{profilePageTitle(workspace, locale)}</h1>
      {props.notice && <Notice kind={props.notice.kind}>{props.notice.text}</Notice>}
      <StatusNotice workspace={workspace} />
      <ErrorSummary errors={props.errors ?? {}} labels={profileFieldLabels(t)} />
      {organisation.status === 'approved' && <p class="utrecht-paragraph">{t.approvedEditIntro}</p>}
      <PostForm action={`/portaal/organisaties/${organisation.id}/profiel`} files>
        <input type="hidden" name="versie" value={String(organisation.version)} />
        <ProfileFields values={props.values} errors={props.errors} neighbourhoods={workspace.neighbourhoods} withLogo />
        <SubmitButton label={submitLabel} />
      </PostForm>
      {workspace.revision?.status === 'submitted' && (
        <PostForm action={`/portaal/organisaties/${organisation.id}/profiel/intrekken`} class="vw-account-form vw-account-form--secondary">
          <SubmitButton label={t.withdrawRevision} secondary />
        </PostForm>
      )}
      <p class="utrecht-paragraph">
        <a class="utrecht-link" href={`/portaal/organisaties/${organisation.id}/leden`}>
          {t.membersLink}
        </a>
      </p>
    </>
  );
}
