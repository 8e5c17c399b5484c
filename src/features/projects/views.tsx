import { useAppContext, useTexts } from '../../layout/renderer';
import { ServedGoals } from '../plan-links/views';
import { layoutTexts } from '../../layout/texts';
import { FreezeSnapshotForm } from './freeze-form';
import type { BudgetTotals } from './budget';
import { Paragraphs } from '../../layout/components';
import { BudgetTable, HealthBadge, MilestoneTable, ProgressText, Timeline } from './components';
import { formatEuro } from './money';
import type { ProjectListItem, ProjectPageData } from './queries';
import { projectLabels, projectTexts, updateNoticeTexts } from './texts';
import type { TimelineEntry } from './timeline';
import { localDate } from '../../dates';
import type { Quarter } from './dates';

const pillarName = (p: { nameNl: string; nameEn: string }, locale: 'nl' | 'en') => (locale === 'nl' ? p.nameNl : p.nameEn);

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

export type ProjectPageView = {
  data: ProjectPageData;
  showStatus: boolean;
  canManage: boolean;
  canPostUpdate: boolean;
  isLeadMember: boolean;
  today: string;
  progress: number | null;
  overdue: number;
  totals: BudgetTotals;
  timeline: TimelineEntry[];
  quarters: Quarter[];
  /** After posting an update: published at once, or submitted for review. */
  notice: 'published' | 'submitted' | null;
};

function PublicFacts({ data }: { data: ProjectPageData }) {
  const t = useTexts(projectTexts);
  const l = useTexts(projectLabels);
  const locale = useAppContext().var.locale;
  const p = data.project;
  return (
    <dl class="vw-facts" aria-label={t.factsLabel}>
      <dt>{t.phaseLabel}</dt>
      <dd>{l.phase(p.phase)}</dd>
      <dt>{t.neighbourhoodsLabel}</dt>
      <dd>
        {data.neighbourhoods.length
          ? data.neighbourhoods.map((n, i) => (
              <>
                {i > 0 && ', '}
                <a class="utrecht-link" href={`/wijken/${n.slug}`}>
                  {n.name}
                </a>
              </>
            ))
          : l.none}
      </dd>
      <dt>{t.pillarsLabel}</dt>
      <dd>{data.pillars.map((x) => pillarName(x, locale)).join(', ') || l.none}</dd>
      <dt>{t.programmeLabel}</dt>
      <dd>{l.programme(p.fundingProgramme)}</dd>
      <dt>{t.totalBudgetLabel}</dt>
      <dd>{formatEuro(data.totalBudgetCents, locale)}</dd>
    </dl>
  );
}

function Partners({ data }: { data: ProjectPageData }) {
  const t = useTexts(projectTexts);
  const l = useTexts(projectLabels);
  const roles = [...new Set(data.partners.map((p) => p.role))];
  return (
    <section aria-labelledby="partners-kop">
      <h2 class="utrecht-heading-2" id="partners-kop">
        {t.partnersHeading}
      </h2>
      {roles.length === 0 ? (
        <p class="utrecht-paragraph">{t.partnersEmpty}</p>
      ) : (
        <dl class="vw-facts">
          {roles.map((role) => (
            <>
              <dt>{l.partnerRolePlural(role)}</dt>
              <dd>
                {data.partners
                  .filter((p) => p.role === role)
                  .map((p, i) => (
                    <>
                      {i > 0 && ', '}
                      <a class="utrecht-link" href={`/partners/${p.slug}`}>
                        {p.name}
                      </a>
                    </>
                  ))}
              </dd>
            </>
          ))}
        </dl>
      )}
    </section>
  );
}

function LinkedActivities({ data }: { data: ProjectPageData }) {
  const t = useTexts(projectTexts);
  return (
    <section aria-labelledby="activiteiten-kop" class="vw-no-print">
      <h2 class="utrecht-heading-2" id="activiteiten-kop">
        {t.activitiesHeading}
      </h2>
      {data.activities.length === 0 ? (
        <p class="utrecht-paragraph">{t.activitiesEmpty}</p>
      ) : (
        <ul class="utrecht-unordered-list">
          {data.activities.map((a) => (
            <li>
              <a class="utrecht-link" href={`/activiteiten/${a.id}`}>
                {a.title}
              </a>{' '}
              <span class="vw-meta">({a.organisationName})</span> — {a.summary}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function StatusSections({ view }: { view: ProjectPageView }) {
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

function OwnUpdates({ view }: { view: ProjectPageView }) {
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

function UpdateNotice({ notice }: { notice: ProjectPageView['notice'] }) {
  const u = useTexts(updateNoticeTexts);
  if (!notice) return null;
  return (
    <div class="utrecht-alert utrecht-alert--ok vw-project-notice vw-no-print" role="status">
      <p class="utrecht-paragraph">{notice === 'published' ? u.published : u.submitted}</p>
    </div>
  );
}

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
