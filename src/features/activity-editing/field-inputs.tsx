import { ChoiceGroup, fieldId, TextArea, TextField, type Option } from '../../layout/form';
import { many, one, type FieldErrors, type FormInput } from '../../validation/form';
import type { FieldName } from './model';
import type { FormOptions, OrganisationRef } from './queries';
import type { ActivityEditingTexts } from './texts';

/** Everything a single field needs to render itself, in the whole form and alone (inline validation). */
export type FieldContext = {
  values: FormInput;
  errors: FieldErrors;
  options: FormOptions;
  /** The inline validation endpoint of this form. */
  validateUrl: string;
  /** Create mode: the organisations the user may choose from. */
  ownOrganisations?: OrganisationRef[];
  ownerOrganisationId?: number;
  /** A co-organiser's member sees the co-organisers but cannot change them. */
  coOrganisersLocked?: OrganisationRef[];
};

/** htmx: validate this field on the server when it loses focus, and morph only its own wrapper (message, aria). */
export function inline(ctx: FieldContext, name: FieldName, trigger: 'blur changed' | 'change' = 'blur changed') {
  return {
    'hx-post': ctx.validateUrl,
    'hx-trigger': trigger,
    'hx-target': `#${fieldId(name)}-veld`,
    'hx-swap': 'outerMorph',
    'hx-vals': JSON.stringify({ _veld: name }),
  };
}

export function textField(
  ctx: FieldContext,
  t: ActivityEditingTexts,
  name: FieldName,
  opts: {
    required?: boolean;
    type?: 'text' | 'email' | 'url' | 'tel' | 'date' | 'time';
    maxLength?: number;
    help?: string;
    autocomplete?: string;
  } = {},
) {
  return (
    <TextField
      name={name}
      label={t[name]}
      value={one(ctx.values, name)}
      error={ctx.errors[name]}
      required={opts.required}
      type={opts.type}
      maxLength={opts.maxLength}
      description={opts.help}
      autocomplete={opts.autocomplete}
      attributes={inline(ctx, name)}
    />
  );
}

export function textArea(
  ctx: FieldContext,
  t: ActivityEditingTexts,
  name: FieldName,
  opts: { rows?: number; maxLength?: number; help?: string; required?: boolean },
) {
  return (
    <TextArea
      name={name}
      label={t[name]}
      value={one(ctx.values, name)}
      error={ctx.errors[name]}
      rows={opts.rows}
      maxLength={opts.maxLength}
      description={opts.help}
      required={opts.required}
      attributes={inline(ctx, name)}
    />
  );
}

export function choiceGroup(
  ctx: FieldContext,
  t: ActivityEditingTexts,
  name: FieldName,
  kind: 'checkbox' | 'radio',
  options: Option[],
  opts: { required?: boolean; help?: string } = {},
) {
  return (
    <ChoiceGroup
      name={name}
      label={t[name]}
      kind={kind}
      options={options}
      values={many(ctx.values, name)}
      error={ctx.errors[name]}
      required={opts.required}
      description={opts.help}
      attributes={inline(ctx, name, 'change')}
    />
  );
}
