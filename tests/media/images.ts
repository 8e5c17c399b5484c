/** Small image files built byte by byte, for the content checks (only the headers matter to the portal). */
const u16be = (n: number) => [(n >> 8) & 0xff, n & 0xff];
const u32be = (n: number) => [(n >>> 24) & 0xff, (n >> 16) & 0xff, (n >> 8) & 0xff, n & 0xff];
const u16le = (n: number) => [n & 0xff, (n >> 8) & 0xff];
const u24le = (n: number) => [n & 0xff, (n >> 8) & 0xff, (n >> 16) & 0xff];
const u32le = (n: number) => [n & 0xff, (n >> 8) & 0xff, (n >> 16) & 0xff, (n >>> 24) & 0xff];
const chars = (s: string) => Array.from(s, (ch) => ch.charCodeAt(0));

/** `seed` changes the bytes (not the size), so tests get different content-addressed keys. */
export function png(width: number, height: number, seed = 0): Uint8Array {
  const ihdr = [...u32be(13), ...chars('IHDR'), ...u32be(width), ...u32be(height), 8, 2, 0, 0, 0, ...u32be(seed)];
  const iend = [...u32be(0), ...chars('IEND'), 0xae, 0x42, 0x60, 0x82];
  return new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, ...ihdr, ...iend]);
}

export function jpeg(width: number, height: number, seed = 0): Uint8Array {
  const app0 = [0xff, 0xe0, ...u16be(16), ...chars('JFIF'), 0, 1, 1, 0, 0, 1, 0, 1, 0, seed & 0xff];
  const dqt = [0xff, 0xdb, ...u16be(4), 0, 1]; // a segment before the frame header, to be skipped
  const sof0 = [0xff, 0xc0, ...u16be(17), 8, ...u16be(height), ...u16be(width), 3, 1, 0x22, 0, 2, 0x11, 1, 3, 0x11, 1];
  return new Uint8Array([0xff, 0xd8, ...app0, ...dqt, ...sof0, 0xff, 0xd9]);
}

export function webpLossy(width: number, height: number): Uint8Array {
  const data = [0x9d, 0x01, 0x2a].map((b) => b);
  const vp8 = [...chars('VP8 '), ...u32le(10), 0x50, 0x02, 0x00, ...data, ...u16le(width), ...u16le(height)];
  return new Uint8Array([...chars('RIFF'), ...u32le(4 + vp8.length), ...chars('WEBP'), ...vp8]);
}

export function webpLossless(width: number, height: number): Uint8Array {
  const bits = ((width - 1) & 0x3fff) | (((height - 1) & 0x3fff) << 14);
  const vp8l = [...chars('VP8L'), ...u32le(5), 0x2f, ...u32le(bits >>> 0), 0, 0, 0, 0, 0];
  return new Uint8Array([...chars('RIFF'), ...u32le(4 + vp8l.length), ...chars('WEBP'), ...vp8l]);
}

export function webpExtended(width: number, height: number): Uint8Array {
  const vp8x = [...chars('VP8X'), ...u32le(10), 0, 0, 0, 0, ...u24le(width - 1), ...u24le(height - 1), 0, 0];
  return new Uint8Array([...chars('RIFF'), ...u32le(4 + vp8x.length), ...chars('WEBP'), ...vp8x]);
}

export function gif(width: number, height: number): Uint8Array {
  return new Uint8Array([...chars('GIF89a'), ...u16le(width), ...u16le(height), 0, 0, 0, 0x3b]);
}
