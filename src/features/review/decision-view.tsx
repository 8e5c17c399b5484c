import type { Child } from 'hono/jsx';
import { daysWaiting } from '../../dates';
import { Notice } from '../../layout/components';
import { formatDay } from '../../layout/dates';
import { ChoiceGroup, ErrorSummary, SubmitButton, TextArea } from '../../layout/form';
import { useAppContext } from '../../layout/renderer';
import { one, type FieldErrors, type FormInput } from '../../validation/form';
import type { LoadedActivity } from '../activity-editing/queries';
import { queueRowTexts } from './queue-texts';
import { reviewTexts } from './texts';

export type DecisionState = { values: FormInput; errors: FieldErrors; problem?: string; message?: string };

/** A decision just saved (with the way to the next item), a problem, or that the item was decided already. */
export function DecisionNotices({ state, open, statusLabel }: { state: DecisionState; open: boolean; statusLabel: string }) {
  const locale = useAppContext().var.locale;
  const t = reviewTexts[locale];
  return (
    <>
      {state.message && (
        <Notice kind="ok" plain>
          {state.message}{' '}
          <a class="utrecht-link" href="/beoordelen/volgende">
            {queueRowTexts[locale].nextItem}
          </a>
        </Notice>
      )}
      {state.problem && (
        <Notice kind="error" plain>
          {state.problem}
        </Notice>
      )}
      {!open && !state.problem && !state.message && (
        <Notice kind="info" plain>
          {t.alreadyDecided(statusLabel)}
        </Notice>
      )}
    </>
  );
}

export function DecisionFacts({ loaded, since, now, status }: { loaded: LoadedActivity; since: Date | null; now: Date; status: Child }) {
  const locale = useAppContext().var.locale;
  const t = reviewTexts[locale];
  return (
    <dl class="vw-facts">
      <dt>{t.currentStatus}</dt>
      <dd>{status}</dd>
      <dt>{t.organiser}</dt>
      <dd>{loaded.organisation.name}</dd>
      {loaded.coOrganisers.length > 0 && (
        <>
          <dt>{t.coOrganisers}</dt>
          <dd>{loaded.coOrganisers.map((o) => o.name).join(', ')}</dd>
        </>
      )}
      {since && (
        <>
          <dt>{t.submittedOn}</dt>
          <dd>
            {formatDay(new Date(since), locale)} ({queueRowTexts[locale].waiting(daysWaiting(since, now))})
          </dd>
        </>
      )}
    </dl>
  );
}

export function DecisionForm({ action, version, values, errors }: { action: string; version: number; values: FormInput; errors: FieldErrors }) {
  const t = reviewTexts[useAppContext().var.locale];
  return (
    <section aria-labelledby="besluit-kop">
      <h2 class="utrecht-heading-2" id="besluit-kop">
        {t.decisionHeading}
      </h2>
      <form method="post" action={action} novalidate>
        <ErrorSummary errors={errors} labels={{ besluit: t.decision, opmerking: t.comment }} />
        <input type="hidden" name="versie" value={String(version)} />
        <ChoiceGroup
          name="besluit"
          label={t.decision}
          kind="radio"
          required
          values={[one(values, 'besluit')]}
          error={errors.besluit}
          options={[
            { value: 'goedkeuren', label: t.approve },
            { value: 'wijzigingen', label: t.requestChanges },
            { value: 'afwijzen', label: t.reject },
          ]}
        />
        <TextArea
          name="opmerking"
          label={t.comment}
          description={t.commentHelp}
          value={one(values, 'opmerking')}
          error={errors.opmerking}
          rows={5}
          maxLength={2000}
        />
        <SubmitButton label={t.saveDecision} />
      </form>
    </section>
  );
}
