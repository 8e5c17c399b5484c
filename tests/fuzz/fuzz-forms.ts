import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ROUTE_CASES } from '../faults/cases';
import type { RouteCase } from '../faults/cases/case';
import { request } from '../helpers';
import { fingerprint, storedTexts } from './fingerprint';
import { SEED, text } from './text';

/*
 * Every form route of the fault table (tests/faults/cases/), posted with its own valid form in which one to three
 * fields are replaced by generated text (or an unknown field is added), as the right role with a same-origin request:
 * never a 5xx; a refusal is a Dutch page and stores nothing (`fingerprint`); an accepted post stores each generated
 * value exactly as typed (trimmed), unless the field is one the portal normalises or never stores as typed.
 */
const TOTAL_POSTS = 66 * 4;

/** Fields whose value is stored transformed (hashed, lowercased, parsed) or not at all. */
const NOT_STORED_AS_TYPED = new Set([
  'wachtwoord',
  'huidig_wachtwoord',
  'email',
  'contact_email',
  'contactEmail',
  'code',
  'bevestigingscode',
  'geheim',
  'bevestiging',
  'postcode',
  'contactPhone',
  'contact_telefoon',
  'allocated',
  'committed',
  'spent',
  'weight',
  'versie',
  'activiteit',
  'wijziging',
  'wijzigingVersie',
  'version',
  'taal',
  'locale',
  'actie',
]);

/** The form routes: every case of the fault table but the monitor import's (a CSV file, and buttons whose every run needs a new upload: too slow here). */
export const FORM_CASES = Object.values(ROUTE_CASES)
  .flat()
  .filter((c) => !c.route.startsWith('POST /monitor/import'));
const RUNS = Math.ceil(TOTAL_POSTS / FORM_CASES.length);

type Fields = [string, string][];
const mutation = fc.record({ field: fc.nat(), value: fc.constantFrom(80, 120, 300, 2000).chain((max) => text(max)), unknown: fc.boolean() });

function mutate(fields: Fields, changes: { field: number; value: string; unknown: boolean }[]) {
  const out = fields.map(([k, v]) => [k, v] as [string, string]);
  for (const change of changes) {
    if (change.unknown || fields.length === 0) out.push(['status', change.value]);
    else {
      const i = change.field % fields.length;
      out[i] = [out[i]![0], change.value];
    }
  }
  const typed = out.slice(0, fields.length).filter(([k, v], i) => v !== fields[i]![1] && !NOT_STORED_AS_TYPED.has(k));
  return { out, typed };
}

async function prepared(c: RouteCase) {
  const sent = await c.prepare();
  return { sent, fields: [...new URLSearchParams(sent.body as URLSearchParams).entries()] as Fields };
}

export function fuzzForms(cases: RouteCase[]) {
  describe.each(cases)('fuzz: $route', (c) => {
    it(`${RUNS} posts: never a 5xx; Dutch refusals that store nothing; accepted text stored as typed`, async () => {
      let current = await prepared(c);
      await fc.assert(
        fc.asyncProperty(fc.array(mutation, { minLength: 1, maxLength: 3 }), async (changes) => {
          const { out, typed } = mutate(current.fields, changes);
          const before = await fingerprint();
          const res = await request(current.sent.path, {
            method: 'POST',
            body: new URLSearchParams(out),
            cookie: current.sent.cookie,
            headers: { ...current.sent.headers },
          });
          const body = await res.text();
          expect(res.status, body.slice(0, 300)).toBeLessThan(500);
          if (res.status >= 400) {
            expect(body).toContain('<html lang="nl">');
            const after = (await fingerprint()).split(' ');
            expect(
              after.filter((t) => !before.split(' ').includes(t)),
              'tables changed by a refused post',
            ).toEqual([]);
            return;
          }
          const texts = typed.length > 0 ? await storedTexts() : new Set<string>();
          for (const [field, value] of typed)
            if (value.trim() !== '') expect(texts.has(value.trim()), `${field} = ${JSON.stringify(value)}`).toBe(true);
          current = await prepared(c); // the change was made: the next post starts from a fresh one
        }),
        { numRuns: RUNS, seed: SEED },
      );
    }, 120_000);
  });
}
