/** Characters XML 1.0 does not allow at all (control characters except tab, line feed and carriage return). */
const NOT_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g;

/** Escapes text for XML content and attribute values, dropping characters XML cannot carry. */
export function xmlEscape(text: string): string {
  return text
    .replace(NOT_XML, '')
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&apos;');
}

export type AtomEntry = {
  id: string;
  title: string;
  link: string;
  published: string; // RFC 3339
  updated: string; // RFC 3339
  author: string;
  content: string; // plain text
};

export type AtomFeed = {
  id: string;
  title: string;
  subtitle: string;
  link: string;
  selfLink: string;
  updated: string;
  author: string;
  lang: string;
  entries: AtomEntry[];
};

/** An Atom 1.0 document (RFC 4287); every value is escaped, content is sent as text. */
export function renderAtom(feed: AtomFeed): string {
  const e = xmlEscape;
  const entries = feed.entries.map(
    (entry) => `  <entry>
    <id>${e(entry.id)}</id>
    <title type="text">${e(entry.title)}</title>
    <link rel="alternate" type="text/html" href="${e(entry.link)}"/>
    <published>${e(entry.published)}</published>
    <updated>${e(entry.updated)}</updated>
    <author><name>${e(entry.author)}</name></author>
    <content type="text">${e(entry.content)}</content>
  </entry>`,
  );
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${e(feed.lang)}">
  <id>${e(feed.id)}</id>
  <title type="text">${e(feed.title)}</title>
  <subtitle type="text">${e(feed.subtitle)}</subtitle>
  <link rel="alternate" type="text/html" href="${e(feed.link)}"/>
  <link rel="self" type="application/atom+xml" href="${e(feed.selfLink)}"/>
  <updated>${e(feed.updated)}</updated>
  <author><name>${e(feed.author)}</name></author>
${entries.join('\n')}
</feed>
`;
}
