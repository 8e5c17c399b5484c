import { ORGANISATION_KINDS } from '../../db/enums';
import { useTexts } from '../../layout/renderer';
import { ActivityCardList } from '../activities/card';
import { DemoBadge, mailtoHref, Paragraphs, safeWebUrl, telHref } from '../activities/components';
import type { DirectoryEntry, PartnerPageData } from './queries';
import { partnerTexts } from './texts';
import { StoredImg } from '../../media/image-field';
import { imageOfColumns } from '../../media/image-input';

export function DirectoryPage({ entries }: { entries: DirectoryEntry[] }) {
  const t = useTexts(partnerTexts);
  return (
    <>
      <h1 class="utrecht-heading-1">{t.directoryTitle}</h1>
      <p class="utrecht-paragraph">{t.directoryIntro}</p>
      {ORGANISATION_KINDS.map((kind) => {
        const group = entries.filter((e) => e.kind === kind);
        return (
          <section class="vw-section" aria-labelledby={`soort-${kind}`}>
            <h2 class="utrecht-heading-2" id={`soort-${kind}`}>
              {t.kindHeading(kind)}
            </h2>
            <p class="utrecht-paragraph">{t.kindIntro(kind)}</p>
            {group.length ? (
              <ul class="vw-grid vw-plain-list">
                {group.map((entry) => (
                  <li class="vw-card">
                    <h3 class="utrecht-heading-3">
                      <a class="utrecht-link" href={`/partners/${encodeURIComponent(entry.slug)}`}>
                        {entry.name}
                      </a>
                    </h3>
                    {entry.isDemo === 1 && <DemoBadge />}
                    {entry.description && <p class="utrecht-paragraph">{entry.description}</p>}
                    <p class="utrecht-paragraph vw-meta">{t.activityCount(entry.activityCount)}</p>
                  </li>
                ))}
              </ul>
            ) : (
              <p class="utrecht-paragraph">{t.noPartnersOfKind}</p>
            )}
          </section>
        );
      })}
      <section class="vw-section vw-card" aria-labelledby="aanmelden">
        <h2 class="utrecht-heading-2" id="aanmelden">
          {t.registerHeading}
        </h2>
        <p class="utrecht-paragraph">
          <a class="utrecht-link" href="/registreren">
            {t.registerLink}
          </a>
        </p>
      </section>
    </>
  );
}

export function PartnerPage({ data }: { data: PartnerPageData }) {
  const t = useTexts(partnerTexts);
  const p = data.partner;
  const website = safeWebUrl(p.website);
  const email = mailtoHref(p.contactEmail);
  const phone = telHref(p.contactPhone);
  const logo = imageOfColumns(p.logoKey, p.logoAlt);
  return (
    <>
      <p class="utrecht-paragraph vw-back-link">
        <a class="utrecht-link" href="/partners">
          {t.backToDirectory}
        </a>
      </p>
      <h1 class="utrecht-heading-1">
        {p.name}
        {p.isDemo === 1 && (
          <>
            {' '}
            <DemoBadge />
          </>
        )}
      </h1>
      {p.isDemo === 1 && <p class="utrecht-paragraph vw-meta">{t.demoOrganisation}</p>}
      {logo && (
        <p class="vw-partner-logo__frame" lang={logo.alt ? 'nl' : undefined}>
          <StoredImg image={logo} class="vw-partner-logo" />
        </p>
      )}
      {p.description && <Paragraphs text={p.description} />}
      <dl class="vw-facts">
        <dt>{t.kindField}</dt>
        <dd>{t.kindLabel(p.kind)}</dd>
        {data.activeIn.length > 0 && (
          <>
            <dt>{t.neighbourhoodsField}</dt>
            <dd>
              {data.activeIn.map((n, i) => (
                <>
                  {i > 0 && ', '}
                  <a class="utrecht-link" href={`/wijken/${encodeURIComponent(n.slug)}`}>
                    {n.name}
                  </a>
                </>
              ))}
            </dd>
          </>
        )}
        {p.website && (
          <>
            <dt>{t.websiteField}</dt>
            <dd>
              {website ? (
                <a class="utrecht-link" href={website} rel="noopener noreferrer">
                  {p.website}
                </a>
              ) : (
                p.website
              )}
            </dd>
          </>
        )}
        {p.contactEmail && (
          <>
            <dt>{t.emailField}</dt>
            <dd>
              {email ? (
                <a class="utrecht-link" href={email}>
                  {p.contactEmail}
                </a>
              ) : (
                p.contactEmail
              )}
            </dd>
          </>
        )}
        {p.contactPhone && (
          <>
            <dt>{t.phoneField}</dt>
            <dd>
              {phone ? (
                <a class="utrecht-link" href={phone}>
                  {p.contactPhone}
                </a>
              ) : (
                p.contactPhone
              )}
            </dd>
          </>
        )}
      </dl>
      <section class="vw-section" aria-labelledby="activiteiten-van">
        <h2 class="utrecht-heading-2" id="activiteiten-van">
          {t.activitiesHeading(p.name)}
        </h2>
        {data.activities.length ? (
          <ActivityCardList cards={data.activities} refs={data} headingLevel={3} />
        ) : (
          <p class="utrecht-paragraph">{t.noActivities}</p>
        )}
      </section>
    </>
  );
}
