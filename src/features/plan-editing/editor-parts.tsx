import { Notice } from '../../layout/components';
import { useTexts } from '../../layout/renderer';
import type { LoadedVersion } from './queries';
import { planEditingTexts } from './texts';

/** `conflict`: someone else changed the concept in the meantime; `frozen`: the change was posted against an adopted version. */
export type EditorNotice = 'saved' | 'removed' | 'adopted' | 'new-concept' | 'imported' | 'conflict' | 'frozen' | null;

export const planPath = (versionId: number) => `/plannen/${versionId}`;

/** The link back to the version a form belongs to. */
export function BackToVersion({ loaded }: { loaded: LoadedVersion }) {
  return (
    <p class="utrecht-paragraph">
      <a class="utrecht-link" href={planPath(loaded.version.id)}>
        {loaded.version.title}
      </a>
    </p>
  );
}

export function EditorNoticeBox({ notice }: { notice: EditorNotice }) {
  const t = useTexts(planEditingTexts);
  // A frozen version says so in its own FrozenNotice, with the way on.
  if (!notice || notice === 'frozen') return null;
  if (notice === 'conflict') return <Notice kind="warning">{t.conflict}</Notice>;
  const text = {
    saved: t.noticeSaved,
    removed: t.noticeRemoved,
    adopted: t.noticeAdopted,
    'new-concept': t.noticeNewConcept,
    imported: t.noticeImported,
  }[notice];
  return <Notice kind="ok">{text}</Notice>;
}

/**
 * On an adopted (or superseded) version: it is frozen, and a change goes into the plan's concept, so the way on is
 * that concept when there is one, else the adopted version's page, where a new concept is started. `refused`: a
 * change was just posted against it, and nothing was saved.
 */
export function FrozenNotice({ loaded, refused }: { loaded: LoadedVersion; refused: boolean }) {
  const t = useTexts(planEditingTexts);
  const concept = loaded.planVersions.find((v) => v.status === 'concept');
  const adopted = loaded.planVersions.find((v) => v.status === 'adopted') ?? loaded.version;
  return (
    <Notice kind={refused ? 'warning' : 'info'}>
      {refused ? t.notConcept : t.frozenNotice}{' '}
      <a class="utrecht-link" href={concept ? planPath(concept.id) : `${planPath(adopted.id)}#nieuw-concept-kop`}>
        {concept ? t.frozenOpenConcept : t.frozenStartConcept}
      </a>
    </Notice>
  );
}

/** A button that posts the concept's version: reorder, remove, start a new concept. */
export function VersionButton({
  action,
  version,
  label,
  ariaLabel,
  variant,
}: {
  action: string;
  version: number;
  label: string;
  ariaLabel?: string;
  variant?: 'link' | 'secondary';
}) {
  return (
    <form method="post" action={action} class="vw-inline-form">
      <input type="hidden" name="version" value={String(version)} />
      <button
        type="submit"
        class={variant === 'secondary' ? 'utrecht-button utrecht-button--secondary-action' : 'vw-linklike'}
        aria-label={ariaLabel}
      >
        {label}
      </button>
    </form>
  );
}
