/**
 * A strict, small XML well-formedness checker for the tests (workerd has no DOMParser). It checks what an XML
 * parser must reject: unbalanced or crossed tags, more than one root, unquoted or duplicate attributes, `<` or a bare
 * `&` in text or attribute values, unknown entities and characters XML does not allow. Returns the element tree.
 */
export type XmlElement = { name: string; attributes: Record<string, string>; children: XmlElement[]; text: string };

const NAME = /^[A-Za-z_][\w.:-]*/;
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decode(raw: string, where: string): string {
  if (raw.includes('<')) throw new Error(`'<' in ${where}`);
  return raw.replace(/&([^;]*);?/g, (match, body: string) => {
    if (!match.endsWith(';')) throw new Error(`bare '&' in ${where}`);
    if (body in ENTITIES) return ENTITIES[body]!;
    if (/^#\d+$/.test(body)) return String.fromCodePoint(Number(body.slice(1)));
    if (/^#x[0-9a-fA-F]+$/.test(body)) return String.fromCodePoint(parseInt(body.slice(2), 16));
    throw new Error(`unknown entity &${body}; in ${where}`);
  });
}

export function parseXml(xml: string): XmlElement {
  if (/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/.test(xml)) throw new Error('character not allowed in XML');
  let pos = 0;
  const rest = () => xml.slice(pos);
  const skipMisc = () => {
    for (;;) {
      const m = /^(\s+|<\?[\s\S]*?\?>|<!--[\s\S]*?-->)/.exec(rest());
      if (!m) return;
      pos += m[0].length;
    }
  };
  const parseElement = (): XmlElement => {
    if (xml[pos] !== '<') throw new Error(`element expected at ${pos}`);
    pos++;
    const name = NAME.exec(rest())?.[0];
    if (!name) throw new Error(`element name expected at ${pos}`);
    pos += name.length;
    const element: XmlElement = { name, attributes: {}, children: [], text: '' };
    for (;;) {
      const ws = /^\s*/.exec(rest())![0];
      pos += ws.length;
      if (rest().startsWith('/>')) {
        pos += 2;
        return element;
      }
      if (xml[pos] === '>') {
        pos++;
        break;
      }
      if (!ws) throw new Error(`whitespace expected before attribute at ${pos}`);
      const attr = /^([A-Za-z_][\w.:-]*)\s*=\s*("([^"]*)"|'([^']*)')/.exec(rest());
      if (!attr) throw new Error(`malformed attribute at ${pos}`);
      if (attr[1]! in element.attributes) throw new Error(`duplicate attribute ${attr[1]}`);
      element.attributes[attr[1]!] = decode(attr[3] ?? attr[4] ?? '', `attribute ${attr[1]}`);
      pos += attr[0].length;
    }
    for (;;) {
      const next = xml.indexOf('<', pos);
      if (next < 0) throw new Error(`unclosed element <${name}>`);
      element.text += decode(xml.slice(pos, next), `text of <${name}>`);
      pos = next;
      if (rest().startsWith('</')) {
        pos += 2;
        const close = NAME.exec(rest())?.[0];
        if (close !== name) throw new Error(`</${close}> closes <${name}>`);
        pos += close.length;
        const end = /^\s*>/.exec(rest());
        if (!end) throw new Error(`malformed end tag </${name}>`);
        pos += end[0].length;
        return element;
      }
      if (rest().startsWith('<!--')) {
        const end = xml.indexOf('-->', pos);
        if (end < 0) throw new Error('unclosed comment');
        pos = end + 3;
        continue;
      }
      if (rest().startsWith('<![CDATA[')) {
        const end = xml.indexOf(']]>', pos);
        if (end < 0) throw new Error('unclosed CDATA');
        element.text += xml.slice(pos + 9, end);
        pos = end + 3;
        continue;
      }
      element.children.push(parseElement());
    }
  };
  if (xml.charCodeAt(0) === 0xfeff) pos = 1;
  skipMisc();
  const root = parseElement();
  skipMisc();
  if (pos !== xml.length) throw new Error(`content after the root element at ${pos}`);
  return root;
}

export const childrenNamed = (el: XmlElement, name: string) => el.children.filter((c) => c.name === name);
export const childText = (el: XmlElement, name: string) => childrenNamed(el, name)[0]?.text;
