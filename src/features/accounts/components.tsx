import type { Child } from 'hono/jsx';
import type { Locale } from '../../i18n';

/** A status message: `role="status"` for news, `role="alert"` for problems, so screen readers announce it. */
export function Notice({ kind, children }: { kind: 'info' | 'ok' | 'warning' | 'error'; children: Child }) {
  return (
    <div class={`utrecht-alert utrecht-alert--${kind} vw-notice`} role={kind === 'error' || kind === 'warning' ? 'alert' : 'status'}>
      <div class="utrecht-alert__content">
        <div class="utrecht-alert__message">{children}</div>
      </div>
    </div>
  );
}

const zone = 'Europe/Amsterdam';

export function formatDateTime(date: Date | number, locale: Locale): string {
  return new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : 'nl-NL', { dateStyle: 'long', timeStyle: 'short', timeZone: zone }).format(date);
}

export function formatDate(date: Date | number, locale: Locale): string {
  return new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : 'nl-NL', { dateStyle: 'long', timeZone: zone }).format(date);
}

/** The recovery codes, shown once, in a list that prints and copies well. */
export function RecoveryCodeList({ codes }: { codes: string[] }) {
  return (
    <ol class="vw-account-recovery-codes">
      {codes.map((code) => (
        <li>
          <code class="utrecht-code">{code}</code>
        </li>
      ))}
    </ol>
  );
}

/** A form that posts to the portal itself; browsers' own validation is off so every message is the portal's own. */
export function PostForm({ action, children, class: className }: { action: string; children: Child; class?: string }) {
  return (
    <form method="post" action={action} novalidate class={className ?? 'vw-account-form'}>
      {children}
    </form>
  );
}
