// The open-data links the public pages show: below the activity list (keeping the current filters) and on an
// activity page ("Zet in mijn agenda").
import { useAppContext, useTexts } from '../../layout/renderer';
import type { ListParams } from '../activities/schemas';
import { filterQueryString } from './filters';
import { originOf } from './origin';
import { openDataTexts } from './texts';

/** `webcal://host/path`: calendar apps subscribe to it (and refresh it) instead of importing a copy once. */
export function webcalHref(origin: string, path: string): string {
  return `webcal://${new URL(origin).host}${path}`;
}

export function ListFeedLinks({ params }: { params: ListParams }) {
  const t = useTexts(openDataTexts);
  const origin = originOf(useAppContext());
  const query = filterQueryString(params);
  return (
    <aside class="vw-open-data-links" aria-labelledby="open-data-titel">
      <h2 class="utrecht-heading-3" id="open-data-titel">
        {t.linksTitle}
      </h2>
      <p class="utrecht-paragraph">{t.linksIntro}</p>
      <ul class="utrecht-unordered-list">
        <li>
          <a class="utrecht-link" href={webcalHref(origin, `/activiteiten.ics${query}`)}>
            {t.subscribe}
          </a>
        </li>
        <li>
          <a class="utrecht-link" href={`/activiteiten.ics${query}`} download="activiteiten.ics">
            {t.downloadIcs}
          </a>
        </li>
        <li>
          <a class="utrecht-link" href={`/activiteiten.csv${query}`} download>
            {t.downloadCsv}
          </a>
        </li>
        <li>
          <a class="utrecht-link" href={`/activiteiten.atom${query}`} type="application/atom+xml">
            {t.atomFeed}
          </a>
        </li>
        <li>
          <a class="utrecht-link" href="/api/v1/docs">
            {t.openDataLink}
          </a>
        </li>
      </ul>
    </aside>
  );
}

export function AddToCalendar({ id }: { id: number }) {
  const t = useTexts(openDataTexts);
  return (
    <p class="utrecht-paragraph vw-add-to-calendar">
      <a
        class="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--secondary-action"
        href={`/activiteiten/${id}.ics`}
        download={`activiteit-${id}.ics`}
      >
        {t.addToCalendar}
      </a>{' '}
      <span class="vw-meta">{t.addToCalendarHint}</span>
    </p>
  );
}
