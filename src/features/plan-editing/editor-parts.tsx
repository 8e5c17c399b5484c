import { Notice } from '../../layout/components';
import { useTexts } from '../../layout/renderer';
import type { LoadedVersion } from './queries';
import { planEditingTexts } from './texts';

export type EditorNotice = 'saved' | 'removed' | 'adopted' | 'new-concept' | 'imported' | 'conflict' | null;

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
  if (!notice) return null;
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
