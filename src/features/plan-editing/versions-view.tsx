import { Notice } from '../../layout/components';
import { formatDay } from '../../layout/dates';
import { useAppContext, useTexts } from '../../layout/renderer';
import { layoutTexts } from '../../layout/texts';
import { planLabels } from '../plan-links/labels';
import { isEmptyDiff, type VersionDiff } from './diff';
import type { VersionContent } from './model';
import { versionTexts } from './version-texts';

export type HistoryEntry = { content: VersionContent; diff: VersionDiff | null };

function DiffView({ diff, from }: { diff: VersionDiff; from: number }) {
  const t = useTexts(versionTexts);
  return (
    <div class="vw-plan-diff">
      <h3 class="utrecht-heading-3">{t.changesHeading(from)}</h3>
      {isEmptyDiff(diff) && <p class="utrecht-paragraph">{t.noChanges}</p>}
      {diff.version.length > 0 && (
        <>
          <h4 class="utrecht-heading-4">{t.versionFields}</h4>
          <ul class="utrecht-unordered-list">
            {diff.version.map((c) => (
              <li>{t.change(c.field, c.from, c.to)}</li>
            ))}
          </ul>
        </>
      )}
      {diff.added.length > 0 && (
        <>
          <h4 class="utrecht-heading-4">{t.addedHeading}</h4>
          <ul class="utrecht-unordered-list">
            {diff.added.map((g) => (
              <li>{t.goalLine(g.level, g.title)}</li>
            ))}
          </ul>
        </>
      )}
      {diff.removed.length > 0 && (
        <>
          <h4 class="utrecht-heading-4">{t.removedHeading}</h4>
          <ul class="utrecht-unordered-list">
            {diff.removed.map((g) => (
              <li>{t.goalLine(g.level, g.title)}</li>
            ))}
          </ul>
        </>
      )}
      {diff.changed.length > 0 && (
        <>
          <h4 class="utrecht-heading-4">{t.changedHeading}</h4>
          <ul class="utrecht-unordered-list">
            {diff.changed.map((g) => (
              <li>
                {t.goalLine(g.level, g.title)}
                <ul class="utrecht-unordered-list">
                  {g.changes.map((c) => (
                    <li>{t.change(c.field, c.from, c.to)}</li>
                  ))}
                </ul>
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}

/** The public version history of a plan, newest first, each version with what changed since the one before. */
export function VersionHistoryPage({ title, entries }: { title: string; entries: HistoryEntry[] }) {
  const t = useTexts(versionTexts);
  const l = useTexts(planLabels);
  const layout = useTexts(layoutTexts);
  const locale = useAppContext().var.locale;
  const isDemo = entries.some((e) => e.content.plan.isDemo);
  return (
    <>
      <h1 class="utrecht-heading-1">
        {t.historyTitle(title)} {isDemo && <span class="vw-demo-badge">{layout.demoBadge}</span>}
      </h1>
      {isDemo && <Notice kind="info">{t.demoNotice}</Notice>}
      <p class="utrecht-paragraph">{t.historyIntro}</p>
      {[...entries].reverse().map(({ content, diff }) => {
        const v = content.version;
        return (
          <section class="vw-card" aria-labelledby={`versie-${v.number}`}>
            <h2 class="utrecht-heading-2" id={`versie-${v.number}`}>
              {t.versionHeading(v.number, l.versionStatus(v.status))}
            </h2>
            {v.status === 'concept' && <Notice kind="warning">{t.conceptNotice}</Notice>}
            <p class="utrecht-paragraph">
              <strong>{v.title}</strong> · {t.period(v.periodStart, v.periodEnd)} · {t.goalCount(content.goals.length)}
            </p>
            <p class="utrecht-paragraph">{v.adoptedOn && v.adoptedBy ? t.adopted(formatDay(v.adoptedOn, locale), v.adoptedBy) : t.notAdopted}</p>
            {v.summary && <p class="utrecht-paragraph">{v.summary}</p>}
            {diff ? <DiffView diff={diff} from={v.number - 1} /> : <p class="utrecht-paragraph">{t.firstVersion}</p>}
          </section>
        );
      })}
    </>
  );
}
