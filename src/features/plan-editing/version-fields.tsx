import { TextArea, TextField } from '../../layout/form';
import type { FieldErrors } from '../../validation/form';
import type { VersionFormValues } from './schemas';
import type { PlanEditingTexts } from './texts';

/** Where the plan and version forms check one field inline (htmx, on blur); nothing is stored there. */
export const VERSION_VALIDATE_URL = '/plannen/valideren';

const VERSION_FIELDS = ['title', 'summary', 'periodStart', 'periodEnd'] as const;
export type VersionFieldName = (typeof VERSION_FIELDS)[number];
export const isVersionField = (name: string): name is VersionFieldName => (VERSION_FIELDS as readonly string[]).includes(name);

/** htmx: checks the field on the server when it loses focus and swaps only its own wrapper. */
const inline = (name: VersionFieldName) => ({
  'hx-post': VERSION_VALIDATE_URL,
  'hx-trigger': 'blur changed',
  'hx-target': `#veld-${name}-veld`,
  'hx-swap': 'outerMorph',
  'hx-vals': JSON.stringify({ _veld: name }),
});

type FieldProps = { values: VersionFormValues; errors: FieldErrors; t: PlanEditingTexts };

/** One field of the plan or version form, also rendered alone as the answer to an inline check. */
export function VersionField({ name, values, errors, t }: FieldProps & { name: VersionFieldName }) {
  switch (name) {
    case 'title':
      return (
        <TextField name="title" label={t.fieldTitle} value={values.title} error={errors.title} required maxLength={200} attributes={inline(name)} />
      );
    case 'summary':
      return (
        <TextArea
          name="summary"
          label={t.fieldSummary}
          value={values.summary}
          error={errors.summary}
          rows={3}
          maxLength={4000}
          attributes={inline(name)}
        />
      );
    case 'periodStart':
      return (
        <TextField
          name="periodStart"
          inputmode="numeric"
          label={t.fieldPeriodStart}
          value={values.periodStart}
          error={errors.periodStart}
          required
          size={5}
          description={t.fieldPeriodHelp}
          attributes={inline(name)}
        />
      );
    case 'periodEnd':
      return (
        <TextField
          name="periodEnd"
          inputmode="numeric"
          label={t.fieldPeriodEnd}
          value={values.periodEnd}
          error={errors.periodEnd}
          required
          size={5}
          attributes={inline(name)}
        />
      );
  }
}

export function VersionFields(props: FieldProps) {
  return (
    <>
      {VERSION_FIELDS.map((name) => (
        <VersionField name={name} {...props} />
      ))}
    </>
  );
}

export const versionLabels = (t: PlanEditingTexts) => ({
  title: t.fieldTitle,
  summary: t.fieldSummary,
  periodStart: t.fieldPeriodStart,
  periodEnd: t.fieldPeriodEnd,
});
