import { renderAtom } from '../../formats/atom';
import type { OpenActivity } from './queries';

/** At most this many entries: the most recently published public activities of the filter. */
export const ATOM_ENTRIES = 50;

type AtomTexts = { atomTitle: string; atomSubtitle: string; atomAuthor: string; demoLabel: string };

/** Newly published activities, in the order given (`newlyPublishedQuery`: newest publication first). */
export function activitiesAtom(newest: readonly OpenActivity[], origin: string, selfPath: string, t: AtomTexts, lang: string): string {
  const published = (a: OpenActivity) => a.publishedAt ?? a.createdAt;
  const iso = (ms: number) => new Date(ms).toISOString();
  const updated = newest.reduce((latest, a) => Math.max(latest, a.updatedAt), 0);
  return renderAtom({
    id: `${origin}/activiteiten.atom`,
    title: t.atomTitle,
    subtitle: t.atomSubtitle,
    link: `${origin}/activiteiten`,
    selfLink: `${origin}${selfPath}`,
    updated: iso(updated),
    author: t.atomAuthor,
    lang,
    entries: newest.map((a) => ({
      id: `${origin}/activiteiten/${a.id}`,
      title: a.isDemo ? `${a.title} (${t.demoLabel})` : a.title,
      link: `${origin}/activiteiten/${a.id}`,
      published: iso(published(a)),
      updated: iso(a.updatedAt),
      author: a.organisation.name,
      content: a.summary,
    })),
  });
}
