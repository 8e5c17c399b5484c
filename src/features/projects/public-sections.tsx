import { useAppContext, useTexts } from '../../layout/renderer';
import { pillarName } from './components';
import { formatEuro } from './money';
import type { ProjectPageData } from './queries';
import { projectLabels, projectTexts } from './texts';

export function PublicFacts({ data }: { data: ProjectPageData }) {
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

export function Partners({ data }: { data: ProjectPageData }) {
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

export function LinkedActivities({ data }: { data: ProjectPageData }) {
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
