import type { Child } from 'hono/jsx';

type DataTableProps<Row> = {
  /** One header cell per column. */
  columns: Child[];
  rows: readonly Row[];
  /** One `<tr class="utrecht-table__row">` per row, its first cell usually a row header. */
  row: (row: Row, index: number) => Child;
  /** Shown instead of the table when there are no rows; without it an empty table is shown. */
  empty?: string;
  caption?: string;
  /** Hides the caption visually when a heading right above already says the same. */
  captionHidden?: boolean;
  /** Names the table by a heading's id instead of a caption. */
  labelledBy?: string;
  /** Extra classes on the table. */
  class?: string;
};

/** A data table in NL Design System (Utrecht) markup, in a container that scrolls sideways on small screens. */
export function DataTable<Row>(props: DataTableProps<Row>) {
  if (props.empty !== undefined && props.rows.length === 0) return <p class="utrecht-paragraph">{props.empty}</p>;
  return (
    <div class="utrecht-table-container">
      <table class={props.class ? `utrecht-table ${props.class}` : 'utrecht-table'} aria-labelledby={props.labelledBy}>
        {props.caption !== undefined && (
          <caption class={props.captionHidden ? 'utrecht-table__caption vw-visually-hidden' : 'utrecht-table__caption'}>{props.caption}</caption>
        )}
        <thead class="utrecht-table__header">
          <tr class="utrecht-table__row">
            {props.columns.map((column) => (
              <th class="utrecht-table__header-cell" scope="col">
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody class="utrecht-table__body">{props.rows.map(props.row)}</tbody>
      </table>
    </div>
  );
}
