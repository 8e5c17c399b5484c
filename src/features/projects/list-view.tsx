import { useAppContext, useTexts } from '../../layout/renderer';
import { layoutTexts } from '../../layout/texts';
import { pillarName } from './components';
import type { ProjectListItem } from './queries';
import { projectLabels, projectTexts } from './texts';

export function ProjectListPage({ projects, canManage }: { projects: ProjectListItem[]; canManage: boolean }) {
  const t = useTexts(projectTexts);
  const l = useTexts(projectLabels);
  const layout = useTexts(layoutTexts);
  const locale = useAppContext().var.locale;
  return (
    <>
      <h1 class="utrecht-heading-1">{t.listTitle}</h1>
      <p class="utrecht-paragraph utrecht-paragraph--lead">{t.listIntro}</p>
      {canManage && (
        <p class="utrecht-paragraph">
          <a class="utrecht-link" href="/projectbeheer">
            {t.manageProjectsLink}
          </a>
        </p>
      )}
      {projects.length === 0 ? (
        <p class="utrecht-paragraph">{t.listEmpty}</p>
      ) : (
        <>
          <p class="vw-meta">{t.listCount(projects.length)}</p>
          <ul class="vw-grid vw-plain-list">
            {projects.map((p) => (
              <li class="vw-card">
                <h2 class="utrecht-heading-3">
                  <a class="utrecht-link" href={`/projecten/${p.slug}`}>
                    {p.title}
                  </a>{' '}
                  {p.isDemo && <span class="vw-demo-badge">{layout.demoBadge}</span>}
                </h2>
                <p class="utrecht-paragraph">{p.summary}</p>
                <dl class="vw-facts">
                  <dt>{t.phaseLabel}</dt>
                  <dd>
                    {l.phase(p.phase)} <span class="vw-meta">· {l.phaseIati(p.phase)}</span>
                  </dd>
                  <dt>{t.neighbourhoodsLabel}</dt>
                  <dd>{p.neighbourhoods.map((n) => n.name).join(', ') || l.none}</dd>
                  <dt>{t.programmeLabel}</dt>
                  <dd>{l.programme(p.fundingProgramme)}</dd>
                </dl>
                <p>
                  {p.pillars.map((x) => (
                    <span class="vw-tag">{pillarName(x, locale)}</span>
                  ))}
                </p>
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}
