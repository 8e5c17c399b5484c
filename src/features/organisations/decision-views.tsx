import { ErrorSummary, SubmitButton, TextArea } from '../../layout/form';
import { useAppContext, useTexts } from '../../layout/renderer';
import type { FieldErrors } from '../../validation/form';
import { formatDate, formatDateTime, Notice, PostForm } from '../accounts/components';
import type { NeighbourhoodOption, PendingOrganisation, PendingOrganisationRevision } from './queries';
import { waitingDays } from './queries';
import type { OrganisationProfile } from './schemas';
import { organisationTexts } from './texts';

export type DecisionNotice = { kind: 'ok' | 'error' | 'info'; text: string } | null;

export function ReviewListPage(props: { organisations: PendingOrganisation[]; revisions: PendingOrganisationRevision[]; now: Date; notice?: DecisionNotice }) {
  const t = useTexts(organisationTexts);
  const { locale } = useAppContext().var;
  return (
    <>
      <h1 class="utrecht-heading-1">{t.reviewTitle}</h1>
      {props.notice && <Notice kind={props.notice.kind}>{props.notice.text}</Notice>}
      <p class="utrecht-paragraph">{t.reviewIntro}</p>
      <h2 class="utrecht-heading-2" id="nieuwe-organisaties">
        {t.pendingOrganisationsTitle}
      </h2>
      {props.organisations.length === 0 ? (
        <p class="utrecht-paragraph">{t.noPendingOrganisations}</p>
      ) : (
        <div class="utrecht-table-container">
          <table class="utrecht-table" aria-labelledby="nieuwe-organisaties">
            <thead class="utrecht-table__header">
              <tr class="utrecht-table__row">
                <th class="utrecht-table__header-cell" scope="col">{t.columnOrganisation}</th>
                <th class="utrecht-table__header-cell" scope="col">{t.columnKind}</th>
                <th class="utrecht-table__header-cell" scope="col">{t.columnSubmitted}</th>
                <th class="utrecht-table__header-cell" scope="col">{t.columnWaiting}</th>
              </tr>
            </thead>
            <tbody class="utrecht-table__body">
              {props.organisations.map((o) => (
                <tr class="utrecht-table__row">
                  <th class="utrecht-table__header-cell" scope="row">
                    <a class="utrecht-link" href={`/beoordelen/organisaties/${o.id}`}>
                      {o.name}
                    </a>
                  </th>
                  <td class="utrecht-table__cell">{t.kindName(o.kind)}</td>
                  <td class="utrecht-table__cell">{formatDate(o.submittedAt, locale)}</td>
                  <td class="utrecht-table__cell">{t.waitingDays(waitingDays(o.submittedAt, props.now))}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <h2 class="utrecht-heading-2" id="profielwijzigingen">
        {t.pendingRevisionsTitle}
      </h2>
      {props.revisions.length === 0 ? (
        <p class="utrecht-paragraph">{t.noPendingRevisions}</p>
      ) : (
        <div class="utrecht-table-container">
          <table class="utrecht-table" aria-labelledby="profielwijzigingen">
            <thead class="utrecht-table__header">
              <tr class="utrecht-table__row">
                <th class="utrecht-table__header-cell" scope="col">{t.columnOrganisation}</th>
                <th class="utrecht-table__header-cell" scope="col">{t.columnSubmitted}</th>
                <th class="utrecht-table__header-cell" scope="col">{t.columnWaiting}</th>
              </tr>
            </thead>
            <tbody class="utrecht-table__body">
              {props.revisions.map((r) => (
                <tr class="utrecht-table__row">
                  <th class="utrecht-table__header-cell" scope="row">
                    <a class="utrecht-link" href={`/beoordelen/organisaties/wijzigingen/${r.id}`}>
                      {r.organisationName}
                    </a>
                  </th>
                  <td class="utrecht-table__cell">{formatDate(r.submittedAt, locale)}</td>
                  <td class="utrecht-table__cell">{t.waitingDays(waitingDays(r.submittedAt, props.now))}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}

const neighbourhoodNames = (ids: number[], options: NeighbourhoodOption[]) =>
  options.filter((n) => ids.includes(n.id)).map((n) => n.name).join(', ');

function profileRows(profile: OrganisationProfile, options: NeighbourhoodOption[], t: (typeof organisationTexts)['nl']) {
  return [
    { label: t.nameLabel, value: profile.name },
    { label: t.kindLabel, value: t.kindName(profile.kind) },
    { label: t.descriptionLabel, value: profile.description },
    { label: t.neighbourhoodsLabel, value: neighbourhoodNames(profile.neighbourhoodIds, options) },
    { label: t.websiteLabel, value: profile.website ?? '' },
    { label: t.contactEmailLabel, value: profile.contactEmail },
    { label: t.contactPhoneLabel, value: profile.contactPhone ?? '' },
  ];
}

function DecisionForms(props: { base: string; version: number; reason?: string; errors?: FieldErrors }) {
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
        <TextArea name="reden" label={t.reasonLabel} description={t.reasonDescription} value={props.reason} error={props.errors?.reden} required maxLength={2000} rows={4} />
        <SubmitButton label={t.rejectButton} secondary />
      </PostForm>
    </div>
  );
}

type Member = { name: string; email: string; emailVerifiedAt: Date | null; role: string };

export function DecisionPage(props: {
  organisation: { id: number; name: string; status: string; version: number; createdAt: Date; decisionReason: string | null };
  profile: OrganisationProfile;
  members: Member[];
  neighbourhoods: NeighbourhoodOption[];
  now: Date;
  notice?: DecisionNotice;
  reason?: string;
  errors?: FieldErrors;
}) {
  const t = useTexts(organisationTexts);
  const { locale } = useAppContext().var;
  const { organisation } = props;
  return (
    <>
      <h1 class="utrecht-heading-1">{t.decisionTitle(organisation.name)}</h1>
      {props.notice && <Notice kind={props.notice.kind}>{props.notice.text}</Notice>}
      <p class="utrecht-paragraph">
        {t.submittedOn(formatDateTime(organisation.createdAt, locale), t.waitingDays(waitingDays(organisation.createdAt, props.now)))}
      </p>
      <dl class="utrecht-data-list vw-account-details">
        {profileRows(props.profile, props.neighbourhoods, t).map((row) => (
          <div class="utrecht-data-list__item">
            <dt class="utrecht-data-list__item-key">{row.label}</dt>
            <dd class="utrecht-data-list__item-value utrecht-data-list__item-value--multiline">{row.value || t.none}</dd>
          </div>
        ))}
      </dl>
      <h2 class="utrecht-heading-2">{t.applicantsTitle}</h2>
      <ul class="utrecht-unordered-list">
        {props.members.map((m) => (
          <li>
            {m.name} ({m.email}, {m.emailVerifiedAt ? t.emailVerified : t.emailUnverified})
          </li>
        ))}
      </ul>
      {organisation.status === 'pending' ? (
        <DecisionForms base={`/beoordelen/organisaties/${organisation.id}`} version={organisation.version} reason={props.reason} errors={props.errors} />
      ) : (
        <Notice kind="info">{t.alreadyDecided(t.statusName(organisation.status))}</Notice>
      )}
      <p class="utrecht-paragraph">
        <a class="utrecht-link" href="/beoordelen/organisaties">
          {t.backToList}
        </a>
      </p>
    </>
  );
}

export function RevisionDecisionPage(props: {
  revision: { id: number; status: string; version: number; createdAt: Date };
  organisationName: string;
  current: OrganisationProfile;
  proposed: OrganisationProfile;
  neighbourhoods: NeighbourhoodOption[];
  now: Date;
  notice?: DecisionNotice;
  reason?: string;
  errors?: FieldErrors;
}) {
  const t = useTexts(organisationTexts);
  const { locale } = useAppContext().var;
  const current = profileRows(props.current, props.neighbourhoods, t);
  const proposed = profileRows(props.proposed, props.neighbourhoods, t);
  return (
    <>
      <h1 class="utrecht-heading-1">{t.revisionDecisionTitle(props.organisationName)}</h1>
      {props.notice && <Notice kind={props.notice.kind}>{props.notice.text}</Notice>}
      <p class="utrecht-paragraph">
        {t.submittedOn(formatDateTime(props.revision.createdAt, locale), t.waitingDays(waitingDays(props.revision.createdAt, props.now)))}
      </p>
      <div class="utrecht-table-container">
        <table class="utrecht-table vw-account-compare">
          <caption class="utrecht-table__caption">{t.revisionDecisionTitle(props.organisationName)}</caption>
          <thead class="utrecht-table__header">
            <tr class="utrecht-table__row">
              <th class="utrecht-table__header-cell" scope="col">{t.compareField}</th>
              <th class="utrecht-table__header-cell" scope="col">{t.compareCurrent}</th>
              <th class="utrecht-table__header-cell" scope="col">{t.compareProposed}</th>
            </tr>
          </thead>
          <tbody class="utrecht-table__body">
            {current.map((row, i) => {
              const next = proposed[i]!.value;
              const changed = next !== row.value;
              return (
                <tr class={`utrecht-table__row${changed ? ' vw-account-compare__changed' : ''}`}>
                  <th class="utrecht-table__header-cell" scope="row">
                    {row.label}
                    {changed && <span class="vw-meta"> ({t.changed})</span>}
                  </th>
                  <td class="utrecht-table__cell">{row.value || t.none}</td>
                  <td class="utrecht-table__cell">{changed ? <ins>{next || t.none}</ins> : next || t.none}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {props.revision.status === 'submitted' ? (
        <DecisionForms base={`/beoordelen/organisaties/wijzigingen/${props.revision.id}`} version={props.revision.version} reason={props.reason} errors={props.errors} />
      ) : (
        <Notice kind="info">{t.revisionAlreadyDecided}</Notice>
      )}
      <p class="utrecht-paragraph">
        <a class="utrecht-link" href="/beoordelen/organisaties">
          {t.backToList}
        </a>
      </p>
    </>
  );
}
