import { describe, expect, it } from 'vitest';
import { renderAtom, xmlEscape } from '../../src/formats/atom';
import { CSV_BOM, csvCell, toCsv } from '../../src/formats/csv';
import { childrenNamed, childText, parseXml } from '../features/funder/xml';

describe('CSV cells for Excel with Dutch settings', () => {
  it('quotes cells with a separator, quote or line break, doubling quotes', () => {
    expect(csvCell('plain text')).toBe('plain text');
    expect(csvCell('Gemeente; Woonpunt')).toBe('"Gemeente; Woonpunt"');
    expect(csvCell('zei "ja"')).toBe('"zei ""ja"""');
    expect(csvCell('regel 1\nregel 2')).toBe('"regel 1\nregel 2"');
    expect(csvCell('regel 1\r\nregel 2')).toBe('"regel 1\r\nregel 2"');
    expect(csvCell('a,b')).toBe('a,b');
  });

  it.each([
    ['=SUM(A1:A9)', "'=SUM(A1:A9)"],
    ['+31 43 000', "'+31 43 000"],
    ['-2+3', "'-2+3"],
    ['@cmd', "'@cmd"],
    ['\t=1', "'\t=1"],
    ['\r=1', `"'\r=1"`],
    ['=HYPERLINK("https://x.example";"klik")', `"'=HYPERLINK(""https://x.example"";""klik"")"`],
  ])('neutralises %j against formula injection', (input, expected) => {
    expect(csvCell(input)).toBe(expected);
  });

  it('writes numbers as they are and leaves empty cells empty', () => {
    expect(csvCell(42)).toBe('42');
    expect(csvCell(-3)).toBe('-3');
    expect(csvCell(null)).toBe('');
    expect(csvCell(undefined)).toBe('');
    expect(csvCell('')).toBe('');
  });

  it('starts with a BOM and separates cells with ; and rows with CRLF', () => {
    const csv = toCsv([
      ['Project', 'Fase'],
      ['Plein; noord', 'Uitvoering'],
    ]);
    expect(csv.startsWith(CSV_BOM)).toBe(true);
    expect(csv).toBe('\uFEFFProject;Fase\r\n"Plein; noord";Uitvoering\r\n');
  });
});

describe('Atom feed', () => {
  const feed = () =>
    renderAtom({
      id: 'https://portaal.example/projecten/plein',
      title: 'Berichten: <Plein> & "co"',
      subtitle: "Veerkrachtige Wijken's feed",
      link: 'https://portaal.example/projecten/plein',
      selfLink: 'https://portaal.example/projecten/plein/voortgang.atom?sleutel=abc&x=1',
      updated: '2026-03-01T10:00:00.000Z',
      author: 'Programmateam',
      lang: 'nl',
      entries: [
        {
          id: 'https://portaal.example/projecten/plein#bericht-1',
          title: 'Fase 1 < fase 2 & meer',
          link: 'https://portaal.example/projecten/plein#bericht-1',
          published: '2026-02-27T12:00:00Z',
          updated: '2026-02-27T15:00:00.000Z',
          author: 'Woonpunt',
          content: 'Tekst met <script>alert(1)</script>, ]]> en een\u0001 stuurteken.\n\nTweede alinea.',
        },
      ],
    });

  it('is well-formed XML with the right elements and escaped text', () => {
    const root = parseXml(feed());
    expect(root.name).toBe('feed');
    expect(root.attributes.xmlns).toBe('http://www.w3.org/2005/Atom');
    expect(childText(root, 'title')).toBe('Berichten: <Plein> & "co"');
    expect(childText(root, 'updated')).toBe('2026-03-01T10:00:00.000Z');
    const self = childrenNamed(root, 'link').find((l) => l.attributes.rel === 'self');
    expect(self?.attributes.href).toBe('https://portaal.example/projecten/plein/voortgang.atom?sleutel=abc&x=1');
    const [entry] = childrenNamed(root, 'entry');
    expect(childText(entry!, 'title')).toBe('Fase 1 < fase 2 & meer');
    expect(childText(entry!, 'content')).toBe('Tekst met <script>alert(1)</script>, ]]> en een stuurteken.\n\nTweede alinea.');
    expect(childText(childrenNamed(entry!, 'author')[0]!, 'name')).toBe('Woonpunt');
  });

  it('escapes all five XML special characters', () => {
    expect(xmlEscape(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&apos;&amp;&apos;&lt;/a&gt;');
  });

  it('uses a checker that really rejects malformed XML', () => {
    expect(() => parseXml('<feed><title>a & b</title></feed>')).toThrow(/bare '&'/);
    expect(() => parseXml('<feed><title>a</feed></title>')).toThrow();
    expect(() => parseXml('<feed><title>a < b</title></feed>')).toThrow();
    expect(() => parseXml('<feed a="1" a="2"/>')).toThrow(/duplicate/);
    expect(() => parseXml('<feed/><feed/>')).toThrow(/after the root/);
    expect(() => parseXml('<feed>&nbsp;</feed>')).toThrow(/unknown entity/);
    expect(() => parseXml('<feed>\u0001</feed>')).toThrow(/not allowed/);
    expect(parseXml('<?xml version="1.0"?><feed><e x=\'1\'>&#233;&#x41;</e></feed>').children[0]!.text).toBe('éA');
  });
});
