import { TextArea, TextField } from '../../layout/form';
import type { FieldErrors } from '../../validation/form';
import type { VersionFormValues } from './schemas';
import type { PlanEditingTexts } from './texts';

export function VersionFields({ values, errors, t }: { values: VersionFormValues; errors: FieldErrors; t: PlanEditingTexts }) {
  return (
    <>
      <TextField name="title" label={t.fieldTitle} value={values.title} error={errors.title} required maxLength={200} />
      <TextArea name="summary" label={t.fieldSummary} value={values.summary} error={errors.summary} rows={3} maxLength={4000} />
      <TextField
        name="periodStart"
        inputmode="numeric"
        label={t.fieldPeriodStart}
        value={values.periodStart}
        error={errors.periodStart}
        required
        size={5}
        description={t.fieldPeriodHelp}
      />
      <TextField name="periodEnd" inputmode="numeric" label={t.fieldPeriodEnd} value={values.periodEnd} error={errors.periodEnd} required size={5} />
    </>
  );
}

export const versionLabels = (t: PlanEditingTexts) => ({
  title: t.fieldTitle,
  summary: t.fieldSummary,
  periodStart: t.fieldPeriodStart,
  periodEnd: t.fieldPeriodEnd,
});
