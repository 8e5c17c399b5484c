import { useAppContext } from '../../layout/renderer';
import type { WorkspaceActivity } from './queries';
import { workspaceTexts } from './texts';

type Note = { text: string; comment?: string | null; urgent: boolean };

/** What the partner should know or do about one activity; `urgent` notes also go into "what needs your attention". */
export function notesFor(a: WorkspaceActivity, t: (typeof workspaceTexts)['nl']): Note[] {
  const notes: Note[] = [];
  if (a.status === 'changes-requested') notes.push({ text: t.needsChanges, comment: a.reviewComment, urgent: true });
  if (a.status === 'rejected') notes.push({ text: t.rejected, comment: a.reviewComment, urgent: false });
  if (a.status === 'draft' || a.status === 'withdrawn') notes.push({ text: t.draftNotSubmitted, urgent: a.status === 'draft' });
  if (a.status === 'submitted') notes.push({ text: t.waitingForReview, urgent: false });
  if (a.status === 'published' && a.staleHiddenAt) notes.push({ text: t.staleHidden, urgent: true });
  else if (a.status === 'published' && a.reminderSentAt) notes.push({ text: t.confirmDue, urgent: true });
  if (a.revision?.status === 'changes-requested') notes.push({ text: t.needsChangesRevision, comment: a.revision.reviewComment, urgent: true });
  if (a.revision?.status === 'draft') notes.push({ text: t.revisionDraft, urgent: true });
  if (a.revision?.status === 'submitted') notes.push({ text: t.revisionPending, urgent: false });
  return notes;
}

/** The reviewer's comment on a note: user content, as text with its line breaks kept. */
export function NoteComment({ comment }: { comment: string }) {
  const t = workspaceTexts[useAppContext().var.locale];
  return (
    <>
      {' '}
      <span class="vw-review-comment">
        <strong>{t.commentLabel}:</strong> <span class="vw-preserve-lines">{comment}</span>
      </span>
    </>
  );
}

export function NoteList({ notes }: { notes: Note[] }) {
  return (
    <>
      {notes.map((n) => (
        <p class={`utrecht-paragraph${n.urgent ? ' vw-attention' : ''}`}>
          {n.text}
          {n.comment && <NoteComment comment={n.comment} />}
        </p>
      ))}
    </>
  );
}
