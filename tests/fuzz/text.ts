import fc from 'fast-check';

const SPECIAL = [
  '\u202E',
  '\u0000',
  '\u200D',
  '\u200B',
  '\u200F',
  'مرحبا',
  'שלום',
  '👩‍👩‍👧',
  '<b>',
  '&amp;',
  "'; DROP TABLE users; --",
  '%',
  '_',
  '\\',
  '\r\n',
  '\t',
  ' ',
  'é',
  'Ω',
  '\uFFFD',
];

/** Text as people (and attackers) type it: any Unicode, the special cases above mixed in, up to `max` + 20 long. */
export const text = (max: number) =>
  fc
    .array(
      fc.oneof(
        { weight: 3, arbitrary: fc.string({ unit: 'grapheme', maxLength: 8 }) },
        { weight: 2, arbitrary: fc.constantFrom(...SPECIAL) },
        { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 4 }) },
      ),
      {
        maxLength: 40,
      },
    )
    .chain((parts) => fc.constant(parts.join('')))
    .chain((s) =>
      fc.oneof(
        { weight: 5, arbitrary: fc.constant(s) },
        { weight: 1, arbitrary: fc.nat(20).map((extra) => s.padEnd(max - 10 + extra, 'x').slice(0, max - 10 + extra)) },
      ),
    );

/** A refusal the person can read: a Dutch page or the form again with its Dutch summary. */
export const dutchRefusal = (html: string) => html.includes('Controleer de volgende velden') || html.includes('<html lang="nl">');

/** A fixed seed, so a run is repeatable; a failure prints its own seed and path to keep as an example. */
export const SEED = 20261202;
