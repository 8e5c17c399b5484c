import { useTexts } from '../../layout/renderer';
import { BudgetTable, HealthBadge, MilestoneTable, ProgressText, Timeline } from '../projects/components';
import { localDate, localTime } from '../../dates';
import { projectLabels, projectTexts } from '../projects/texts';
import type { TimelineEntry } from '../projects/timeline';
import type { SnapshotData } from './model';
import { snapshotTexts } from './texts';

function reportTimeline(data: SnapshotData): TimelineEntry[] {
  const entries: TimelineEntry[] = [
    ...data.updates.map((u) => ({
      type: 'update' as const,
      id: u.id,
      date: u.publishedOn,
      at: Date.parse(`${u.publishedOn}T12:00:00Z`),
      title: u.title,
      body: u.body,
      organisationName: u.organisationName,
    })),
    ...data.events.map((e) => ({
      type: 'event' as const,
      id: e.id,
      date: localDate(new Date(e.at)),
      at: Date.parse(e.at),
      kind: e.kind,
      detail: e.detail,
    })),
  ];
  return entries.sort((a, b) => (a.date === b.date ? b.at - a.at : a.date < b.date ? 1 : -1));
}

export function SnapshotPage({ data, base, created }: { data: SnapshotData; base: string; created: boolean }) {
  const t = useTexts(snapshotTexts);
  const pt = useTexts(projectTexts);
  const l = useTexts(projectLabels);
  const frozen = new Date(data.frozenAt);
  const p = data.project;
  return (
    <article class="vw-project vw-project-report">
      <h1 class="utrecht-heading-1">{t.pageTitle(l.quarter(data.period.label), p.title)}</h1>
      {created && (
        <div class="utrecht-alert utrecht-alert--ok vw-project-notice vw-no-print" role="status">
          <p class="utrecht-paragraph">{t.created}</p>
        </div>
      )}
      <p class="utrecht-paragraph">{t.periodLine(l.date(data.period.start), l.date(data.period.end))}</p>
      <p class="vw-meta">{t.frozenAt(l.date(localDate(frozen)), localTime(frozen))}</p>
      <p class="utrecht-paragraph utrecht-paragraph--lead">{p.summary}</p>
      <section aria-labelledby="stand-kop">
        <h2 class="utrecht-heading-2" id="stand-kop">
          {t.statusHeading}
        </h2>
        <dl class="vw-facts">
          <dt>{pt.programmeLabel}</dt>
          <dd>{l.programme(p.fundingProgramme)}</dd>
          <dt>{pt.phaseLabel}</dt>
          <dd>{l.phase(p.phase)}</dd>
          <dt>{pt.healthLabel}</dt>
          <dd>
            <HealthBadge health={p.health} />
          </dd>
          {p.healthExplanation && (
            <>
              <dt>{pt.healthExplanationLabel}</dt>
              <dd>{p.healthExplanation}</dd>
            </>
          )}
          <dt>{pt.overdueLabel}</dt>
          <dd>{data.overdueMilestones}</dd>
        </dl>
        <h3 class="utrecht-heading-3">{pt.progressLabel}</h3>
        <ProgressText percent={data.progress} id="rapport-voortgang" />
      </section>
      <section aria-labelledby="rapport-mijlpalen-kop">
        <h2 class="utrecht-heading-2" id="rapport-mijlpalen-kop">
          {pt.milestonesHeading}
        </h2>
        <MilestoneTable milestones={data.milestones} today={data.frozenOn} caption={pt.milestonesHeading} />
      </section>
      <section aria-labelledby="rapport-begroting-kop">
        <h2 class="utrecht-heading-2" id="rapport-begroting-kop">
          {pt.budgetHeading}
        </h2>
        <BudgetTable lines={data.budget.lines} totals={data.budget.totals} caption={pt.budgetHeading} />
      </section>
      <section aria-labelledby="rapport-berichten-kop">
        <h2 class="utrecht-heading-2" id="rapport-berichten-kop">
          {t.updatesHeading}
        </h2>
        <Timeline entries={reportTimeline(data)} />
      </section>
      <section aria-labelledby="rapport-download-kop" class="vw-no-print">
        <h2 class="utrecht-heading-2" id="rapport-download-kop">
          {t.downloads}
        </h2>
        <ul class="utrecht-unordered-list">
          <li>
            <a class="utrecht-link" href={`${base}/csv`} download>
              {t.downloadCsv}
            </a>
          </li>
          <li>
            <a class="utrecht-link" href={`${base}/json`} download>
              {t.downloadJson}
            </a>
          </li>
        </ul>
        <p class="vw-meta">{t.printHint}</p>
        <p class="utrecht-paragraph">
          <a class="utrecht-link" href={`/projecten/${p.slug}`}>
            {t.backToProject}
          </a>
        </p>
      </section>
    </article>
  );
}
