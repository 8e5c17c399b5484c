import { useAppContext, useTexts } from '../../layout/renderer';
import { ActivityCardList } from '../activities/card';
import type { HomeData } from './queries';
import { homeTexts } from './texts';

export function HomePage({ data }: { data: HomeData }) {
  const t = useTexts(homeTexts);
  const locale = useAppContext().var.locale;
  return (
    <>
      <h1 class="utrecht-heading-1">{t.title}</h1>
      <section aria-labelledby="ambitie" class="vw-intro">
        <h2 class="utrecht-heading-2 vw-visually-hidden" id="ambitie">
          {t.ambitionHeading}
        </h2>
        <p class="utrecht-paragraph utrecht-paragraph--lead">{t.ambition}</p>
        <p class="utrecht-paragraph">{t.approach}</p>
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
                <h3 class="utrecht-heading-3">{name}</h3>
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

      <section aria-labelledby="binnenkort" class="vw-section">
        <h2 class="utrecht-heading-2" id="binnenkort">
          {t.upcomingHeading}
        </h2>
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
