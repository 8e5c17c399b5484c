import { SelectField, SubmitButton } from '../../layout/form';
import { useTexts } from '../../layout/renderer';
import type { Quarter } from './dates';
import { freezeTexts, projectLabels } from './texts';

/** The programme team's form on the status page that freezes a quarterly report (handled by the snapshots feature). */
export function FreezeSnapshotForm({ slug, quarters, error }: { slug: string; quarters: Quarter[]; error?: string }) {
  const t = useTexts(freezeTexts);
  const l = useTexts(projectLabels);
  return (
    <form method="post" action={`/projecten/${slug}/rapportages`} class="vw-no-print vw-project-freeze">
      <h3 class="utrecht-heading-3">{t.freezeHeading}</h3>
      <p class="utrecht-paragraph">{t.freezeIntro}</p>
      <SelectField
        name="period"
        label={t.fieldPeriod}
        required
        error={error}
        value={quarters[1]?.label ?? quarters[0]?.label}
        options={quarters.map((q) => ({ value: q.label, label: `${l.quarter(q.label)} (${l.date(q.start)} – ${l.date(q.end)})` }))}
      />
      <SubmitButton label={t.freeze} />
    </form>
  );
}
