import * as z from 'zod';
import { ORGANISATION_KINDS, type OrganisationKind } from '../../db/enums';
import { many, one, type FormInput } from '../../validation/form';
import { emailField } from '../accounts/schemas';
import { imageFieldNames, imageToInput, type ImageRef } from '../../media/image-input';

/** The profile of an organisation as kept in the database (and in a revision's JSON). */
export type OrganisationProfile = {
  name: string;
  kind: OrganisationKind;
  description: string;
  website: string | null;
  contactEmail: string;
  contactPhone: string | null;
  neighbourhoodIds: number[];
  /** The logo in R2 with its alt text ('' = decorative); set from the staged logo fields, never at registration. */
  logo: ImageRef | null;
};

/** The profile form exactly as typed, to re-render it after a mistake. */
export type ProfileFormValues = {
  organisatie: string;
  soort: string;
  beschrijving: string;
  website: string;
  contact_email: string;
  contact_telefoon: string;
  wijken: string[];
  /** The logo's fields as posted (src/media/image-input.ts); only the member's profile form has them. */
  logo?: FormInput;
};

/** Only these fields are read from a profile form; anything else posted (status, ids) is ignored. */
export function profileFormValues(input: FormInput): ProfileFormValues {
  return {
    organisatie: one(input, 'organisatie'),
    soort: one(input, 'soort'),
    beschrijving: one(input, 'beschrijving'),
    website: one(input, 'website'),
    contact_email: one(input, 'contact_email'),
    contact_telefoon: one(input, 'contact_telefoon'),
    wijken: many(input, 'wijken'),
    logo: Object.fromEntries(Object.values(imageFieldNames('logo')).map((name) => [name, one(input, name)])),
  };
}

export function profileToFormValues(profile: OrganisationProfile): ProfileFormValues {
  return {
    organisatie: profile.name,
    soort: profile.kind,
    beschrijving: profile.description,
    website: profile.website ?? '',
    contact_email: profile.contactEmail,
    contact_telefoon: profile.contactPhone ?? '',
    wijken: profile.neighbourhoodIds.map(String),
    logo: imageToInput(profile.logo, 'logo'),
  };
}

const websiteField = z.union([z.literal(''), z.url({ protocol: /^https?$/, hostname: z.regexes.domain }).max(300)]);

/** The profile fields; `neighbourhoodIds` are the ids that exist, so an unknown id is a validation error. */
export function organisationProfileSchema(neighbourhoodIds: readonly number[]) {
  return z
    .object({
      organisatie: z.string().trim().min(2, 'organisationNameRequired').max(120),
      soort: z.enum(ORGANISATION_KINDS, 'kindRequired'),
      beschrijving: z.string().trim().min(1, 'descriptionRequired').max(2000),
      website: z.string().trim().max(300).pipe(websiteField),
      contact_email: emailField,
      contact_telefoon: z
        .string()
        .trim()
        .max(30)
        .regex(/^$|^\+?[0-9][0-9 ()-]{5,28}$/, 'phoneInvalid'),
      wijken: z
        .array(z.string())
        .min(1, 'neighbourhoodsRequired')
        .max(20)
        .transform((ids) => [...new Set(ids.map(Number))])
        .refine((ids) => ids.every((id) => neighbourhoodIds.includes(id)), 'invalidOption'),
    })
    .transform(
      (v): OrganisationProfile => ({
        name: v.organisatie,
        kind: v.soort,
        description: v.beschrijving,
        website: v.website || null,
        contactEmail: v.contact_email,
        contactPhone: v.contact_telefoon || null,
        neighbourhoodIds: v.wijken,
        logo: null,
      }),
    );
}

/** A revision's stored JSON back into a profile; null when it does not parse (never trusted blindly). */
export function parseStoredProfile(json: string): OrganisationProfile | null {
  const stored = z.object({
    name: z.string(),
    kind: z.enum(ORGANISATION_KINDS),
    description: z.string(),
    website: z.string().nullable(),
    contactEmail: z.string(),
    contactPhone: z.string().nullable(),
    neighbourhoodIds: z.array(z.number().int()),
    logo: z.object({ key: z.string(), width: z.number().int(), height: z.number().int(), alt: z.string() }).nullable().default(null),
  });
  try {
    const result = stored.safeParse(JSON.parse(json));
    return result.success ? result.data : null;
  } catch {
    return null;
  }
}

export const decisionSchema = z.object({ versie: z.coerce.number().int().min(1).max(1_000_000) });

export const rejectionSchema = z.object({
  versie: z.coerce.number().int().min(1).max(1_000_000),
  reden: z.string().trim().min(1, 'reasonRequired').max(2000),
});

/** A URL-safe name for the public partner page: lower case, no accents, dashes. */
export function slugify(name: string): string {
  const slug = name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' en ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/g, '');
  return slug || 'organisatie';
}

/** The slug itself if free, else the first free `slug-2`, `slug-3`, … */
export function freeSlug(base: string, taken: readonly string[]): string {
  if (!taken.includes(base)) return base;
  for (let i = 2; ; i++) if (!taken.includes(`${base}-${i}`)) return `${base}-${i}`;
}
