import type { Child } from 'hono/jsx';
import { PROGRAMME_TIME_ZONE } from '../dates';
import type { Locale } from '../i18n';

// Small page pieces several features use. (The activity pages have their own Paragraphs, with web addresses as links:
// see src/features/activities/components.tsx.)

/**
 * A status message: `role="status"` for news, `role="alert"` for problems, so screen readers announce it. `plain`: the
 * message as one paragraph without the alert's content boxes, as the activity, review and workspace pages show it.
 */
export function Notice({ kind, children, plain }: { kind: 'info' | 'ok' | 'warning' | 'error'; children: Child; plain?: boolean }) {
  return (
    <div class={`utrecht-alert utrecht-alert--${kind} vw-notice`} role={kind === 'error' || kind === 'warning' ? 'alert' : 'status'}>
      {plain ? (
        <div class="utrecht-paragraph">{children}</div>
      ) : (
        <div class="utrecht-alert__content">
          <div class="utrecht-alert__message">{children}</div>
        </div>
      )}
    </div>
  );
}

/** The way back to the page a page belongs to; not printed. */
export function BackLink({ href, label }: { href: string; label: string }) {
  return (
    <p class="utrecht-paragraph vw-no-print">
      <a class="utrecht-link" href={href}>
        ← {label}
      </a>
    </p>
  );
}

const formats = new Map<string, Intl.DateTimeFormat>();

/** One format per language and style, made on first use: constructing one costs far more than using it. */
function longFormat(locale: Locale, withTime: boolean): Intl.DateTimeFormat {
  const key = `${locale}:${withTime}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : 'nl-NL', {
      dateStyle: 'long',
      ...(withTime ? { timeStyle: 'short' } : {}),
      timeZone: PROGRAMME_TIME_ZONE,
    });
    formats.set(key, format);
  }
  return format;
}

export function formatDateTime(date: Date | number, locale: Locale): string {
  return longFormat(locale, true).format(date);
}

export function formatDate(date: Date | number, locale: Locale): string {
  return longFormat(locale, false).format(date);
}

/** A form that posts to the portal itself; browsers' own validation is off so every message is the portal's own. */
export function PostForm({ action, children, class: className, files }: { action: string; children: Child; class?: string; files?: boolean }) {
  return (
    <form method="post" action={action} novalidate class={className ?? 'vw-account-form'} enctype={files ? 'multipart/form-data' : undefined}>
      {children}
    </form>
  );
}

/** Plain text with blank lines as paragraph breaks; everything is escaped by JSX. */
export function Paragraphs({ text }: { text: string }) {
  return (
    <>
      {text
        .split(/\r?\n\s*\r?\n/)
        .filter((p) => p.trim() !== '')
        .map((p) => {
          const lines = p.split(/\r?\n/);
          return (
            <p class="utrecht-paragraph">
              {lines.map((line, i) => (
                <>
                  {i > 0 && <br />}
                  {line}
                </>
              ))}
            </p>
          );
        })}
    </>
  );
}
