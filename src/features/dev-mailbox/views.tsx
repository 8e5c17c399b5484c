import { SubmitButton, TextField } from '../../layout/form';
import { useAppContext, useTexts } from '../../layout/renderer';
import { formatDateTime } from '../../layout/components';
import type { MailboxMessage } from './queries';
import { mailboxTexts } from './texts';

const URL_PATTERN = /(https?:\/\/[^\s<>"]+)/g;

/** Plain text with its web addresses as links, so a flow can be continued with one click. */
function LinkedText({ text }: { text: string }) {
  return (
    <>
      {text.split(URL_PATTERN).map((part, i) =>
        i % 2 === 1 ? (
          <a class="utrecht-link" href={part}>
            {part}
          </a>
        ) : (
          part
        ),
      )}
    </>
  );
}

export function MailboxPage({ messages, to }: { messages: MailboxMessage[]; to: string }) {
  const t = useTexts(mailboxTexts);
  const { locale } = useAppContext().var;
  return (
    <>
      <h1 class="utrecht-heading-1">{t.title}</h1>
      <p class="utrecht-paragraph">{t.intro}</p>
      <form method="get" action="/ontwikkeling/postvak" class="vw-account-form vw-account-form--search">
        <TextField name="aan" label={t.filterLabel} type="email" value={to} maxLength={254} />
        <SubmitButton label={t.filterButton} secondary />
      </form>
      {messages.length === 0 && <p class="utrecht-paragraph">{t.empty}</p>}
      {messages.map((m) => (
        <article class="vw-card vw-account-mail" aria-labelledby={`bericht-${m.id}`}>
          <h2 class="utrecht-heading-3" id={`bericht-${m.id}`}>
            {m.subject}
          </h2>
          <dl class="vw-account-mail__meta">
            <dt>{t.to}</dt>
            <dd>{m.toAddress}</dd>
            <dt>{t.sentAt}</dt>
            <dd>{formatDateTime(m.createdAt, locale)}</dd>
            <dt>{t.status}</dt>
            <dd>{m.sentAt ? t.sent : t.queued}</dd>
          </dl>
          <pre class="vw-account-mail__body">
            <LinkedText text={m.bodyText} />
          </pre>
        </article>
      ))}
    </>
  );
}
