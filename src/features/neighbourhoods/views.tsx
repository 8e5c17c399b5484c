import { NeighbourhoodMonitor } from '../monitor/neighbourhood-section';
import { useAppContext, useTexts } from '../../layout/renderer';
import { ActivityCardList } from '../activities/card';
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

      <section class="vw-section" aria-labelledby="per-pijler">
        <h2 class="utrecht-heading-2" id="per-pijler">
          {t.activitiesHeading}
        </h2>
        {data.groups.map((group) => {
          const name = locale === 'nl' ? group.pillar.nameNl : group.pillar.nameEn;
          const headingId = `pijler-${group.pillar.id}`;
          return (
            <section class="vw-pillar-group" aria-labelledby={headingId} data-pillar={group.pillar.id}>
              <h3 class="utrecht-heading-3" id={headingId}>
                {name}
              </h3>
              {group.cards.length ? (
                <>
                  <p class="utrecht-paragraph vw-meta">{t.pillarCount(group.total)}</p>
                  <ActivityCardList cards={group.cards} refs={data} headingLevel={4} />
                  <p class="utrecht-paragraph">
                    <a class="utrecht-link" href={`/activiteiten?pijler=${group.pillar.id}&wijk=${encodeURIComponent(n.slug)}`}>
                      {t.allForPillar(group.total, name.toLowerCase(), place)}
                    </a>
                  </p>
                </>
              ) : (
                <p class="utrecht-paragraph">{t.noActivitiesForPillar}</p>
              )}
            </section>
          );
        })}
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
