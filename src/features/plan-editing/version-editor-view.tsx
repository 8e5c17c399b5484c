import { Notice } from '../../layout/components';
import { formatDay } from '../../layout/dates';
import { ErrorSummary, SubmitButton, TextField } from '../../layout/form';
import { useAppContext, useTexts } from '../../layout/renderer';
import { layoutTexts } from '../../layout/texts';
import type { FieldErrors } from '../../validation/form';
import { planLabels } from '../plan-links/labels';
import { CSV_COLUMNS } from './csv';
import { EditorNoticeBox, FrozenNotice, planPath, VersionButton, type EditorNotice } from './editor-parts';
import { GoalTree } from './goal-tree';
import type { LoadedVersion } from './queries';
import type { AdoptFormValues, VersionFormValues } from './schemas';
import { planEditingTexts } from './texts';
import { VersionFields, versionLabels } from './version-fields';

export function VersionPage(props: {
  loaded: LoadedVersion;
  values: VersionFormValues;
  errors: FieldErrors;
  adopt: AdoptFormValues;
  adoptErrors: FieldErrors;
  notice: EditorNotice;
  formError?: string;
  publicHistory: string;
  /** A version edit refused because the version is frozen: its form is shown with what was typed, without a save button. */
  typed?: boolean;
}) {
  const t = useTexts(planEditingTexts);
  const l = useTexts(planLabels);
  const layout = useTexts(layoutTexts);
  const locale = useAppContext().var.locale;
  const { loaded } = props;
  const v = loaded.version;
  const path = planPath(v.id);
  const concept = v.status === 'concept';
  return (
    <>
      <p class="utrecht-paragraph">
        <a class="utrecht-link" href="/plannen">
          {t.listTitle}
        </a>
      </p>
      <h1 class="utrecht-heading-1">
        {v.title} · {t.versionNumber(v.number)} ({l.versionStatus(v.status)}){' '}
        {loaded.plan.isDemo && <span class="vw-demo-badge">{layout.demoBadge}</span>}
      </h1>
      <EditorNoticeBox notice={props.notice} />
      {props.formError && <Notice kind="error">{props.formError}</Notice>}
      {!concept && <FrozenNotice loaded={loaded} refused={props.notice === 'frozen'} />}
      {v.adoptedOn && v.adoptedBy && <p class="utrecht-paragraph">{t.adoptedOnBy(formatDay(v.adoptedOn, locale), v.adoptedBy)}</p>}
      <p class="utrecht-paragraph">
        <a class="utrecht-link" href={props.publicHistory}>
          {t.versionsOf}
        </a>
      </p>
      {(concept || props.typed) && (
        <section aria-labelledby="versie-kop">
          <h2 class="utrecht-heading-2" id="versie-kop">
            {t.versionHeading}
          </h2>
          <form method="post" action={path} novalidate>
            <ErrorSummary errors={props.errors} labels={versionLabels(t)} />
            <input type="hidden" name="version" value={String(v.version)} />
            <VersionFields values={props.values} errors={props.errors} t={t} />
            {concept && <SubmitButton label={t.save} />}
          </form>
        </section>
      )}
      <section aria-labelledby="doelen-kop">
        <h2 class="utrecht-heading-2" id="doelen-kop">
          {t.goalsHeading}
        </h2>
        {loaded.goals.length === 0 ? <p class="utrecht-paragraph">{t.noGoals}</p> : <GoalTree loaded={loaded} />}
        {concept && (
          <p class="utrecht-paragraph">
            <a class="utrecht-button-link utrecht-button-link--secondary-action" href={`${path}/doelen/nieuw`}>
              {t.addGoal}
            </a>
          </p>
        )}
      </section>
      <CsvSection path={path} concept={concept} />
      {concept ? <AdoptForm path={path} version={v.version} values={props.adopt} errors={props.adoptErrors} /> : null}
      {v.status === 'adopted' && (
        <section aria-labelledby="nieuw-concept-kop">
          <h2 class="utrecht-heading-2" id="nieuw-concept-kop">
            {t.newConcept}
          </h2>
          <p class="utrecht-paragraph">{t.newConceptIntro}</p>
          <VersionButton action={`${path}/nieuw-concept`} version={v.version} label={t.newConcept} variant="secondary" />
        </section>
      )}
    </>
  );
}

function AdoptForm({ path, version, values, errors }: { path: string; version: number; values: AdoptFormValues; errors: FieldErrors }) {
  const t = useTexts(planEditingTexts);
  return (
    <section aria-labelledby="vaststellen-kop">
      <h2 class="utrecht-heading-2" id="vaststellen-kop">
        {t.adoptHeading}
      </h2>
      <p class="utrecht-paragraph">{t.adoptIntro}</p>
      <form method="post" action={`${path}/vaststellen`} novalidate>
        <ErrorSummary errors={errors} labels={{ adoptedOn: t.fieldAdoptedOn, adoptedBy: t.fieldAdoptedBy }} />
        <input type="hidden" name="version" value={String(version)} />
        <TextField name="adoptedOn" type="date" label={t.fieldAdoptedOn} value={values.adoptedOn} error={errors.adoptedOn} required />
        <TextField
          name="adoptedBy"
          label={t.fieldAdoptedBy}
          value={values.adoptedBy}
          error={errors.adoptedBy}
          required
          maxLength={200}
          description={t.fieldAdoptedByHelp}
        />
        <SubmitButton label={t.adopt} />
      </form>
    </section>
  );
}

function CsvSection({ path, concept }: { path: string; concept: boolean }) {
  const t = useTexts(planEditingTexts);
  return (
    <section aria-labelledby="csv-kop">
      <h2 class="utrecht-heading-2" id="csv-kop">
        {t.csvHeading}
      </h2>
      <p class="utrecht-paragraph">
        <a class="utrecht-link" href={`${path}/doelen.csv`} download>
          {t.csvExport}
        </a>
      </p>
      {concept && (
        <form method="post" action={`${path}/import`} enctype="multipart/form-data" novalidate>
          <div class="utrecht-form-field utrecht-form-field--text">
            <div class="utrecht-form-field__label">
              <label class="utrecht-form-label" for="veld-bestand">
                {t.csvFile}
              </label>
            </div>
            <div class="utrecht-form-field-description" id="veld-bestand-uitleg">
              {t.csvHelp(CSV_COLUMNS.join('; '))}
            </div>
            <div class="utrecht-form-field__input">
              <input type="file" id="veld-bestand" name="bestand" accept=".csv,text/csv" aria-describedby="veld-bestand-uitleg" />
            </div>
          </div>
          <SubmitButton label={t.csvImport} secondary />
        </form>
      )}
    </section>
  );
}
