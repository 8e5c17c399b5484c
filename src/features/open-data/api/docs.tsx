import type { Context } from 'hono';
import type { AppEnv } from '../../../env';
import { DataTable } from '../../../layout/data-table';
import { originOf } from '../origin';
import { ENDPOINTS, type EndpointDoc } from './endpoints';
import { apiTexts } from './texts';

type T = (typeof apiTexts)['nl'];

function Endpoint({ e, t, origin, locale }: { e: EndpointDoc; t: T; origin: string; locale: 'nl' | 'en' }) {
  const id = `api-${e.operationId}`;
  return (
    <section class="vw-card" aria-labelledby={id}>
      <h3 class="utrecht-heading-3" id={id}>
        <code>GET /api/v1{e.path}</code>
      </h3>
      <p class="utrecht-paragraph">{e.summary[locale]}</p>
      {e.params.length > 0 && (
        <DataTable
          caption={t.docsParameters}
          columns={[t.docsParameter, t.docsMeaning]}
          rows={e.params}
          row={(p) => (
            <tr class="utrecht-table__row">
              <th class="utrecht-table__header-cell" scope="row">
                <code>{p.name}</code>
              </th>
              <td class="utrecht-table__cell">{p.description[locale]}</td>
            </tr>
          )}
        />
      )}
      <p class="utrecht-paragraph">{t.docsExample}:</p>
      {/* A paragraph, not <pre>: the card breaks the long address anywhere, so the page reflows at 320 px. */}
      <p class="utrecht-paragraph">
        <code>
          curl -s "{origin}/api/v1{e.example}"
        </code>
      </p>
    </section>
  );
}

/** `/api/v1/docs`: the API and the other open-data formats, in the portal's own look (no third-party scripts). */
export function renderApiDocs(c: Context<AppEnv>) {
  const locale = c.var.locale;
  const t = apiTexts[locale];
  const origin = originOf(c);
  const formats: [string, string][] = [
    [t.docsIcs, '/activiteiten.ics?pijler=health'],
    [t.docsCsv, '/activiteiten.csv?wijk=nazareth'],
    [t.docsAtom, '/activiteiten.atom'],
    [t.docsHsds, '/api/hsds/export.json'],
    [t.docsWidget, '/widget/activiteiten?wijk=pottenberg'],
    [t.docsSitemap, '/sitemap.xml'],
  ];
  return c.render(
    <>
      <h1 class="utrecht-heading-1">{t.docsTitle}</h1>
      <p class="utrecht-paragraph utrecht-paragraph--lead">{t.docsIntro}</p>
      <p class="utrecht-paragraph">{t.docsLicence}</p>
      <ul class="utrecht-unordered-list">
        <li>{t.docsPaging}</li>
        <li>
          <span id="invalid-parameters">{t.docsErrors}</span> <span id="not-found"></span>
          <span id="method-not-allowed"></span>
        </li>
        <li>{t.docsCaching}</li>
      </ul>
      <p class="utrecht-paragraph">
        <a class="utrecht-link" href="/api/v1/openapi.json">
          {t.docsOpenApi}
        </a>
      </p>
      <h2 class="utrecht-heading-2">{t.docsEndpoints}</h2>
      {ENDPOINTS.map((e) => (
        <Endpoint e={e} t={t} origin={origin} locale={locale} />
      ))}
      <h2 class="utrecht-heading-2">{t.docsOtherFormats}</h2>
      <ul class="utrecht-unordered-list vw-card">
        {formats.map(([label, path]) => (
          <li>
            <a class="utrecht-link" href={path}>
              {label}
            </a>{' '}
            — <code>{path}</code>
          </li>
        ))}
      </ul>
    </>,
    { title: t.docsTitle, description: t.docsIntro },
  );
}
