import { seesSmallNumbers } from '../../auth/policy';
import { PILLAR_IDS } from '../../db/enums';
import { DataTable } from '../../layout/data-table';
import { useAppContext, useTexts } from '../../layout/renderer';
import type { CompareData, CoverageData, CoverageRow } from './compare-coverage-queries';
import { DemoNote, indicatorName, MonitorNav, valueText } from './components';
import { buurtHref } from './map';
import { Select } from './map-view';
import { resilienceClass, shownValue } from './model';
import { monitorTexts } from './texts';

export function ComparePage({ data, codes }: { data: CompareData; codes: string[] }) {
  const c = useAppContext();
  const t = useTexts(monitorTexts);
  const locale = c.var.locale;
  const seesSmall = seesSmallNumbers(c.var.user);
  const chosen = codes.flatMap((code) => data.areas.filter((a) => a.code === code));
  const options: [string, string][] = [
    ['', t.compareNone],
    ...data.areas.map((a): [string, string] => [a.code, a.level === 'gemeente' ? t.city : a.name]),
  ];
  const find = (indicator: string, area: string) => data.observations.find((o) => o.indicator === indicator && o.area === area);
  return (
    <div class="vw-container vw-monitor">
      <h1 class="utrecht-heading-1">{t.compareTitle}</h1>
      <p class="utrecht-paragraph">{t.compareIntro}</p>
      <MonitorNav current="/monitor/vergelijken" />
      <form class="vw-filter-form vw-monitor-chooser" method="get" action="/monitor/vergelijken" aria-labelledby="vergelijk-titel">
        <h2 class="utrecht-heading-2" id="vergelijk-titel">
          {t.chooserTitle}
        </h2>
        {[0, 1, 2, 3].map((i) => (
          <Select name="gebied" id={`gebied-${i + 1}`} label={t.compareArea(i + 1)} value={chosen[i]?.code ?? ''} options={options} />
        ))}
        <Select name="meting" label={t.waveLabel} value={data.wave?.code ?? ''} options={data.waves.map((w): [string, string] => [w.code, w.name])} />
        <div class="vw-filter-actions">
          <button type="submit" class="utrecht-button utrecht-button--primary-action">
            {t.show}
          </button>
        </div>
      </form>
      {chosen.length < 2 || !data.wave ? (
        <p class="utrecht-paragraph">{t.compareTooFew}</p>
      ) : (
        <>
          <DemoNote show={data.observations.some((o) => o.isDemo === 1)} />
          <DataTable
            caption={t.compareCaption(data.wave.name)}
            columns={[t.colIndicator, ...chosen.map((a) => (a.level === 'gemeente' ? t.city : a.name))]}
            rows={data.indicators}
            row={(indicator) => (
              <tr class="utrecht-table__row">
                <th class="utrecht-table__header-cell" scope="row">
                  {indicatorName(indicator, locale)}
                </th>
                {chosen.map((a) => (
                  <td class="utrecht-table__cell utrecht-table__cell--numeric">
                    {valueText(shownValue(find(indicator.code, a.code), indicator.minCount, seesSmall), indicator, locale)}
                  </td>
                ))}
              </tr>
            )}
          />
          <p class="vw-source">
            {t.source}: {[...new Set(data.indicators.map((i) => i.source))].join('; ')} · {t.wave}: {data.wave.name}
          </p>
        </>
      )}
    </div>
  );
}

const HIGH_CLASSES = new Set([6, 8, 9]);
const FEW = 2;

export function CoveragePage({ data }: { data: CoverageData }) {
  const t = useTexts(monitorTexts);
  const locale = useAppContext().var.locale;
  const pillarName = (p: (typeof PILLAR_IDS)[number]) => t.pillar(p);
  const countsOf = (row: CoverageRow, pillar: (typeof PILLAR_IDS)[number]) =>
    data.counts[pillar].find((c) => c.code === row.code) ?? { total: 0, soon: 0, occurrences: 0 };
  const klass = (r: CoverageRow) => (r.problems && r.vulnerable ? resilienceClass(r.problems, r.vulnerable) : null);
  const total = (r: CoverageRow) => PILLAR_IDS.reduce((sum, p) => sum + countsOf(r, p).total, 0);
  const waveName = data.wave?.name ?? '';
  return (
    <div class="vw-container vw-monitor">
      <h1 class="utrecht-heading-1">{t.coverageTitle}</h1>
      <p class="utrecht-paragraph">{t.coverageIntro}</p>
      <MonitorNav current="/monitor/dekking" />
      <DemoNote show={data.rows.some((r) => r.isDemo === 1)} />
      <p class="utrecht-paragraph">{t.coverageNotLinked}</p>
      <DataTable
        caption={t.coverageCaption}
        columns={[t.colBuurt, ...PILLAR_IDS.map(pillarName)]}
        rows={data.rows}
        row={(r) => (
          <tr class="utrecht-table__row">
            <th class="utrecht-table__header-cell" scope="row">
              <a class="utrecht-link" href={buurtHref(r.code)}>
                {r.name}
              </a>
              {r.programme === 1 && <span class="vw-tag"> {t.programmeNeighbourhood}</span>}
            </th>
            {PILLAR_IDS.map((pillar) => {
              const n = countsOf(r, pillar);
              const label = n.total === 0 ? t.coverageEmpty : t.coverageCell(n.total, n.soon, n.occurrences);
              const href = r.slug ? `/activiteiten?pijler=${pillar}&wijk=${encodeURIComponent(r.slug)}` : null;
              return (
                <td class={n.total === 0 ? 'utrecht-table__cell vw-coverage-empty' : 'utrecht-table__cell'}>
                  {href ? (
                    <a class="utrecht-link" href={href}>
                      {label}
                    </a>
                  ) : (
                    label
                  )}
                </td>
              );
            })}
          </tr>
        )}
      />
      <p class="vw-source">{t.coverageNote}</p>
      <DataTable
        caption={t.coverageClassCaption(waveName)}
        columns={[t.colBuurt, t.colClass, t.colActivities, '']}
        rows={[...data.rows].sort((a, b) => (klass(b) ?? 0) - (klass(a) ?? 0) || total(a) - total(b) || a.name.localeCompare(b.name, locale))}
        row={(r) => {
          const k = klass(r);
          const flagged = k !== null && HIGH_CLASSES.has(k) && total(r) < FEW;
          return (
            <tr class="utrecht-table__row">
              <th class="utrecht-table__header-cell" scope="row">
                <a class="utrecht-link" href={buurtHref(r.code)}>
                  {r.name}
                </a>
              </th>
              <td class="utrecht-table__cell">{k ? t.classWords(k, t.problems(r.problems!), t.vulnerable(r.vulnerable!)) : t.missing}</td>
              <td class="utrecht-table__cell utrecht-table__cell--numeric">{total(r)}</td>
              <td class={flagged ? 'utrecht-table__cell vw-coverage-empty' : 'utrecht-table__cell'}>{flagged ? t.highNeedFew : ''}</td>
            </tr>
          );
        }}
      />
      <p class="vw-source">
        {t.source}: {data.wave?.source} · {t.wave}: {waveName}
      </p>
    </div>
  );
}
