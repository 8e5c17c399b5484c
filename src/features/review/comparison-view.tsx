import { StoredImg } from '../../media/image-field';
import type { ImageRef } from '../../media/image-input';
import type { ComparisonRow } from './compare';
import { useAppContext } from '../../layout/renderer';
import { reviewTexts } from './texts';

function ComparisonCell({ text, image, empty }: { text: string; image?: ImageRef | null; empty: string }) {
  return (
    <td class="utrecht-table__cell vw-preserve-lines">
      {image && <StoredImg image={image} class="vw-comparison__image" />}
      {text || empty}
    </td>
  );
}

/** A revision next to the published activity, field by field, the changed fields marked. */
export function ComparisonSection({ rows }: { rows: ComparisonRow[] }) {
  const t = reviewTexts[useAppContext().var.locale];
  return (
    <section aria-labelledby="vergelijking-kop">
      <h2 class="utrecht-heading-2" id="vergelijking-kop">
        {t.comparisonHeading}
      </h2>
      <p class="utrecht-paragraph">{t.comparisonIntro}</p>
      <div class="utrecht-table-container">
        <table class="utrecht-table utrecht-table--html-table vw-comparison">
          <thead class="utrecht-table__header">
            <tr class="utrecht-table__row">
              <th class="utrecht-table__header-cell" scope="col">
                {t.columnField}
              </th>
              <th class="utrecht-table__header-cell" scope="col">
                {t.columnPublished}
              </th>
              <th class="utrecht-table__header-cell" scope="col">
                {t.columnProposed}
              </th>
            </tr>
          </thead>
          <tbody class="utrecht-table__body">
            {rows.map((row) => (
              <tr class={`utrecht-table__row${row.changed ? ' vw-comparison__changed' : ''}`}>
                <th class="utrecht-table__header-cell" scope="row">
                  {row.label}
                  <br />
                  <span class={row.changed ? 'vw-tag vw-tag--changed' : 'vw-meta'}>{row.changed ? t.changed : t.unchanged}</span>
                </th>
                <ComparisonCell text={row.before} image={row.images?.before} empty={t.empty} />
                <ComparisonCell text={row.after} image={row.images?.after} empty={t.empty} />
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
