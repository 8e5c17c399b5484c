import { useTexts } from '../../layout/renderer';
import type { BuurtData } from './buurt-queries';
import { BuurtIndicators } from './buurt-view';
import { buurtHref } from './map';
import { monitorTexts } from './texts';

/** The monitor's figures on a programme neighbourhood's page (`/wijken/:slug`). */
export function NeighbourhoodMonitor({ data }: { data: BuurtData }) {
  const t = useTexts(monitorTexts);
  return (
    <section class="vw-section" aria-labelledby="monitor-cijfers">
      <h2 class="utrecht-heading-2" id="monitor-cijfers">
        {t.monitorOnNeighbourhood}
      </h2>
      <p class="utrecht-paragraph">
        <a class="utrecht-link" href={buurtHref(data.area.code)}>
          {t.seeBuurtMonitor(data.area.name)}
        </a>
      </p>
      <BuurtIndicators data={data} headingLevel={3} />
    </section>
  );
}
