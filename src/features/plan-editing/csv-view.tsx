import { Notice } from '../../layout/components';
import { SubmitButton } from '../../layout/form';
import { useTexts } from '../../layout/renderer';
import { planLabels } from '../plan-links/labels';
import type { ImportError } from '../monitor/import-validate';
import type { ImportedGoal } from './csv';
import type { LoadedVersion } from './queries';
import { planEditingTexts } from './texts';
import { BackToVersion, FrozenNotice, planPath } from './editor-parts';

/** The check of an uploaded file: its errors by line (nothing stored), or a preview with the confirm button. */
export function CsvCheckPage(props: { loaded: LoadedVersion; goals: ImportedGoal[]; errors: ImportError[]; text: string; conflict?: boolean }) {
  const t = useTexts(planEditingTexts);
  const l = useTexts(planLabels);
  const { loaded } = props;
  const path = planPath(loaded.version.id);
  const frozen = loaded.version.status !== 'concept';
  return (
    <>
      <BackToVersion loaded={loaded} />
      <h1 class="utrecht-heading-1">{props.errors.length ? t.csvErrorsTitle : t.csvPreviewTitle}</h1>
      {frozen ? <FrozenNotice loaded={loaded} refused={props.conflict === true} /> : props.conflict && <Notice kind="warning">{t.conflict}</Notice>}
      {props.errors.length > 0 ? (
        <div class="utrecht-alert utrecht-alert--error" role="alert">
          <p class="utrecht-paragraph">{t.csvErrorsIntro}</p>
          <ul class="utrecht-unordered-list">
            {props.errors.map((e) => (
              <li>
                {t.csvLine(e.line)}: {e.message}
              </li>
            ))}
          </ul>
        </div>
      ) : (
        <>
          <p class="utrecht-paragraph">{t.csvPreviewIntro(props.goals.length)}</p>
          {/* A data table may scroll sideways on a narrow screen (WCAG 1.4.10); app.js makes the box focusable then. */}
          <div class="utrecht-table-container">
            <table class="utrecht-table">
              <caption class="utrecht-table__caption">{t.csvPreviewTitle}</caption>
              <thead class="utrecht-table__header">
                <tr class="utrecht-table__row">
                  <th class="utrecht-table__header-cell" scope="col">
                    {t.columnLine}
                  </th>
                  <th class="utrecht-table__header-cell" scope="col">
                    {t.columnLevel}
                  </th>
                  <th class="utrecht-table__header-cell" scope="col">
                    {t.fieldGoalTitle}
                  </th>
                </tr>
              </thead>
              <tbody class="utrecht-table__body">
                {props.goals.map((g) => (
                  <tr class="utrecht-table__row">
                    <td class="utrecht-table__cell">{g.line}</td>
                    <td class="utrecht-table__cell">{l.goalDepth(g.depth)}</td>
                    <td class="utrecht-table__cell">{g.title}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {!frozen && (
            <form method="post" action={`${path}/import/bevestigen`} class="vw-inline-form">
              <input type="hidden" name="version" value={String(loaded.version.version)} />
              <input type="hidden" name="csv" value={props.text} />
              <SubmitButton label={t.csvConfirm} />
            </form>
          )}{' '}
        </>
      )}
      <p class="utrecht-paragraph">
        <a class="utrecht-link" href={path}>
          {t.csvCancel}
        </a>
      </p>
    </>
  );
}
