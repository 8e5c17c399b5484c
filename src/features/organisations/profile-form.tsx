import { ORGANISATION_KINDS } from '../../db/enums';
import { ChoiceGroup, TextArea, TextField } from '../../layout/form';
import { useTexts } from '../../layout/renderer';
import type { FieldErrors } from '../../validation/form';
import type { NeighbourhoodOption } from './queries';
import type { ProfileFormValues } from './schemas';
import { organisationTexts } from './texts';
import { ImageField } from '../../media/image-field';

export const emptyProfileValues: ProfileFormValues = {
  organisatie: '',
  soort: '',
  beschrijving: '',
  website: '',
  contact_email: '',
  contact_telefoon: '',
  wijken: [],
};

/** Field labels by field name, for the error summary. */
export function profileFieldLabels(t: (typeof organisationTexts)['nl']): Record<string, string> {
  return {
    organisatie: t.nameLabel,
    soort: t.kindLabel,
    beschrijving: t.descriptionLabel,
    website: t.websiteLabel,
    contact_email: t.contactEmailLabel,
    contact_telefoon: t.contactPhoneLabel,
    wijken: t.neighbourhoodsLabel,
    logo: t.logoLabel,
    logoAlt: t.logoAltLabel,
  };
}

/** The organisation's profile fields, used by registration and by the member's profile page. */
export function ProfileFields(props: { values: ProfileFormValues; errors?: FieldErrors; neighbourhoods: NeighbourhoodOption[]; withLogo?: boolean }) {
  const t = useTexts(organisationTexts);
  const { values, errors = {} } = props;
  return (
    <>
      <TextField
        name="organisatie"
        label={t.nameLabel}
        value={values.organisatie}
        error={errors.organisatie}
        required
        autocomplete="organization"
        maxLength={120}
      />
      <ChoiceGroup
        kind="radio"
        name="soort"
        label={t.kindLabel}
        description={t.kindDescription}
        required
        error={errors.soort}
        values={[values.soort]}
        options={ORGANISATION_KINDS.map((kind) => ({ value: kind, label: t.kindName(kind) }))}
      />
      <TextArea
        name="beschrijving"
        label={t.descriptionLabel}
        description={t.descriptionDescription}
        value={values.beschrijving}
        error={errors.beschrijving}
        required
        maxLength={2000}
        rows={6}
      />
      <ChoiceGroup
        kind="checkbox"
        name="wijken"
        label={t.neighbourhoodsLabel}
        required
        error={errors.wijken}
        values={values.wijken}
        options={props.neighbourhoods.map((n) => ({ value: String(n.id), label: n.name }))}
      />
      <TextField
        name="website"
        label={t.websiteLabel}
        description={t.websiteDescription}
        type="url"
        value={values.website}
        error={errors.website}
        autocomplete="url"
        maxLength={300}
      />
      <TextField
        name="contact_email"
        label={t.contactEmailLabel}
        description={t.contactEmailDescription}
        type="email"
        value={values.contact_email}
        error={errors.contact_email}
        required
        maxLength={254}
      />
      <TextField
        name="contact_telefoon"
        label={t.contactPhoneLabel}
        type="tel"
        value={values.contact_telefoon}
        error={errors.contact_telefoon}
        autocomplete="tel"
        maxLength={30}
      />
      {props.withLogo && <ImageField prefix="logo" values={values.logo ?? {}} errors={errors} />}
    </>
  );
}
