import { DataTable } from '../../layout/data-table';
import { useAppContext, useTexts } from '../../layout/renderer';
import { MonitorNav } from './components';
import type { ImportRecord } from './import-queries';
import { importTexts } from './import-texts';
import type { ImportError, PreviewRow, RowStatus } from './import-validate';

const ERRORS_SHOWN = 200;

function UploadForm() {
  const t = useTexts(importTexts);
  return (
    <form class="vw-form" method="post" action="/monitor/import" enctype="multipart/form-data">
      <div class="utrecht-form-field utrecht-form-field--text">
        <div class="utrecht-form-field__label">
          <label class="utrecht-form-label" for="bestand">
            {t.fileLabel}
          </label>
        </div>
        <div class="utrecht-form-field-description" id="bestand-uitleg">
          {t.fileHint}
        </div>
        <div class="utrecht-form-field__input">
          <input
            class="utrecht-textbox utrecht-textbox--html-input"
            type="file"
            id="bestand"
            name="bestand"
            accept=".csv,text/csv"
            required
            aria-describedby="bestand-uitleg"
          />
        </div>
      </div>
      <button type="submit" class="utrecht-button utrecht-button--primary-action">
        {t.preview}
      </button>
    </form>
  );
}

function Formats() {
  const t = useTexts(importTexts);
  return (
    <section aria-labelledby="formaten-titel">
      <h2 class="utrecht-heading-2" id="formaten-titel">
        {t.formatsTitle}
      </h2>
      <ul class="utrecht-unordered-list">
        <li class="utrecht-unordered-list__item">{t.formatObservations}</li>
        <li class="utrecht-unordered-list__item">{t.formatClasses}</li>
      </ul>
      <p class="utrecht-paragraph">{t.formatNotes}</p>
    </section>
  );
}

export function ErrorList({ errors }: { errors: ImportError[] }) {
  const t = useTexts(importTexts);
  return (
    <div class="vw-error-summary utrecht-alert utrecht-alert--error" role="alert" tabindex={-1} id="importfouten">
      <h2 class="utrecht-heading-2">{t.errorsTitle(errors.length)}</h2>
      <ul class="utrecht-unordered-list">
        {errors.slice(0, ERRORS_SHOWN).map((e) => (
          <li class="utrecht-unordered-list__item vw-import-error">
            <strong>{t.line(e.line)}</strong>: {e.message}
          </li>
        ))}
      </ul>
      {errors.length > ERRORS_SHOWN && <p class="utrecht-paragraph">{t.moreErrors(errors.length - ERRORS_SHOWN)}</p>}
      <p class="utrecht-paragraph">{t.errorsFix}</p>
    </div>
  );
}

function PreviewTable({ rows, caption }: { rows: PreviewRow[]; caption: string }) {
  const t = useTexts(importTexts);
  const result = (r: PreviewRow) =>
    r.status === 'new' ? t.statusNew(r.to) : r.status === 'changed' ? t.statusChanged(r.from!, r.to) : t.statusUnchanged(r.to);
  return (
    <DataTable
      caption={caption}
      columns={[t.colLine, t.colArea, t.colWhat, t.colWave, t.colResult]}
      rows={rows}
      row={(r) => (
        <tr class="utrecht-table__row" data-status={r.status}>
          <td class="utrecht-table__cell utrecht-table__cell--numeric">{r.line}</td>
          <th class="utrecht-table__header-cell" scope="row">
            {r.area}
          </th>
          <td class="utrecht-table__cell">{r.what || '—'}</td>
          <td class="utrecht-table__cell">{r.wave}</td>
          <td class="utrecht-table__cell">{result(r)}</td>
        </tr>
      )}
    />
  );
}

/** The result of checking a file: the errors (nothing stored), or the rows with a confirm button. */
export function PreviewPage(props: {
  fileName: string;
  rows: PreviewRow[];
  errors: ImportError[];
  counts: Record<RowStatus, number>;
  pendingId: number | null;
}) {
  const t = useTexts(importTexts);
  const { counts } = props;
  return (
    <div class="vw-container vw-monitor">
      <h1 class="utrecht-heading-1">{t.previewTitle(props.fileName)}</h1>
      <MonitorNav current="/monitor/import" />
      {props.errors.length > 0 && <ErrorList errors={props.errors} />}
      <p class="utrecht-paragraph">{t.summary(counts.new, counts.changed, counts.unchanged)}</p>
      {props.pendingId !== null && (
        <>
          {counts.new + counts.changed === 0 && <p class="utrecht-paragraph">{t.nothingToChange}</p>}
          <div class="vw-actions">
            <form method="post" action={`/monitor/import/${props.pendingId}/bevestigen`} class="vw-inline-form">
              <button type="submit" class="utrecht-button utrecht-button--primary-action">
                {t.confirm}
              </button>
            </form>{' '}
            <form method="post" action={`/monitor/import/${props.pendingId}/annuleren`} class="vw-inline-form">
              <button type="submit" class="utrecht-button utrecht-button--secondary-action">
                {t.cancel}
              </button>
            </form>
          </div>
        </>
      )}
      {props.rows.length > 0 && <PreviewTable rows={props.rows} caption={t.previewTitle(props.fileName)} />}
      {props.errors.length > 0 && (
        <>
          <h2 class="utrecht-heading-2">{t.errorsFix}</h2>
          <UploadForm />
        </>
      )}
    </div>
  );
}

function History({ imports }: { imports: ImportRecord[] }) {
  const t = useTexts(importTexts);
  const locale = useAppContext().var.locale;
  const when = (ms: number) =>
    new Intl.DateTimeFormat(locale === 'nl' ? 'nl-NL' : 'en-GB', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Europe/Amsterdam' }).format(
      new Date(ms),
    );
  return (
    <section aria-labelledby="geschiedenis-titel">
      <h2 class="utrecht-heading-2" id="geschiedenis-titel">
        {t.historyTitle}
      </h2>
      <p class="utrecht-paragraph">{t.undoHint}</p>
      <DataTable
        empty={t.historyEmpty}
        labelledBy="geschiedenis-titel"
        columns={[t.colWhen, t.colWho, t.colFile, t.colKind, t.colCounts, t.colStatus, '']}
        rows={imports}
        row={(i) => (
          <tr class="utrecht-table__row">
            <td class="utrecht-table__cell">{when(i.confirmedAt ?? i.createdAt)}</td>
            <td class="utrecht-table__cell">{i.userName}</td>
            <th class="utrecht-table__header-cell" scope="row">
              {i.fileName}
            </th>
            <td class="utrecht-table__cell">{t.kind(i.kind)}</td>
            <td class="utrecht-table__cell">{t.summary(i.newCount, i.changedCount, i.unchangedCount)}</td>
            <td class="utrecht-table__cell">{t.status(i.status)}</td>
            <td class="utrecht-table__cell">
              {i.status === 'pending' && (
                <a class="utrecht-link" href={`/monitor/import/${i.id}`}>
                  {t.openPending}
                </a>
              )}
              {i.undoable === 1 && (
                <form method="post" action={`/monitor/import/${i.id}/ongedaan`} class="vw-inline-form">
                  <button type="submit" class="utrecht-button utrecht-button--secondary-action" aria-label={`${t.undo}: ${i.fileName}`}>
                    {t.undo}
                  </button>
                </form>
              )}
            </td>
          </tr>
        )}
      />
    </section>
  );
}

export function ImportPage({ imports, message, error }: { imports: ImportRecord[]; message?: string; error?: string }) {
  const t = useTexts(importTexts);
  return (
    <div class="vw-container vw-monitor">
      <h1 class="utrecht-heading-1">{t.title}</h1>
      <MonitorNav current="/monitor/import" />
      {message && (
        <div class="utrecht-alert utrecht-alert--ok" role="status">
          <p class="utrecht-paragraph">{message}</p>
        </div>
      )}
      {error && (
        <div class="utrecht-alert utrecht-alert--error" role="alert">
          <p class="utrecht-paragraph">{error}</p>
        </div>
      )}
      <p class="utrecht-paragraph">{t.intro}</p>
      <Formats />
      <UploadForm />
      <History imports={imports} />
    </div>
  );
}
