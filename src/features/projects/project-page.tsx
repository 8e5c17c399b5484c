import { Paragraphs } from '../../layout/components';
import { useTexts } from '../../layout/renderer';
import { layoutTexts } from '../../layout/texts';
import { ServedGoals } from '../plan-links/views';
import { Timeline } from './components';
import type { ProjectPageView } from './project-page-view';
import { LinkedActivities, Partners, PublicFacts } from './public-sections';
import { OwnUpdates, StatusSections, UpdateNotice } from './status-sections';
import { projectTexts } from './texts';

export function ProjectPage({ view }: { view: ProjectPageView }) {
  const t = useTexts(projectTexts);
  const layout = useTexts(layoutTexts);
  const { data } = view;
  const p = data.project;
  return (
    <article class="vw-project">
      <h1 class="utrecht-heading-1">
        {view.showStatus ? t.statusFor(p.title) : p.title} {p.isDemo && <span class="vw-demo-badge">{layout.demoBadge}</span>}
      </h1>
      <UpdateNotice notice={view.notice} />
      <p class="utrecht-paragraph utrecht-paragraph--lead">{p.summary}</p>
      {(view.canManage || view.canPostUpdate || view.showStatus) && (
        <ul class="vw-project-actions vw-no-print">
          {view.canManage && (
            <li>
              <a class="utrecht-link" href={`/projectbeheer/${p.slug}`}>
                {t.manageLink}
              </a>
            </li>
          )}
          {view.canPostUpdate && (
            <li>
              <a class="utrecht-link" href={`/projecten/${p.slug}/voortgang/nieuw`}>
                {t.postUpdateLink}
              </a>
            </li>
          )}
          {view.showStatus && (
            <li>
              <a class="utrecht-link" href={`/projecten/${p.slug}/voortgang.atom`}>
                {t.feedLink}
              </a>
            </li>
          )}
        </ul>
      )}
      <PublicFacts data={data} />
      {view.showStatus && <StatusSections view={view} />}
      {p.description && (
        <section aria-labelledby="over-kop">
          <h2 class="utrecht-heading-2" id="over-kop">
            {t.aboutHeading}
          </h2>
          <Paragraphs text={p.description} />
        </section>
      )}
      <ServedGoals goals={data.goals} headingId="doelen-kop" />
      <Partners data={data} />
      <LinkedActivities data={data} />
      {view.showStatus && (
        <section aria-labelledby="tijdlijn-kop">
          <h2 class="utrecht-heading-2" id="tijdlijn-kop">
            {t.timelineHeading}
          </h2>
          <Timeline entries={view.timeline} />
        </section>
      )}
      {view.isLeadMember && <OwnUpdates view={view} />}
      {view.showStatus && <p class="vw-meta vw-no-print">{t.printHint}</p>}
    </article>
  );
}
