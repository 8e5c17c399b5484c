import type { MonitorImportKind } from '../../db/enums';
import type { Locale } from '../../i18n';
import { decodeCsv, looksLikeFormula, parseCsv, parseDecimal, type CsvProblem, type CsvRecord } from '../../formats/csv-parse';
import { importTexts } from './import-texts';
import { AREA_CODE, BUURT_CODE } from './model';

/** What the validation needs to know: the areas, indicators and waves, and what is stored now. */
export type ImportReference = {
  areas: Map<string, string>; // code → name
  indicators: Map<string, string>; // code → Dutch name
  waves: { code: string; name: string; year: number }[];
  observations: Map<string, { v: number; c: number | null }>; // `${indicator}|${area}|${wave}`
  classes: Map<string, { p: number; k: number }>; // `${area}|${wave}`
};

export type ObservationRow = { l: number; i: string; a: string; w: string; v: number; c: number | null };
export type ClassRow = { l: number; a: string; w: string; p: number; k: number };
export type RowStatus = 'new' | 'changed' | 'unchanged';
export type PreviewRow = { line: number; area: string; what: string; wave: string; status: RowStatus; from: string | null; to: string };
export type ImportError = { line: number | null; message: string };

export type ImportCheck = {
  kind: MonitorImportKind | null;
  rows: PreviewRow[];
  errors: ImportError[];
  payload: ObservationRow[] | ClassRow[];
  counts: Record<RowStatus, number>;
};

const HEADERS: Record<MonitorImportKind, { required: string[]; optional: string[] }> = {
  observations: { required: ['buurtcode', 'indicator', 'meting', 'waarde'], optional: ['aantal'] },
  classes: { required: ['buurtcode', 'meting', 'problemen', 'kwetsbaarheid'], optional: [] },
};

export const obsKey = (i: string, a: string, w: string) => `${i}|${a}|${w}`;
export const classKey = (a: string, w: string) => `${a}|${w}`;

function kindOf(header: string[]): MonitorImportKind | null {
  for (const kind of ['observations', 'classes'] as const) {
    const { required, optional } = HEADERS[kind];
    const names = header.map((h) => h.trim().toLowerCase());
    if (names.slice(0, required.length).join(';') === required.join(';') && names.slice(required.length).every((n, i) => n === optional[i]))
      return kind;
  }
  return null;
}

export function problemMessage(p: CsvProblem, locale: Locale): ImportError {
  const t = importTexts[locale];
  const message = { 'too-large': t.tooLarge(Number(p.detail)), empty: t.empty, encoding: t.encoding, 'unclosed-quote': t.unclosedQuote }[p.code];
  return { line: p.line, message };
}

function findWave(reference: ImportReference, raw: string) {
  const text = raw.trim().toLowerCase();
  return (
    reference.waves.find((w) => w.code === text || w.name.toLowerCase() === text) ??
    (/^\d{4}$/.test(text) ? reference.waves.filter((w) => String(w.year) === text).at(0) : undefined)
  );
}

const empty = (): ImportCheck => ({ kind: null, rows: [], errors: [], payload: [], counts: { new: 0, changed: 0, unchanged: 0 } });

/** Checks a whole file: every error with its line, and for the valid rows what importing them would do. */
export function checkImport(bytes: Uint8Array, reference: ImportReference, locale: Locale): ImportCheck {
  const t = importTexts[locale];
  const result = empty();
  const decoded = decodeCsv(bytes);
  if ('problems' in decoded) return { ...result, errors: decoded.problems.map((p) => problemMessage(p, locale)) };
  const parsed = parseCsv(decoded.text);
  if ('problems' in parsed) return { ...result, errors: parsed.problems.map((p) => problemMessage(p, locale)) };
  const { header, records } = parsed.table;
  const kind = kindOf(header.cells);
  if (!kind) return { ...result, errors: [{ line: header.line, message: t.unknownHeader(header.cells.join(parsed.table.delimiter)) }] };
  result.kind = kind;
  if (records.length === 0) return { ...result, errors: [{ line: header.line, message: t.noRows }] };
  const columns = header.cells.map((h) => h.trim().toLowerCase());
  const seen = new Map<string, number>();
  const fmt = (n: number) => new Intl.NumberFormat(locale === 'nl' ? 'nl-NL' : 'en-GB', { maximumFractionDigits: 3 }).format(n);

  for (const record of records) {
    const errors = rowErrors(record, columns, locale);
    if (errors.length) {
      result.errors.push(...errors);
      continue;
    }
    const cell = (name: string) => (record.cells[columns.indexOf(name)] ?? '').trim();
    const fail = (message: string) => result.errors.push({ line: record.line, message });
    const code = cell('buurtcode').toUpperCase();
    const before = result.errors.length;
    if (!AREA_CODE.test(code) || !reference.areas.has(code)) fail(t.unknownArea(cell('buurtcode')));
    else if (kind === 'classes' && !BUURT_CODE.test(code)) fail(t.notBuurt(code));
    const wave = findWave(reference, cell('meting'));
    if (!wave) fail(t.unknownWave(cell('meting')));

    if (kind === 'observations') {
      const indicator = cell('indicator').toLowerCase();
      if (!reference.indicators.has(indicator)) fail(t.unknownIndicator(cell('indicator')));
      const value = parseDecimal(cell('waarde'));
      if (value === null) fail(t.notNumber('waarde', cell('waarde')));
      const countText = columns.includes('aantal') ? cell('aantal') : '';
      const count = countText === '' ? null : /^\d+$/.test(countText) ? Number(countText) : NaN;
      if (Number.isNaN(count)) fail(t.notCount(countText));
      if (result.errors.length > before || !wave || value === null) continue;
      const key = obsKey(indicator, code, wave.code);
      if (seen.has(key)) {
        fail(t.duplicate(seen.get(key)!));
        continue;
      }
      seen.set(key, record.line);
      const current = reference.observations.get(key);
      const to = t.countValue(fmt(value), count);
      const status: RowStatus = !current ? 'new' : current.v === value && current.c === count ? 'unchanged' : 'changed';
      result.counts[status]++;
      (result.payload as ObservationRow[]).push({ l: record.line, i: indicator, a: code, w: wave.code, v: value, c: count });
      result.rows.push({
        line: record.line,
        area: reference.areas.get(code)!,
        what: reference.indicators.get(indicator)!,
        wave: wave.name,
        status,
        from: current ? t.countValue(fmt(current.v), current.c) : null,
        to,
      });
    } else {
      const problems = cell('problemen');
      const vulnerable = cell('kwetsbaarheid');
      if (!/^[123]$/.test(problems)) fail(t.levelOutOfRange('problemen', problems));
      if (!/^[123]$/.test(vulnerable)) fail(t.levelOutOfRange('kwetsbaarheid', vulnerable));
      if (result.errors.length > before || !wave) continue;
      const key = classKey(code, wave.code);
      if (seen.has(key)) {
        fail(t.duplicate(seen.get(key)!));
        continue;
      }
      seen.set(key, record.line);
      const p = Number(problems);
      const k = Number(vulnerable);
      const current = reference.classes.get(key);
      const label = (pp: number, kk: number) => t.classValue((pp - 1) * 3 + kk, pp, kk);
      const status: RowStatus = !current ? 'new' : current.p === p && current.k === k ? 'unchanged' : 'changed';
      result.counts[status]++;
      (result.payload as ClassRow[]).push({ l: record.line, a: code, w: wave.code, p, k });
      result.rows.push({
        line: record.line,
        area: reference.areas.get(code)!,
        what: '',
        wave: wave.name,
        status,
        from: current ? label(current.p, current.k) : null,
        to: label(p, k),
      });
    }
  }
  return result;
}

/** Column count and formulas: checked before any cell is read for its meaning. */
export function rowErrors(record: CsvRecord, columns: string[], locale: Locale): ImportError[] {
  const t = importTexts[locale];
  if (record.cells.length > columns.length) return [{ line: record.line, message: t.tooManyColumns(record.cells.length, columns.length) }];
  if (record.cells.length < columns.length) return [{ line: record.line, message: t.tooFewColumns(record.cells.length, columns.length) }];
  return record.cells.flatMap((cell, i) =>
    looksLikeFormula(cell) ? [{ line: record.line, message: t.formula(columns[i]!, cell.trim().slice(0, 40)) }] : [],
  );
}

/** The preview of a stored pending import, against what is stored now (it may have changed since the upload). */
export function describeRows(
  kind: MonitorImportKind,
  payload: (ObservationRow | ClassRow)[],
  reference: ImportReference,
  locale: Locale,
): Pick<ImportCheck, 'rows' | 'counts'> {
  const t = importTexts[locale];
  const fmt = (n: number) => new Intl.NumberFormat(locale === 'nl' ? 'nl-NL' : 'en-GB', { maximumFractionDigits: 3 }).format(n);
  const counts: Record<RowStatus, number> = { new: 0, changed: 0, unchanged: 0 };
  const waveName = (code: string) => reference.waves.find((w) => w.code === code)?.name ?? code;
  const rows = payload.map((row): PreviewRow => {
    let status: RowStatus;
    let from: string | null = null;
    let to: string;
    let what = '';
    if (kind === 'observations') {
      const r = row as ObservationRow;
      const current = reference.observations.get(obsKey(r.i, r.a, r.w));
      status = !current ? 'new' : current.v === r.v && current.c === r.c ? 'unchanged' : 'changed';
      if (current) from = t.countValue(fmt(current.v), current.c);
      to = t.countValue(fmt(r.v), r.c);
      what = reference.indicators.get(r.i) ?? r.i;
    } else {
      const r = row as ClassRow;
      const current = reference.classes.get(classKey(r.a, r.w));
      status = !current ? 'new' : current.p === r.p && current.k === r.k ? 'unchanged' : 'changed';
      if (current) from = t.classValue((current.p - 1) * 3 + current.k, current.p, current.k);
      to = t.classValue((r.p - 1) * 3 + r.k, r.p, r.k);
    }
    counts[status]++;
    return { line: row.l, area: reference.areas.get(row.a) ?? row.a, what, wave: waveName(row.w), status, from, to };
  });
  return { rows, counts };
}
