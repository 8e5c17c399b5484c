import { beforeAll, describe, expect, it } from 'vitest';
import { request, roundTrips } from '../../helpers';
import { makePlanFixture } from './fixtures';

let f: Awaited<ReturnType<typeof makePlanFixture>>;
beforeAll(async () => {
  f = await makePlanFixture();
});

describe('/programma', () => {
  it('shows the adopted agenda by pillar with status, progress, indicator against target and counts, in one round trip', async () => {
    const res = await request('/programma');
    const html = await res.text();
    expect(res.status).toBe(200);
    expect(roundTrips(res)).toBe(1);
    expect(html).toContain('Strategische agenda 2025–2029');
    expect(html).not.toContain('Alleen in het concept');
    expect(html).toContain('Vastgesteld op 14 maart 2025 door Stuurgroep Veerkrachtige Wijken');
    console.log(html.slice(html.indexOf('<main'), html.indexOf('<main') + 6000));
  });
});
