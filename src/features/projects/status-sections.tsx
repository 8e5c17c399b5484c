import { localDate } from '../../dates';
import { useTexts } from '../../layout/renderer';
import { BudgetTable, HealthBadge, MilestoneTable, ProgressText } from './components';
import { FreezeSnapshotForm } from './freeze-form';
import type { ProjectPageView } from './project-page-view';
import { projectLabels, projectTexts, updateNoticeTexts } from './texts';

export function StatusSections({ view }: { view: ProjectPageView }) {
  const t = useTexts(projectTexts);
  const l = useTexts(projectLabels);
  const { data } = view;
  const p = data.project;
  return (
    <>
      <section aria-labelledby="status-kop" class="vw-project-status">
        <h2 class="utrecht-heading-2" id="status-kop">
          {t.statusHeading}
        </h2>
        <dl class="vw-facts">
          <dt>{t.healthLabel}</dt>
          <dd>
            <HealthBadge health={p.health} />
          </dd>
          {p.healthExplanation && (
            <>
              <dt>{t.healthExplanationLabel}</dt>
              <dd>{p.healthExplanation}</dd>
            </>
          )}
          <dt>{t.overdueLabel}</dt>
          <dd>{view.overdue}</dd>
        </dl>
        <h3 class="utrecht-heading-3">{t.progressLabel}</h3>
        <ProgressText percent={view.progress} id="voortgang-waarde" />
      </section>
      <section aria-labelledby="mijlpalen-kop">
        <h2 class="utrecht-heading-2" id="mijlpalen-kop">
          {t.milestonesHeading}
        </h2>
        <MilestoneTable milestones={data.milestones} today={view.today} caption={t.milestonesHeading} />
      </section>
      <section aria-labelledby="begroting-kop">
        <h2 class="utrecht-heading-2" id="begroting-kop">
          {t.budgetHeading}
        </h2>
        <BudgetTable lines={data.budgetLines} totals={view.totals} caption={t.budgetHeading} />
        {data.budgetLines.length > 0 && <p class="vw-meta">{t.utilisationHelp}</p>}
      </section>
      <section aria-labelledby="rapportages-kop">
        <h2 class="utrecht-heading-2" id="rapportages-kop">
          {t.reportsHeading}
        </h2>
        {data.snapshots.length === 0 ? (
          <p class="utrecht-paragraph">{t.reportsEmpty}</p>
        ) : (
          <ul class="utrecht-unordered-list">
            {data.snapshots.map((s) => {
              const base = `/projecten/${p.slug}/rapportages/${s.id}`;
              return (
                <li>
                  {l.quarter(s.periodLabel)} <span class="vw-meta">({t.reportFrozenOn(l.date(localDate(s.createdAt)))})</span>:{' '}
                  <a class="utrecht-link" href={base}>
                    {t.reportView}
                  </a>
                  <span class="vw-no-print">
                    {' · '}
                    <a class="utrecht-link" href={`${base}/csv`}>
                      {t.reportCsv}
                    </a>
                    {' · '}
                    <a class="utrecht-link" href={`${base}/json`}>
                      {t.reportJson}
                    </a>
                  </span>
                </li>
              );
            })}
          </ul>
        )}
        {view.canManage && <FreezeSnapshotForm slug={p.slug} quarters={view.quarters} />}
      </section>
    </>
  );
}

export function OwnUpdates({ view }: { view: ProjectPageView }) {
  const t = useTexts(projectTexts);
  const l = useTexts(projectLabels);
  const slug = view.data.project.slug;
  return (
    <section aria-labelledby="eigen-berichten-kop" class="vw-no-print">
      <h2 class="utrecht-heading-2" id="eigen-berichten-kop">
        {t.ownUpdatesHeading}
      </h2>
      {view.data.ownUpdates.length === 0 ? (
        <p class="utrecht-paragraph">{t.ownUpdatesEmpty}</p>
      ) : (
        <ul class="utrecht-unordered-list">
          {view.data.ownUpdates.map((u) => (
            <li>
              <strong>{u.title}</strong> <span class="vw-meta">({l.date(u.publishedOn)})</span> — {l.reviewStatus(u.status)}
              {u.reviewComment && (
                <p class="utrecht-paragraph">
                  {t.reviewComment}: {u.reviewComment}
                </p>
              )}
              {u.status === 'changes-requested' && (
                <p class="utrecht-paragraph">
                  <a class="utrecht-link" href={`/projecten/${slug}/voortgang/${u.id}/bewerken`}>
                    {t.reviseLink}
                  </a>
                </p>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

export function UpdateNotice({ notice }: { notice: ProjectPageView['notice'] }) {
  const u = useTexts(updateNoticeTexts);
  if (!notice) return null;
  return (
    <div class="utrecht-alert utrecht-alert--ok vw-project-notice vw-no-print" role="status">
      <p class="utrecht-paragraph">{notice === 'published' ? u.published : u.submitted}</p>
    </div>
  );
}
