// Issue 17: a queue that fits ten submissions — summary, when and where, pillars, neighbourhood, waiting time in
// words, Dutch dates, select all, a warning for likely duplicates and "next item" after a decision.
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureReferenceData, partnerWithOrganisation, postActivity, postForm, request, reviewer } from '../../helpers';

let nb: Awaited<ReturnType<typeof ensureReferenceData>>;
let team: Awaited<ReturnType<typeof reviewer>>;
beforeAll(async () => {
  nb = await ensureReferenceData();
  team = await reviewer();
});

describe('the review queue rows', () => {
  it('shows summary, when and where, pillars, waiting time in words and Dutch dates, and warns about duplicates', async () => {
    const partner = await partnerWithOrganisation({ name: 'Dubbel Test' });
    for (let i = 0; i < 3; i++)
      await postActivity(partner.cookie, partner.organisation.id, nb.pottenberg!, {
        submit: true,
        overrides: { title: 'Tweeling', summary: 'Samen zingen in de wijk.' },
      });
    await postActivity(partner.cookie, partner.organisation.id, nb.pottenberg!, { submit: true, overrides: { title: 'Enkeling' } });
    const html = await (await request('/beoordelen', { cookie: team.cookie })).text();
    expect(html).toContain('Samen zingen in de wijk.');
    expect(html).toMatch(/<th class="utrecht-table__header-cell" scope="col">Wanneer en waar<\/th>/);
    expect(html).toContain('<span class="vw-select-all" hidden="" data-select-all="activiteit">');
    expect(html).toContain('minder dan een dag');
    expect(html).not.toMatch(/\b0 dagen\b/);
    const visible = html.replace(/<[^>]+>/g, ' ');
    expect(visible).not.toMatch(/\b\d{4}-\d{2}-\d{2}\b/);
    expect(html).toContain('3 items lijken dubbel ingediend.');
    expect(html).toContain('<li>Tweeling (Dubbel Test)</li>');
    expect((html.match(/Mogelijk dubbel/g) ?? []).length).toBe(3);
    expect(html).not.toContain('<li>Enkeling (Dubbel Test)</li>');
  });

  it('sends "next item" to the oldest waiting entry and says so when the queue is empty', async () => {
    const partner = await partnerWithOrganisation();
    const id = await postActivity(partner.cookie, partner.organisation.id, nb.pottenberg!, { submit: true });
    const decided = await postForm(`/beoordelen/activiteiten/${id}`, { besluit: 'goedkeuren', opmerking: '', versie: '1' }, { cookie: team.cookie });
    expect(decided.status).toBe(303);
    const page = await (await request(decided.headers.get('Location')!, { cookie: team.cookie })).text();
    expect(page).toContain('href="/beoordelen/volgende">Volgend item in de wachtrij</a>');
    const next = await request('/beoordelen/volgende', { cookie: team.cookie });
    expect(next.status).toBe(303);
    expect(next.headers.get('Location')).toMatch(/^\/beoordelen\/(activiteiten|wijzigingen)\/\d+$|^\/beoordelen\?leeg=1$/);
    expect((await request('/beoordelen/volgende', { cookie: partner.cookie })).status).toBe(403);
  });
});
