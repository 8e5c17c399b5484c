import type { Child } from 'hono/jsx';
import { useTexts } from '../../layout/renderer';
import { layoutTexts } from '../../layout/texts';

export type HeadingLevel = 1 | 2 | 3 | 4;

export function Heading({ level, id, children }: { level: HeadingLevel; id?: string; children: Child }) {
  const cls = `utrecht-heading-${level}`;
  if (level === 1)
    return (
      <h1 class={cls} id={id}>
        {children}
      </h1>
    );
  if (level === 2)
    return (
      <h2 class={cls} id={id}>
        {children}
      </h2>
    );
  if (level === 3)
    return (
      <h3 class={cls} id={id}>
        {children}
      </h3>
    );
  return (
    <h4 class={cls} id={id}>
      {children}
    </h4>
  );
}

export const nextLevel = (level: HeadingLevel): HeadingLevel => (level >= 4 ? 4 : ((level + 1) as HeadingLevel));

/** Marks demo content wherever it is shown publicly. */
export function DemoBadge() {
  const t = useTexts(layoutTexts);
  return <span class="vw-demo-badge">{t.demoBadge}</span>;
}

/** Only http(s) addresses become links; anything else (javascript:, data:) is shown as text. */
export function safeWebUrl(value: string | null | undefined): string | null {
  if (!value) return null;
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : null;
  } catch {
    return null;
  }
}

export function mailtoHref(value: string | null | undefined): string | null {
  return value && /^[^\s@<>"]+@[^\s@<>"]+\.[^\s@<>"]+$/.test(value) ? `mailto:${value}` : null;
}

export function telHref(value: string | null | undefined): string | null {
  const digits = value?.replace(/[\s().-]/g, '') ?? '';
  return /^\+?\d{6,15}$/.test(digits) ? `tel:${digits}` : null;
}

/** Plain text with blank lines as paragraph breaks; never interpreted as markup. */
const URL_IN_TEXT = /https?:\/\/[^\s<>"]+[^\s<>".,;:!?)]/g;

/** Plain text with web addresses turned into links; everything else stays text (escaped by JSX). */
export function LinkedText({ text }: { text: string }) {
  const parts: (string | { href: string; label: string })[] = [];
  let last = 0;
  for (const match of text.matchAll(URL_IN_TEXT)) {
    const href = safeWebUrl(match[0]);
    if (!href) continue;
    parts.push(text.slice(last, match.index), { href, label: match[0] });
    last = match.index + match[0].length;
  }
  parts.push(text.slice(last));
  return (
    <>
      {parts.map((part) =>
        typeof part === 'string' ? (
          part
        ) : (
          <a class="utrecht-link" href={part.href} rel="noopener noreferrer">
            {part.label}
          </a>
        ),
      )}
    </>
  );
}

export function Paragraphs({ text }: { text: string }) {
  const paragraphs = text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean);
  return (
    <>
      {paragraphs.map((p) => (
        <p class="utrecht-paragraph vw-preserve-lines">
          <LinkedText text={p} />
        </p>
      ))}
    </>
  );
}
