import { DataTable } from '../../layout/data-table';
import { ErrorSummary, SubmitButton, TextArea } from '../../layout/form';
import { useAppContext, useTexts } from '../../layout/renderer';
import type { FieldErrors } from '../../validation/form';
import { formatDate, formatDateTime, Notice, PostForm } from '../../layout/components';
import { DetailList } from '../accounts/components';
import type { NeighbourhoodOption, PendingOrganisation, PendingOrganisationRevision } from './queries';
import { daysWaiting } from '../../dates';
import type { OrganisationProfile } from './schemas';
import { organisationTexts } from './texts';
import { StoredImg } from '../../media/image-field';
import type { ImageRef } from '../../media/image-input';

export type DecisionNotice = { kind: 'ok' | 'error' | 'info'; text: string } | null;

export function ReviewListPage(props: {
  organisations: PendingOrganisation[];
  revisions: PendingOrganisationRevision[];
  now: Date;
  notice?: DecisionNotice;
}) {
  const t = useTexts(organisationTexts);
  const { locale } = useAppContext().var;
  const waiting = (submittedAt: Date) => t.waitingDays(daysWaiting(submittedAt, props.now));
  return (
    <>
      <h1 class="utrecht-heading-1">{t.reviewTitle}</h1>
      {props.notice && <Notice kind={props.notice.kind}>{props.notice.text}</Notice>}
      <p class="utrecht-paragraph">{t.reviewIntro}</p>
      <h2 class="utrecht-heading-2" id="nieuwe-organisaties">
        {t.pendingOrganisationsTitle}
      </h2>
      <DataTable
        labelledBy="nieuwe-organisaties"
        columns={[t.columnOrganisation, t.columnKind, t.columnSubmitted, t.columnWaiting]}
        rows={props.organisations}
        empty={t.noPendingOrganisations}
        row={(o) => (
          <tr class="utrecht-table__row">
            <th class="utrecht-table__header-cell" scope="row">
              <a class="utrecht-link" href={`/beoordelen/organisaties/${o.id}`}>
                {o.name}
              </a>
            </th>
            <td class="utrecht-table__cell">{t.kindName(o.kind)}</td>
            <td class="utrecht-table__cell">{formatDate(o.submittedAt, locale)}</td>
            <td class="utrecht-table__cell">{waiting(o.submittedAt)}</td>
          </tr>
        )}
      />
      <h2 class="utrecht-heading-2" id="profielwijzigingen">
        {t.pendingRevisionsTitle}
      </h2>
      <DataTable
        labelledBy="profielwijzigingen"
        columns={[t.columnOrganisation, t.columnSubmitted, t.columnWaiting]}
        rows={props.revisions}
        empty={t.noPendingRevisions}
        row={(r) => (
          <tr class="utrecht-table__row">
            <th class="utrecht-table__header-cell" scope="row">
              <a class="utrecht-link" href={`/beoordelen/organisaties/wijzigingen/${r.id}`}>
                {r.organisationName}
              </a>
            </th>
            <td class="utrecht-table__cell">{formatDate(r.submittedAt, locale)}</td>
            <td class="utrecht-table__cell">{waiting(r.submittedAt)}</td>
          </tr>
        )}
      />
    </>
  );
}

const neighbourhoodNames = (ids: number[], options: NeighbourhoodOption[]) =>
  options
    .filter((n) => ids.includes(n.id))
    .map((n) => n.name)
    .join(', ');

function profileRows(
  profile: OrganisationProfile,
  options: NeighbourhoodOption[],
  t: (typeof organisationTexts)['nl'],
): { label: string; value: string; image?: ImageRef | null }[] {
  return [
    { label: t.nameLabel, value: profile.name },
    { label: t.kindLabel, value: t.kindName(profile.kind) },
    { label: t.descriptionLabel, value: profile.description },
    { label: t.neighbourhoodsLabel, value: neighbourhoodNames(profile.neighbourhoodIds, options) },
    { label: t.websiteLabel, value: profile.website ?? '' },
    { label: t.contactEmailLabel, value: profile.contactEmail },
    { label: t.contactPhoneLabel, value: profile.contactPhone ?? '' },
    { label: t.logoLabel, value: profile.logo ? profile.logo.alt || '—' : '', image: profile.logo },
  ];
}

/** Title, notice and when it was submitted: the top of both decision pages. */
function DecisionHeading(props: { title: string; notice?: DecisionNotice; submittedAt: Date; now: Date }) {
  const t = useTexts(organisationTexts);
  const { locale } = useAppContext().var;
  return (
    <>
      <h1 class="utrecht-heading-1">{props.title}</h1>
      {props.notice && <Notice kind={props.notice.kind}>{props.notice.text}</Notice>}
      <p class="utrecht-paragraph">
        {t.submittedOn(formatDateTime(props.submittedAt, locale), t.waitingDays(daysWaiting(props.submittedAt, props.now)))}
      </p>
    </>
  );
}

type DecisionFormProps = {
  /** The path the approve and reject forms post below (`…/goedkeuren`, `…/afwijzen`). */
  base: string;
  version: number;
  reason?: string;
  errors?: FieldErrors;
};

/** While the decision is open, the approve and reject forms; once decided, why they are gone. Then the way back. */
function DecisionActions(props: DecisionFormProps & { open: boolean; decidedText: string }) {
  const t = useTexts(organisationTexts);
  return (
    <>
      {props.open ? <DecisionForms {...props} /> : <Notice kind="info">{props.decidedText}</Notice>}
      <p class="utrecht-paragraph">
        <a class="utrecht-link" href="/beoordelen/organisaties">
          {t.backToList}
        </a>
      </p>
    </>
  );
}

function DecisionForms(props: DecisionFormProps) {
  const t = useTexts(organisationTexts);
  return (
    <div class="vw-account-decision">
      <PostForm action={`${props.base}/goedkeuren`}>
        <input type="hidden" name="versie" value={String(props.version)} />
        <SubmitButton label={t.approveButton} />
      </PostForm>
      <h2 class="utrecht-heading-2">{t.rejectTitle}</h2>
      <ErrorSummary errors={props.errors ?? {}} labels={{ reden: t.reasonLabel }} />
      <PostForm action={`${props.base}/afwijzen`}>
        <input type="hidden" name="versie" value={String(props.version)} />
        <TextArea
          name="reden"
          label={t.reasonLabel}
          description={t.reasonDescription}
          value={props.reason}
          error={props.errors?.reden}
          required
          maxLength={2000}
          rows={4}
        />
        <SubmitButton label={t.rejectButton} secondary />
      </PostForm>
    </div>
  );
}

type Member = { name: string; email: string; emailVerifiedAt: Date | null; role: string };

/** What both decision pages show besides their subject: names for the neighbourhood ids, the clock, and the last answer. */
type DecisionPageState = {
  neighbourhoods: NeighbourhoodOption[];
  now: Date;
  notice?: DecisionNotice;
  /** The reason typed before a failed rejection. */
  reason?: string;
  errors?: FieldErrors;
};

export function DecisionPage(
  props: DecisionPageState & {
    organisation: { id: number; name: string; status: string; version: number; createdAt: Date; decisionReason: string | null };
    profile: OrganisationProfile;
    members: Member[];
  },
) {
  const t = useTexts(organisationTexts);
  const { organisation } = props;
  const rows = profileRows(props.profile, props.neighbourhoods, t);
  return (
    <>
      <DecisionHeading title={t.decisionTitle(organisation.name)} notice={props.notice} submittedAt={organisation.createdAt} now={props.now} />
      <DetailList multiline items={rows.map((row) => ({ label: row.label, value: row.value || t.none }))} />
      <h2 class="utrecht-heading-2">{t.applicantsTitle}</h2>
      <ul class="utrecht-unordered-list">
        {props.members.map((m) => (
          <li>
            {m.name} ({m.email}, {m.emailVerifiedAt ? t.emailVerified : t.emailUnverified})
          </li>
        ))}
      </ul>
      <DecisionActions
        open={organisation.status === 'pending'}
        decidedText={t.alreadyDecided(t.statusName(organisation.status))}
        base={`/beoordelen/organisaties/${organisation.id}`}
        version={organisation.version}
        reason={props.reason}
        errors={props.errors}
      />
    </>
  );
}

export function RevisionDecisionPage(
  props: DecisionPageState & {
    revision: { id: number; status: string; version: number; createdAt: Date };
    organisationName: string;
    current: OrganisationProfile;
    proposed: OrganisationProfile;
  },
) {
  const t = useTexts(organisationTexts);
  const current = profileRows(props.current, props.neighbourhoods, t);
  const proposed = profileRows(props.proposed, props.neighbourhoods, t);
  const title = t.revisionDecisionTitle(props.organisationName);
  return (
    <>
      <DecisionHeading title={title} notice={props.notice} submittedAt={props.revision.createdAt} now={props.now} />
      <DataTable
        class="vw-account-compare"
        caption={title}
        columns={[t.compareField, t.compareCurrent, t.compareProposed]}
        rows={current}
        row={(row, i) => {
          const next = proposed[i]!.value;
          const changed = next !== row.value || proposed[i]!.image?.key !== row.image?.key;
          const after = proposed[i]!.image;
          return (
            <tr class={`utrecht-table__row${changed ? ' vw-account-compare__changed' : ''}`}>
              <th class="utrecht-table__header-cell" scope="row">
                {row.label}
                {changed && <span class="vw-meta"> ({t.changed})</span>}
              </th>
              <td class="utrecht-table__cell">
                {row.image && <StoredImg image={row.image} class="vw-comparison__image" />}
                {row.value || t.none}
              </td>
              <td class="utrecht-table__cell">
                {after && <StoredImg image={after} class="vw-comparison__image" />}
                {changed ? <ins>{next || t.none}</ins> : next || t.none}
              </td>
            </tr>
          );
        }}
      />
      <DecisionActions
        open={props.revision.status === 'submitted'}
        decidedText={t.revisionAlreadyDecided}
        base={`/beoordelen/organisaties/wijzigingen/${props.revision.id}`}
        version={props.revision.version}
        reason={props.reason}
        errors={props.errors}
      />
    </>
  );
}
