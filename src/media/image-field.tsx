import { ChoiceGroup, TextField } from '../layout/form';
import { useTexts } from '../layout/renderer';
import type { FieldErrors, FormInput } from '../validation/form';
import { imageFieldNames, MAX_ALT_LENGTH, type ImagePrefix, type ImageRef } from './image-input';
import { mediaPath, parseMediaKey } from './store';
import { mediaTexts } from './texts';

/** The longest side a browser resizes a chosen photo to before upload (public/js/image-resize.js reads it). */
export const RESIZE_MAX_SIDE = 1600;

/** A stored image with its size in the HTML, so the page never jumps while it loads. */
export function StoredImg({ image, class: className, sizes }: { image: ImageRef; class?: string; sizes?: string }) {
  return (
    <img
      src={mediaPath(image.key)}
      width={image.width}
      height={image.height}
      alt={image.alt}
      class={className}
      sizes={sizes}
      loading="lazy"
      decoding="async"
    />
  );
}

const value = (input: FormInput, name: string) => {
  const v = input[name];
  return (Array.isArray(v) ? v[0] : v) ?? '';
};

/**
 * File input, the image chosen so far (a hidden key, so a re-rendered form keeps it), "remove", the alt text and
 * "decorative". Without JavaScript the file goes as it is; with it, public/js/image-resize.js makes it smaller first.
 */
export function ImageField({ prefix, values, errors }: { prefix: ImagePrefix; values: FormInput; errors: FieldErrors }) {
  const t = useTexts(mediaTexts);
  const names = imageFieldNames(prefix);
  const current = parseMediaKey(value(values, names.key));
  const label =
    prefix === 'photo'
      ? { file: t.photo, help: t.photoHelp, alt: t.photoAlt, altHelp: t.photoAltHelp, decorative: t.photoDecorative, remove: t.photoRemove }
      : { file: t.logo, help: t.logoHelp, alt: t.logoAlt, altHelp: t.logoAltHelp, decorative: t.logoDecorative, remove: t.logoRemove };
  return (
    <div class="vw-image-field" id={`veld-${prefix}-groep`}>
      <input type="hidden" name={names.key} value={current?.key ?? ''} />
      {current && (
        <figure class="vw-image-field__current">
          <figcaption>{t.current}</figcaption>
          <img
            src={mediaPath(current.key)}
            width={current.width}
            height={current.height}
            alt={value(values, names.alt)}
            class="vw-image-field__preview"
          />
        </figure>
      )}
      <TextField
        name={names.file}
        label={label.file}
        type="file"
        description={label.help}
        error={errors[names.file]}
        attributes={{ accept: 'image/jpeg,image/png,image/webp', 'data-resize-max': RESIZE_MAX_SIDE }}
      />
      {current && (
        <ChoiceGroup
          name={names.remove}
          label={t.removeLegend}
          kind="checkbox"
          options={[{ value: 'on', label: label.remove }]}
          values={[value(values, names.remove)]}
        />
      )}
      <TextField
        name={names.alt}
        label={label.alt}
        value={value(values, names.alt)}
        description={label.altHelp}
        error={errors[names.alt]}
        maxLength={MAX_ALT_LENGTH}
      />
      <ChoiceGroup
        name={names.decorative}
        label={t.decorativeLegend}
        kind="checkbox"
        options={[{ value: 'on', label: label.decorative }]}
        values={[value(values, names.decorative)]}
      />
    </div>
  );
}
