/** A spreadsheet cell: text is escaped and neutralised, numbers are written as they are. */
export type Cell = string | number | null | undefined;

/** UTF-8 byte order mark: without it Excel reads UTF-8 as Windows-1252 and garbles ë, é and €. */
export const CSV_BOM = '\uFEFF';

/** A text starting with one of these is read by spreadsheets as a formula (CSV injection, OWASP). */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * One cell for a `;`-separated file as Excel with Dutch settings reads it. Text that a spreadsheet would run as a
 * formula gets a leading apostrophe, so it shows as text; a cell with `;`, a quote or a line break is quoted, with
 * quotes doubled.
 */
export function csvCell(value: Cell): string {
  if (value === null || value === undefined) return '';
  let text = typeof value === 'number' ? String(value) : value;
  if (typeof value === 'string' && FORMULA_START.test(text)) text = `'${text}`;
  return /[;"\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** A whole file: BOM, `;` between cells, CRLF between rows. */
export function toCsv(rows: readonly (readonly Cell[])[]): string {
  return CSV_BOM + rows.map((row) => row.map(csvCell).join(';')).join('\r\n') + '\r\n';
}

/** The response headers of a CSV download with a safe file name. */
export function csvHeaders(fileName: string): Record<string, string> {
  const safe = fileName.replace(/[^A-Za-z0-9._-]/g, '-');
  return {
    'Content-Type': 'text/csv; charset=utf-8',
    'Content-Disposition': `attachment; filename="${safe}"`,
    'X-Content-Type-Options': 'nosniff',
  };
}
