import { NeighbourhoodMonitor } from '../monitor/neighbourhood-section';
import { useAppContext, useTexts } from '../../layout/renderer';
import { ActivityCardList } from '../activities/card';
import { PillarIcon } from '../../layout/identity';
import { Paragraphs } from '../activities/components';
import type { NeighbourhoodPageData, NeighbourhoodSummary } from './queries';
import { neighbourhoodTexts } from './texts';
import { EmbedWidget } from '../open-data/widget/embed';

export function NeighbourhoodIndexPage({ entries }: { entries: NeighbourhoodSummary[] }) {
  const t = useTexts(neighbourhoodTexts);
  const locale = useAppContext().var.locale;
  return (
    <>
      <h1 class="utrecht-heading-1">{t.indexTitle}</h1>
      <p class="utrecht-paragraph">{t.indexIntro}</p>
      <ul class="vw-grid vw-plain-list">
        {entries.map((n) => (
          <li class="vw-card">
            <h2 class="utrecht-heading-2">
              <a class="utrecht-link" href={`/wijken/${encodeURIComponent(n.slug)}`}>
                {n.name}
              </a>
            </h2>
            <p class="utrecht-paragraph">{locale === 'nl' ? n.descriptionNl : n.descriptionEn}</p>
            <p class="utrecht-paragraph vw-meta">{t.activityCount(n.activityCount)}</p>
          </li>
        ))}
      </ul>
    </>
  );
}

export function NeighbourhoodPage({ data }: { data: NeighbourhoodPageData }) {
  const t = useTexts(neighbourhoodTexts);
  const locale = useAppContext().var.locale;
  const n = data.neighbourhood;
  const place = n.name;
  return (
    <>
      <p class="utrecht-paragraph vw-back-link">
        <a class="utrecht-link" href="/wijken">
          {t.backToIndex}
        </a>
      </p>
      <h1 class="utrecht-heading-1">{n.name}</h1>
      <Paragraphs text={locale === 'nl' ? n.descriptionNl : n.descriptionEn} />
      {n.cbsCode && (
        <p class="utrecht-paragraph vw-meta">
          {t.cbsCode}: {n.cbsCode}
        </p>
      )}
      <p class="utrecht-paragraph">
        <a class="utrecht-link" href={`/activiteiten?wijk=${encodeURIComponent(n.slug)}`}>
          {t.allInNeighbourhood(place)}
        </a>
      </p>
      <p class="utrecht-paragraph">
        <a class="utrecht-link" href={`/wijken/${encodeURIComponent(n.slug)}/plan`}>
          {t.planLink(place)}
        </a>
      </p>

      <section class="vw-section" aria-labelledby="activiteiten">
        <h2 class="utrecht-heading-2" id="activiteiten">
          {t.activitiesHeading(place)}
        </h2>
        {data.total ? (
          <>
            <p class="utrecht-paragraph vw-meta">{t.activityCount(data.total)}</p>
            <nav class="vw-pillar-filters" aria-label={t.byPillar}>
              <p class="utrecht-paragraph">{t.byPillar}</p>
              <ul class="vw-plain-list">
                {data.pillarCounts.map(({ pillar, total }) => {
                  const name = locale === 'nl' ? pillar.nameNl : pillar.nameEn;
                  return (
                    <li data-pillar={pillar.id}>
                      <PillarIcon pillar={pillar.id} />{' '}
                      {total ? (
                        <a class="utrecht-link" href={`/activiteiten?pijler=${pillar.id}&wijk=${encodeURIComponent(n.slug)}`}>
                          {t.pillarLink(name, total)}
                        </a>
                      ) : (
                        <span class="vw-meta">{t.noneForPillar(name)}</span>
                      )}
                    </li>
                  );
                })}
              </ul>
            </nav>
            <ActivityCardList cards={data.cards} refs={data} headingLevel={3} />
            {data.total > data.cards.length && (
              <p class="utrecht-paragraph">
                <a class="utrecht-link" href={`/activiteiten?wijk=${encodeURIComponent(n.slug)}`}>
                  {t.seeAll(data.total, place)}
                </a>
              </p>
            )}
          </>
        ) : (
          <p class="utrecht-paragraph">{t.noActivities}</p>
        )}
      </section>

      <EmbedWidget filter={{ wijk: n.slug }} id="widget-wijk" />

      <section class="vw-section" aria-labelledby="projecten">
        <h2 class="utrecht-heading-2" id="projecten">
          {t.projectsHeading(place)}
        </h2>
        {data.projects.length ? (
          <ul class="vw-grid vw-plain-list">
            {data.projects.map((project) => (
              <li class="vw-card">
                <h3 class="utrecht-heading-3">
                  <a class="utrecht-link" href={`/projecten/${encodeURIComponent(project.slug)}`}>
                    {project.title}
                  </a>
                </h3>
                <p class="utrecht-paragraph">{project.summary}</p>
              </li>
            ))}
          </ul>
        ) : (
          <p class="utrecht-paragraph">{t.noProjects}</p>
        )}
      </section>

      {data.monitor && <NeighbourhoodMonitor data={data.monitor} />}
    </>
  );
}
