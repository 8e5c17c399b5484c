// Writes public/favicon.ico: the portal's mark (white "VW" on a rounded square in --vw-green-700) as 16×16 and
// 32×32 images, for browsers and tools that ask for /favicon.ico instead of the linked public/favicon.svg.
// Run with `node src/cli/build-favicon.mjs`; the output is committed. Plain 32-bit BMP images, no packages needed.
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

const GREEN = [0x1d, 0x6b, 0x4f];
const WHITE = [0xff, 0xff, 0xff];

// "VW" in 13 × 6 blocks: one pixel per block in the 16-pixel image, 2 × 2 pixels in the 32-pixel one.
const LETTERS = ['X...X.X.....X', 'X...X.X.....X', 'X...X.X..X..X', '.X.X..X..X..X', '.X.X...X.X.X.', '..X.....X.X..'];

/** null outside the rounded square, otherwise the colour of the pixel; the letters sit in the middle. */
function pixel(x, y, size) {
  const scale = size / 16;
  const radius = 3 * scale;
  const cx = Math.min(Math.max(x + 0.5, radius), size - radius);
  const cy = Math.min(Math.max(y + 0.5, radius), size - radius);
  if ((x + 0.5 - cx) ** 2 + (y + 0.5 - cy) ** 2 > radius ** 2) return null;
  const left = Math.round((size - LETTERS[0].length * scale) / 2);
  const top = Math.round((size - LETTERS.length * scale) / 2);
  const row = LETTERS[Math.floor((y - top) / scale)];
  return x >= left && row?.[Math.floor((x - left) / scale)] === 'X' ? WHITE : GREEN;
}

/** A BMP image as stored in an ICO: header with doubled height, BGRA rows bottom-up, then the 1-bit AND mask. */
function bmp(size) {
  const header = Buffer.alloc(40);
  header.writeUInt32LE(40, 0);
  header.writeInt32LE(size, 4);
  header.writeInt32LE(size * 2, 8);
  header.writeUInt16LE(1, 12);
  header.writeUInt16LE(32, 14);
  const pixels = Buffer.alloc(size * size * 4);
  const maskRow = Math.ceil(size / 32) * 4;
  const mask = Buffer.alloc(maskRow * size);
  for (let y = 0; y < size; y++) {
    const stored = size - 1 - y;
    for (let x = 0; x < size; x++) {
      const colour = pixel(x, y, size);
      const at = (stored * size + x) * 4;
      if (colour) {
        pixels[at] = colour[2];
        pixels[at + 1] = colour[1];
        pixels[at + 2] = colour[0];
        pixels[at + 3] = 0xff;
      } else {
        mask[stored * maskRow + (x >> 3)] |= 0x80 >> (x & 7);
      }
    }
  }
  return Buffer.concat([header, pixels, mask]);
}

const sizes = [16, 32];
const images = sizes.map(bmp);
const directory = Buffer.alloc(6 + 16 * sizes.length);
directory.writeUInt16LE(0, 0);
directory.writeUInt16LE(1, 2); // 1 = icon
directory.writeUInt16LE(sizes.length, 4);
let offset = directory.length;
sizes.forEach((size, i) => {
  const entry = 6 + 16 * i;
  directory.writeUInt8(size, entry);
  directory.writeUInt8(size, entry + 1);
  directory.writeUInt16LE(1, entry + 4); // colour planes
  directory.writeUInt16LE(32, entry + 6); // bits per pixel
  directory.writeUInt32LE(images[i].length, entry + 8);
  directory.writeUInt32LE(offset, entry + 12);
  offset += images[i].length;
});

writeFileSync(join(root, 'public/favicon.ico'), Buffer.concat([directory, ...images]));
console.log('public/favicon.ico written');
