/**
 * Reads a CSV as Excel writes it: UTF-8 with or without BOM, `;` or `,` between cells (whichever the header line
 * uses), quoted cells with doubled quotes and line breaks inside. Every record keeps the number of the line it starts
 * on, so errors can name it. Nothing here knows what the cells mean: the monitor import (`features/monitor/import-validate.ts`) and the plan import give them meaning.
 */

/** Larger files are refused before they are read (a monitor CSV of every buurt × indicator × wave is ~100 KB). */
export const MAX_IMPORT_BYTES = 2 * 1024 * 1024;

export type CsvRecord = { line: number; cells: string[] };
export type CsvProblem = { line: number | null; code: 'too-large' | 'empty' | 'encoding' | 'unclosed-quote'; detail?: string };
export type CsvTable = { delimiter: ';' | ','; header: CsvRecord; records: CsvRecord[] };

/** The lines (1-based) whose bytes are not valid UTF-8: a file saved as Windows-1252 has its ë, é or € there. */
function invalidUtf8Lines(bytes: Uint8Array): number[] {
  const bad: number[] = [];
  const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });
  let start = 0;
  let line = 1;
  for (let i = 0; i <= bytes.length; i++) {
    if (i === bytes.length || bytes[i] === 0x0a) {
      try {
        decoder.decode(bytes.subarray(start, i));
      } catch {
        bad.push(line);
      }
      start = i + 1;
      line++;
    }
  }
  return bad;
}

export function decodeCsv(bytes: Uint8Array): { text: string } | { problems: CsvProblem[] } {
  if (bytes.length > MAX_IMPORT_BYTES) return { problems: [{ line: null, code: 'too-large', detail: String(bytes.length) }] };
  try {
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
    return { text };
  } catch {
    return { problems: invalidUtf8Lines(bytes).map((line) => ({ line, code: 'encoding' as const })) };
  }
}

/** The delimiter of the header line: the one of `;` and `,` that occurs more often outside quotes (`;` on a tie). */
function detectDelimiter(text: string): ';' | ',' {
  let semicolons = 0;
  let commas = 0;
  let quoted = false;
  for (const ch of text) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === '\n' || ch === '\r')) break;
    else if (!quoted && ch === ';') semicolons++;
    else if (!quoted && ch === ',') commas++;
  }
  return commas > semicolons ? ',' : ';';
}

export function parseCsv(text: string): { table: CsvTable } | { problems: CsvProblem[] } {
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const delimiter = detectDelimiter(source);
  const records: CsvRecord[] = [];
  let cells: string[] = [];
  let cell = '';
  let quoted = false;
  let line = 1;
  let recordLine = 1;
  let atCellStart = true;
  const endRecord = () => {
    cells.push(cell);
    if (cells.some((c) => c.trim() !== '')) records.push({ line: recordLine, cells });
    cells = [];
    cell = '';
    atCellStart = true;
  };
  for (let i = 0; i < source.length; i++) {
    const ch = source[i]!;
    if (quoted) {
      if (ch === '"' && source[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else {
        if (ch === '\n') line++;
        cell += ch;
      }
      continue;
    }
    if (ch === '"' && atCellStart) {
      quoted = true;
      atCellStart = false;
    } else if (ch === delimiter) {
      cells.push(cell);
      cell = '';
      atCellStart = true;
    } else if (ch === '\r' || ch === '\n') {
      if (ch === '\r' && source[i + 1] === '\n') i++;
      endRecord();
      line++;
      recordLine = line;
    } else {
      cell += ch;
      if (ch !== ' ') atCellStart = false;
    }
  }
  if (quoted) return { problems: [{ line: recordLine, code: 'unclosed-quote' }] };
  endRecord();
  const [header, ...rest] = records;
  if (!header) return { problems: [{ line: 1, code: 'empty' }] };
  return { table: { delimiter, header, records: rest } };
}

/**
 * A number as typed in a Dutch or English spreadsheet: `12,5`, `12.5`, `-3`, `12,5%`. Thousands separators are
 * refused (`1.234,5` is ambiguous next to `1.234`), so a value never silently changes by a factor 1,000.
 */
export function parseDecimal(raw: string): number | null {
  const text = raw.trim().replace(/%$/, '').trim().replace('−', '-');
  if (!/^-?\d+([.,]\d+)?$/.test(text)) return null;
  const n = Number(text.replace(',', '.'));
  return Number.isFinite(n) ? n : null;
}

/** A cell a spreadsheet would run as a formula (`=HYPERLINK(…)`, `+…`, `@…`), unless it is just a signed number. */
export function looksLikeFormula(raw: string): boolean {
  const text = raw.trim();
  if (!/^[=+\-@\t\r]/.test(raw) && !/^[=+\-@]/.test(text)) return false;
  return parseDecimal(text.replace(/^\+/, '')) === null;
}
