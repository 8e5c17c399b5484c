import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { request } from '../helpers';

/** A file as the static assets serve it (wrangler.toml [assets], directory public/), before the worker is asked. */
const asset = (path: string) => env.ASSETS.fetch(new Request(new URL(path, 'http://localhost')));

describe('favicon', () => {
  it('is linked from every page as an SVG', async () => {
    const html = await (await request('/bestaat-niet')).text();
    expect(html).toContain('<link rel="icon" href="/favicon.svg" type="image/svg+xml"/>');
  });

  it('serves /favicon.svg as an SVG image in the portal green', async () => {
    const res = await asset('/favicon.svg');
    expect(res.status).toBe(200);
    expect(res.headers.get('Content-Type')).toContain('image/svg+xml');
    const svg = await res.text();
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    expect(svg).toContain('#1d6b4f');
  });

  it('serves /favicon.ico (requested by browsers on their own) as a valid icon with 16 and 32 pixel images', async () => {
    const res = await asset('/favicon.ico');
    expect(res.status).toBe(200);
    const bytes = new DataView(await res.arrayBuffer());
    // ICONDIR: reserved 0, type 1 (icon), two images.
    expect([bytes.getUint16(0, true), bytes.getUint16(2, true), bytes.getUint16(4, true)]).toEqual([0, 1, 2]);
    const images = [0, 1].map((i) => {
      const entry = 6 + 16 * i;
      const [size, length, offset] = [bytes.getUint8(entry), bytes.getUint32(entry + 8, true), bytes.getUint32(entry + 12, true)];
      // Each image is a BITMAPINFOHEADER (40 bytes, height doubled for the mask) that fits inside the file.
      expect(bytes.getUint32(offset, true)).toBe(40);
      expect(bytes.getInt32(offset + 4, true)).toBe(size);
      expect(bytes.getInt32(offset + 8, true)).toBe(size * 2);
      expect(offset + length).toBeLessThanOrEqual(bytes.byteLength);
      return size;
    });
    expect(images).toEqual([16, 32]);
  });
});

describe('heading font', () => {
  it('gives headings the body text sans-serif stack instead of the Voorbeeld serif', async () => {
    const css = await (await asset('/css/portal.css')).text();
    const declarations = (name: string) => [...css.matchAll(new RegExp(`${name}:\\s*([^;]+);`, 'g'))].map((m) => m[1]!.trim());
    // The last declaration on .vw-theme wins: the brand tokens come after the Voorbeeld theme.
    expect(declarations('--basis-heading-font-family').at(-1)).toBe('var(--basis-text-font-family-default)');
    expect(declarations('--basis-text-font-family-default').at(-1)).toMatch(/sans-serif$/);
    expect(declarations('--utrecht-heading-1-font-family').at(-1)).toBe('var(--basis-heading-font-family)');
  });
});
