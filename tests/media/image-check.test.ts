import { describe, expect, it } from 'vitest';
import { checkImage, MAX_IMAGE_BYTES } from '../../src/media/image-check';
import { parseMediaKey } from '../../src/media/store';
import { gif, jpeg, png, webpExtended, webpLossless, webpLossy } from './images';

describe('checking an image by its content', () => {
  it('reads the format and the dimensions from the headers of JPEG, PNG and the three WebP kinds', () => {
    expect(checkImage(jpeg(1600, 900))).toEqual({ ok: true, image: { format: 'jpeg', width: 1600, height: 900 } });
    expect(checkImage(png(320, 240))).toEqual({ ok: true, image: { format: 'png', width: 320, height: 240 } });
    expect(checkImage(webpLossy(800, 600))).toEqual({ ok: true, image: { format: 'webp', width: 800, height: 600 } });
    expect(checkImage(webpLossless(640, 427))).toEqual({ ok: true, image: { format: 'webp', width: 640, height: 427 } });
    expect(checkImage(webpExtended(4000, 3000))).toEqual({ ok: true, image: { format: 'webp', width: 4000, height: 3000 } });
  });

  it('refuses a GIF, text and an empty file', () => {
    expect(checkImage(gif(10, 10))).toEqual({ ok: false, problem: 'notAnImage' });
    expect(checkImage(new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg"/>'))).toEqual({ ok: false, problem: 'notAnImage' });
    expect(checkImage(new Uint8Array())).toEqual({ ok: false, problem: 'empty' });
  });

  it('refuses a file over 5 MB before reading its headers', () => {
    const big = new Uint8Array(6 * 1024 * 1024);
    big.set(png(100, 100));
    expect(checkImage(big)).toEqual({ ok: false, problem: 'tooLarge' });
    const justFits = new Uint8Array(MAX_IMAGE_BYTES);
    justFits.set(png(100, 100));
    expect(checkImage(justFits).ok).toBe(true);
  });

  it('refuses a truncated header, a JPEG without a frame header and absurd dimensions', () => {
    expect(checkImage(png(100, 100).subarray(0, 20))).toEqual({ ok: false, problem: 'unreadable' });
    expect(checkImage(jpeg(100, 100).subarray(0, 30))).toEqual({ ok: false, problem: 'unreadable' });
    expect(checkImage(new Uint8Array([0xff, 0xd8, 0xff, 0xd9]))).toEqual({ ok: false, problem: 'unreadable' });
    expect(checkImage(webpLossy(100, 100).subarray(0, 24))).toEqual({ ok: false, problem: 'unreadable' });
    expect(checkImage(png(0, 100))).toEqual({ ok: false, problem: 'unreadable' });
    expect(checkImage(png(100_000, 100))).toEqual({ ok: false, problem: 'unreadable' });
  });
});

describe('media keys', () => {
  it('accept only our own content-addressed form and carry the size', () => {
    const hash = 'a'.repeat(64);
    expect(parseMediaKey(`${hash}-1600x900.jpg`)).toEqual({ key: `${hash}-1600x900.jpg`, width: 1600, height: 900, format: 'jpeg' });
    for (const bad of [`${hash}-1600x900.gif`, `${hash}.jpg`, `../${hash}-1x1.png`, `${'a'.repeat(63)}-1x1.png`, `${hash}-0x1.png`]) {
      expect(parseMediaKey(bad)).toBeNull();
    }
  });
});
