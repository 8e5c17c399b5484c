import { DataTable } from '../../layout/data-table';
import { useTexts } from '../../layout/renderer';
import { DemoNote, MonitorNav } from './components';
import { buurtHref, BuurtMap, Figure, type MapCell } from './map';
import { Select } from './map-view';
import { resilienceClass, type Level } from './model';
import type { ClassRow, ResilienceData } from './resilience-queries';
import { BIVARIATE, bivariateText } from './scale';
import { monitorTexts } from './texts';

const LEVELS: Level[] = [1, 2, 3];
const classOf = (r: ClassRow) => (r.problems && r.vulnerable ? resilienceClass(r.problems, r.vulnerable) : null);
const previousClassOf = (r: ClassRow) =>
  r.previousProblems && r.previousVulnerable ? resilienceClass(r.previousProblems, r.previousVulnerable) : null;

/** The legend is the 3×3 grid itself, with the buurten of each class in its cell. */
function ClassGrid({ data }: { data: ResilienceData }) {
  const t = useTexts(monitorTexts);
  const byClass = new Map<number, ClassRow[]>();
  for (const row of data.rows) {
    const k = classOf(row);
    if (k) byClass.set(k, [...(byClass.get(k) ?? []), row]);
  }
  return (
    <div class="utrecht-table-container">
      <table class="utrecht-table vw-class-grid">
        <caption class="utrecht-table__caption">{t.gridCaption(data.wave!.name)}</caption>
        <thead>
          <tr>
            <td></td>
            {LEVELS.map((v) => (
              <th scope="col" class="utrecht-table__header-cell">
                {t.vulnerable(v)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {LEVELS.map((p) => (
            <tr>
              <th scope="row" class="utrecht-table__header-cell">
                {t.problems(p)}
              </th>
              {LEVELS.map((v) => {
                const k = resilienceClass(p, v);
                const names = byClass.get(k) ?? [];
                return (
                  <td class={`vw-class-cell vw-class-cell--${k}`}>
                    <span class="vw-class-cell__number">{t.classLabel(k)}</span>
                    {names.length ? names.map((r) => r.name).join(', ') : t.noBuurten}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function Changes({ data }: { data: ResilienceData }) {
  const t = useTexts(monitorTexts);
  if (!data.previous) return <p class="utrecht-paragraph">{t.noPreviousWave}</p>;
  const changed = data.rows.filter((r) => classOf(r) && previousClassOf(r) && classOf(r) !== previousClassOf(r));
  return (
    <section aria-labelledby="veranderd-titel">
      <h2 class="utrecht-heading-2" id="veranderd-titel">
        {t.changesTitle(data.previous.name, data.wave!.name)}
      </h2>
      {changed.length === 0 ? (
        <p class="utrecht-paragraph">{t.noChanges}</p>
      ) : (
        <ul class="utrecht-unordered-list">
          {changed.map((r) => (
            <li class="utrecht-unordered-list__item">
              <a class="utrecht-link" href={buurtHref(r.code)}>
                {t.changeLine(r.name, previousClassOf(r)!, classOf(r)!)}
              </a>{' '}
              ({t.problems(r.previousProblems!)}, {t.vulnerable(r.previousVulnerable!)} → {t.problems(r.problems!)}, {t.vulnerable(r.vulnerable!)})
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

export function ResiliencePage({ data }: { data: ResilienceData }) {
  const t = useTexts(monitorTexts);
  const wave = data.wave;
  const hasClasses = data.rows.some((r) => classOf(r));
  const cells: Record<string, MapCell> = {};
  for (const r of data.rows) {
    const k = classOf(r);
    cells[r.code] = k
      ? {
          fill: BIVARIATE[k - 1]!,
          label: `${r.name}: ${t.classWords(k, t.problems(r.problems!), t.vulnerable(r.vulnerable!))}`,
          mark: String(k),
          markColour: bivariateText(k),
        }
      : { fill: 'none', label: `${r.name}: ${t.missing}` };
  }
  return (
    <div class="vw-container vw-monitor">
      <h1 class="utrecht-heading-1">{t.resilienceTitle}</h1>
      <p class="utrecht-paragraph">{t.resilienceIntro}</p>
      <MonitorNav current="/monitor/veerkracht" />
      <form class="vw-filter-form vw-monitor-chooser" method="get" action="/monitor/veerkracht" aria-label={t.waveLabel}>
        <Select name="meting" label={t.waveLabel} value={wave?.code ?? ''} options={data.waves.map((w): [string, string] => [w.code, w.name])} />
        <div class="vw-filter-actions">
          <button type="submit" class="utrecht-button utrecht-button--primary-action">
            {t.show}
          </button>
        </div>
      </form>
      <DemoNote show={data.rows.some((r) => r.isDemo === 1)} />
      {!wave || !hasClasses ? (
        <p class="utrecht-paragraph">{t.noClasses}</p>
      ) : (
        <>
          <Figure
            caption={t.resilienceMapCaption(wave.name)}
            source={`${t.source}: ${wave.source}`}
            wave={`${t.wave}: ${wave.name}`}
            attribution={t.attribution}
          >
            <BuurtMap
              id="veerkrachtkaart"
              title={t.resilienceMapCaption(wave.name)}
              desc={t.resilienceMapDesc}
              cells={cells}
              noData={{ fill: 'none', label: t.missing }}
              programme={data.programme.map((p) => p.code)}
            />
          </Figure>
          <ClassGrid data={data} />
          <p class="vw-source">
            {t.source}: {wave.source} · {t.wave}: {wave.name}
          </p>
          <Changes data={data} />
          <DataTable
            caption={t.classTableCaption(wave.name)}
            columns={[t.colBuurt, t.colClass, t.colProblems, t.colVulnerable]}
            rows={data.rows}
            row={(r) => (
              <tr class="utrecht-table__row">
                <th class="utrecht-table__header-cell" scope="row">
                  <a class="utrecht-link" href={buurtHref(r.code)}>
                    {r.name}
                  </a>
                </th>
                <td class="utrecht-table__cell">{classOf(r) ?? '—'}</td>
                <td class="utrecht-table__cell">{r.problems ? t.problems(r.problems) : t.missing}</td>
                <td class="utrecht-table__cell">{r.vulnerable ? t.vulnerable(r.vulnerable) : t.missing}</td>
              </tr>
            )}
          />
          <p class="vw-source">
            {t.source}: {wave.source} · {t.wave}: {wave.name}
          </p>
        </>
      )}
    </div>
  );
}
