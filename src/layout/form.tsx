import type { Child } from 'hono/jsx';
import { layoutTexts } from './texts';
import { useTexts } from './renderer';

export const fieldId = (name: string) => `veld-${name}`;
const errorId = (name: string) => `${fieldId(name)}-fout`;
const descriptionId = (name: string) => `${fieldId(name)}-uitleg`;

function describedBy(name: string, description?: Child, error?: string) {
  const ids = [description ? descriptionId(name) : null, error ? errorId(name) : null].filter(Boolean);
  return ids.length ? ids.join(' ') : undefined;
}

/** Extra attributes for a control, e.g. htmx inline validation (`hx-post`, `hx-trigger`). */
type ExtraAttributes = Record<string, string | number | boolean | undefined>;

type FieldBase = {
  name: string;
  label: string;
  error?: string;
  description?: Child;
  required?: boolean;
  attributes?: ExtraAttributes;
};

function FieldShell(props: FieldBase & { children: Child; invalid?: boolean }) {
  const t = useTexts(layoutTexts);
  return (
    <div class={`utrecht-form-field utrecht-form-field--text${props.error ? ' utrecht-form-field--invalid' : ''}`} id={`${fieldId(props.name)}-veld`}>
      <div class="utrecht-form-field__label">
        <label class="utrecht-form-label" for={fieldId(props.name)}>
          {props.label}
          {!props.required && <span class="vw-meta"> {t.fieldOptional}</span>}
        </label>
      </div>
      {props.description && (
        <div class="utrecht-form-field-description" id={descriptionId(props.name)}>
          {props.description}
        </div>
      )}
      {props.error && (
        <div class="utrecht-form-field-error-message" id={errorId(props.name)}>
          {props.error}
        </div>
      )}
      <div class="utrecht-form-field__input">{props.children}</div>
    </div>
  );
}

export function TextField(
  props: FieldBase & {
    value?: string | null;
    type?: 'text' | 'email' | 'url' | 'tel' | 'password' | 'date' | 'time' | 'number' | 'search' | 'file';
    autocomplete?: string;
    inputmode?: 'email' | 'text' | 'search' | 'none' | 'tel' | 'url' | 'numeric' | 'decimal';
    maxLength?: number;
    size?: number;
  },
) {
  return (
    <FieldShell {...props}>
      <input
        class={`utrecht-textbox utrecht-textbox--html-input${props.error ? ' utrecht-textbox--invalid' : ''}`}
        id={fieldId(props.name)}
        name={props.name}
        type={props.type ?? 'text'}
        value={props.type === 'password' || props.type === 'file' ? undefined : (props.value ?? '')}
        autocomplete={props.autocomplete}
        inputmode={props.inputmode}
        maxlength={props.maxLength}
        size={props.size}
        required={props.required}
        aria-invalid={props.error ? 'true' : undefined}
        aria-describedby={describedBy(props.name, props.description, props.error)}
        {...props.attributes}
      />
    </FieldShell>
  );
}

export function TextArea(props: FieldBase & { value?: string | null; rows?: number; maxLength?: number }) {
  return (
    <FieldShell {...props}>
      <textarea
        class={`utrecht-textarea utrecht-textarea--html-textarea${props.error ? ' utrecht-textarea--invalid' : ''}`}
        id={fieldId(props.name)}
        name={props.name}
        rows={props.rows ?? 5}
        maxlength={props.maxLength}
        required={props.required}
        aria-invalid={props.error ? 'true' : undefined}
        aria-describedby={describedBy(props.name, props.description, props.error)}
        {...props.attributes}
      >
        {props.value ?? ''}
      </textarea>
    </FieldShell>
  );
}

export type Option = { value: string; label: string };

export function SelectField(props: FieldBase & { value?: string | null; options: Option[]; placeholder?: string }) {
  return (
    <FieldShell {...props}>
      <select
        class={`utrecht-select utrecht-select--html-select${props.error ? ' utrecht-select--invalid' : ''}`}
        id={fieldId(props.name)}
        name={props.name}
        required={props.required}
        aria-invalid={props.error ? 'true' : undefined}
        aria-describedby={describedBy(props.name, props.description, props.error)}
        {...props.attributes}
      >
        {props.placeholder !== undefined && <option value="">{props.placeholder}</option>}
        {props.options.map((o) => (
          <option value={o.value} selected={o.value === props.value}>
            {o.label}
          </option>
        ))}
      </select>
    </FieldShell>
  );
}

/** A select in a GET filter form (the activity list, the monitor): no description or error, an optional "all" first. */
export function FilterSelect(props: { id: string; name: string; label: string; value: string | undefined; options: Option[]; all?: string }) {
  return (
    <div class="utrecht-form-field utrecht-form-field--select vw-filter-field">
      <div class="utrecht-form-field__label">
        <label class="utrecht-form-label" for={props.id}>
          {props.label}
        </label>
      </div>
      <div class="utrecht-form-field__input">
        <select class="utrecht-select utrecht-select--html-select" id={props.id} name={props.name}>
          {props.all !== undefined && <option value="">{props.all}</option>}
          {props.options.map((o) => (
            <option value={o.value} selected={o.value === props.value}>
              {o.label}
            </option>
          ))}
        </select>
      </div>
    </div>
  );
}

/** A group of checkboxes (multiple) or radio buttons (single) in a fieldset with a legend. */
export function ChoiceGroup(props: FieldBase & { kind: 'checkbox' | 'radio'; options: Option[]; values: string[] }) {
  const t = useTexts(layoutTexts);
  const inputClass =
    props.kind === 'checkbox'
      ? 'utrecht-checkbox utrecht-checkbox--html-input utrecht-checkbox--custom'
      : 'utrecht-radio-button utrecht-radio-button--html-input';
  return (
    <fieldset
      class={`utrecht-form-fieldset utrecht-form-fieldset--html-fieldset${props.error ? ' utrecht-form-fieldset--invalid' : ''}`}
      id={`${fieldId(props.name)}-veld`}
      aria-describedby={describedBy(props.name, props.description, props.error)}
    >
      <legend class="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">
        {props.label}
        {!props.required && <span class="vw-meta"> {t.fieldOptional}</span>}
      </legend>
      {props.description && (
        <div class="utrecht-form-field-description" id={descriptionId(props.name)}>
          {props.description}
        </div>
      )}
      {props.error && (
        <div class="utrecht-form-field-error-message" id={errorId(props.name)}>
          {props.error}
        </div>
      )}
      {props.options.map((o, i) => {
        const id = i === 0 ? fieldId(props.name) : `${fieldId(props.name)}-${i}`;
        return (
          <div class={`utrecht-form-field utrecht-form-field--${props.kind}`}>
            <input
              class={inputClass}
              type={props.kind}
              id={id}
              name={props.name}
              value={o.value}
              checked={props.values.includes(o.value)}
              aria-invalid={props.error ? 'true' : undefined}
              {...props.attributes}
            />
            <label class={`utrecht-form-label utrecht-form-label--${props.kind === 'checkbox' ? 'checkbox' : 'radio-button'}`} for={id}>
              {o.label}
            </label>
          </div>
        );
      })}
    </fieldset>
  );
}

/**
 * Lists every error with a link to its field. app.js moves focus here after a failed submit, so screen reader
 * and keyboard users land on it first.
 */
export function ErrorSummary({ errors, labels }: { errors: Record<string, string>; labels: Record<string, string> }) {
  const t = useTexts(layoutTexts);
  const entries = Object.entries(errors);
  if (!entries.length) return null;
  return (
    <div
      class="vw-error-summary utrecht-alert utrecht-alert--error"
      role="alert"
      tabindex={-1}
      data-focus-on-load
      aria-labelledby="foutoverzicht-titel"
    >
      <h2 class="utrecht-heading-2" id="foutoverzicht-titel">
        {t.errorSummaryTitle}
      </h2>
      <ul class="utrecht-unordered-list">
        {entries.map(([name, message]) => (
          <li>
            <a class="utrecht-link" href={`#${fieldId(name)}`}>
              {labels[name] ? `${labels[name]}: ${message}` : message}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** Button hierarchy: one primary action per form, secondary for alternatives, subtle for minor ones, danger apart. */
export type ButtonVariant = 'primary' | 'secondary' | 'subtle' | 'danger';

export function buttonClass(variant: ButtonVariant = 'primary'): string {
  switch (variant) {
    case 'primary':
      return 'utrecht-button utrecht-button--primary-action';
    case 'secondary':
      return 'utrecht-button utrecht-button--secondary-action';
    case 'subtle':
      return 'utrecht-button utrecht-button--subtle';
    case 'danger':
      return 'utrecht-button utrecht-button--secondary-action vw-button-danger';
  }
}

export function SubmitButton({
  label,
  name,
  value,
  secondary,
  variant,
}: {
  label: string;
  name?: string;
  value?: string;
  secondary?: boolean;
  variant?: ButtonVariant;
}) {
  return (
    <button type="submit" name={name} value={value} class={buttonClass(variant ?? (secondary ? 'secondary' : 'primary'))}>
      {label}
    </button>
  );
}
