import { useAppContext, useTexts } from '../../layout/renderer';
import { PillarIcon } from '../../layout/identity';
import { ActivityCardList } from '../activities/card';
import { PartnerContentNote } from '../activities/partner-content-note';
import { LIST_PARAMS } from '../activities/schemas';
import { SEARCH_MAX_LENGTH } from '../activities/search';
import { quickLinks } from './quick-links';
import type { HomeData } from './queries';
import { homeTexts } from './texts';

export function HomePage({ data, today }: { data: HomeData; today: string }) {
  const t = useTexts(homeTexts);
  const locale = useAppContext().var.locale;
  const links = quickLinks(today);
  return (
    <>
      <h1 class="utrecht-heading-1">{t.title}</h1>
      <section aria-labelledby="zoeken" class="vw-home-search">
        <h2 class="utrecht-heading-2 vw-visually-hidden" id="zoeken">
          {t.searchHeading}
        </h2>
        <form class="vw-home-search__form" method="get" action="/activiteiten" role="search" aria-labelledby="zoeken">
          <div class="utrecht-form-field utrecht-form-field--text">
            <div class="utrecht-form-field__label">
              <label class="utrecht-form-label" for="home-zoek">
                {t.searchLabel}
              </label>
            </div>
            <div class="utrecht-form-field-description" id="home-zoek-uitleg">
              {t.searchHint}
            </div>
            <div class="vw-search-row">
              <input
                class="utrecht-textbox utrecht-textbox--html-input"
                id="home-zoek"
                name={LIST_PARAMS.search}
                type="search"
                maxlength={SEARCH_MAX_LENGTH}
                aria-describedby="home-zoek-uitleg"
              />
              <button type="submit" class="utrecht-button utrecht-button--primary-action">
                {t.searchButton}
              </button>
            </div>
          </div>
        </form>
        <nav class="vw-quick-links" aria-label={t.quickLabel}>
          <ul>
            <li>
              <a class="utrecht-link" href={links.today}>
                {t.today}
              </a>
            </li>
            <li>
              <a class="utrecht-link" href={links.thisWeek}>
                {t.thisWeek}
              </a>
            </li>
            <li>
              <a class="utrecht-link" href={links.thisWeekend}>
                {t.thisWeekend}
              </a>
            </li>
          </ul>
        </nav>
      </section>

      <section aria-labelledby="binnenkort" class="vw-section">
        <h2 class="utrecht-heading-2" id="binnenkort">
          {t.upcomingHeading}
        </h2>
        <PartnerContentNote />
        {data.upcoming.length ? (
          <ActivityCardList cards={data.upcoming} refs={data} headingLevel={3} />
        ) : (
          <p class="utrecht-paragraph">{t.noUpcoming}</p>
        )}
        <p class="utrecht-paragraph">
          <a class="utrecht-link" href="/activiteiten">
            {t.allActivities}
          </a>
        </p>
      </section>

      <section aria-labelledby="pijlers" class="vw-section">
        <h2 class="utrecht-heading-2" id="pijlers">
          {t.pillarsHeading}
        </h2>
        <ul class="vw-grid vw-plain-list">
          {data.pillars.map((pillar) => {
            const name = locale === 'nl' ? pillar.nameNl : pillar.nameEn;
            return (
              <li class="vw-card vw-pillar-card" data-pillar={pillar.id}>
                <div class="vw-pillar-card__head">
                  <PillarIcon pillar={pillar.id} />
                  <h3 class="utrecht-heading-3">{name}</h3>
                </div>
                <p class="utrecht-paragraph">{locale === 'nl' ? pillar.descriptionNl : pillar.descriptionEn}</p>
                <p class="utrecht-paragraph">
                  <a class="utrecht-link" href={`/activiteiten?pijler=${pillar.id}`}>
                    {t.pillarActivities(name.toLowerCase())}
                  </a>
                </p>
              </li>
            );
          })}
        </ul>
      </section>

      <section aria-labelledby="wijken" class="vw-section">
        <h2 class="utrecht-heading-2" id="wijken">
          {t.neighbourhoodsHeading}
        </h2>
        <ul class="vw-grid vw-plain-list">
          {data.neighbourhoods.map((n) => (
            <li class="vw-card">
              <h3 class="utrecht-heading-3">{n.name}</h3>
              <p class="utrecht-paragraph">{locale === 'nl' ? n.descriptionNl : n.descriptionEn}</p>
              <p class="utrecht-paragraph">
                <a class="utrecht-link" href={`/wijken/${encodeURIComponent(n.slug)}`}>
                  {t.neighbourhoodLink(n.name)}
                </a>
              </p>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="ambitie" class="vw-section vw-intro">
        <h2 class="utrecht-heading-2" id="ambitie">
          {t.aboutHeading}
        </h2>
        <p class="utrecht-paragraph utrecht-paragraph--lead">{t.ambition}</p>
        <p class="utrecht-paragraph">{t.approach}</p>
      </section>

      <section aria-labelledby="partner-worden" class="vw-section vw-card">
        <h2 class="utrecht-heading-2" id="partner-worden">
          {t.partnerHeading}
        </h2>
        <p class="utrecht-paragraph">{t.partnerText}</p>
        <ul class="utrecht-unordered-list">
          <li>
            <a class="utrecht-link" href="/registreren">
              {t.partnerLink}
            </a>
          </li>
          <li>
            <a class="utrecht-link" href="/partners">
              {t.partnersLink}
            </a>
          </li>
        </ul>
      </section>
    </>
  );
}
