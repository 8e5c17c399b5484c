import type { PillarId } from '../../db/enums';
import type { Locale } from '../../i18n';
import { useTexts } from '../../layout/renderer';
import { ActivityDetail, type ActivityView } from '../activities/detail';
import { scheduleOfData, type ActivityData } from './model';
import type { FormOptions } from './queries';
import { activityEditingTexts } from './texts';

/**
 * Activity data as the public detail page gets it, so the preview is the public page itself. Links to the
 * organisation appear only when it is approved, as on the public site.
 */
export function toActivityView(
  data: ActivityData,
  organisation: { name: string; slug: string | null },
  options: FormOptions,
  locale: Locale,
  isDemo = false,
): ActivityView {
  const organisationById = new Map(options.organisations.map((o) => [o.id, o]));
  const neighbourhoodById = new Map(options.neighbourhoods.map((n) => [n.id, n]));
  return {
    title: data.title,
    summary: data.summary,
    description: data.description,
    organisation,
    coOrganisers: data.coOrganiserIds.flatMap((id) => {
      const o = organisationById.get(id);
      return o ? [{ name: o.name, slug: o.slug }] : [];
    }),
    locationName: data.locationName,
    street: data.street,
    postcode: data.postcode,
    city: data.city,
    schedule: scheduleOfData(data),
    costCents: data.costCents,
    joinMethod: data.joinMethod,
    joinDetail: data.joinDetail,
    contactName: data.contactName,
    contactEmail: data.contactEmail,
    contactPhone: data.contactPhone,
    accessibility: data.accessibility,
    languages: data.languages,
    pillars: options.pillars
      .filter((p) => data.pillarIds.includes(p.id))
      .map((p) => ({ id: p.id as PillarId, name: locale === 'nl' ? p.nameNl : p.nameEn })),
    neighbourhoods: data.neighbourhoodIds.flatMap((id) => {
      const n = neighbourhoodById.get(id);
      return n ? [{ slug: n.slug, name: n.name }] : [];
    }),
    targetGroups: data.targetGroups,
    goals: options.goals.filter((g) => data.goalIds.includes(g.id)),
    isDemo,
    photo: data.photo,
  };
}

/** The public page of the activity inside a clearly marked frame. */
export function PreviewPanel({ view, today, revision }: { view: ActivityView; today: string; revision?: boolean }) {
  const t = useTexts(activityEditingTexts);
  return (
    <section class="vw-preview" aria-label={t.previewTitle}>
      <p class="utrecht-paragraph vw-preview__label">
        <strong>{t.previewTitle}.</strong> {revision ? t.previewOfRevision : t.previewIntro}
      </p>
      <div class="vw-preview__page">
        <ActivityDetail activity={view} today={today} titleLevel={2} />
      </div>
    </section>
  );
}
