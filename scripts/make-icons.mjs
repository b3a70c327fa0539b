// Draws the app icons (the heart of app/icon.svg on terracotta) as PNGs: public/icons/ for the
// manifest, app/apple-icon.png for iPhones (Next links it from every page).
// Run `node scripts/make-icons.mjs` after changing a colour; the PNGs are committed.
// A tiny PNG encoder (zlib + CRC) keeps this free of image dependencies.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

const ACCENT = [0xa3, 0x47, 0x1f];
const PAPER = [0xfb, 0xf8, 0xf3];
const OUT = path.join(process.cwd(), 'public', 'icons');

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buf) {
  let c = 0xffffffff;
  for (const b of buf) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}
function encodePng(size, rgba) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // RGBA
  const raw = Buffer.alloc((size * 4 + 1) * size);
  for (let y = 0; y < size; y++) rgba.copy(raw, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', zlib.deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

// The classic heart curve (x² + y² − 1)³ − x²y³ ≤ 0, spanning about x ∈ [−1.14, 1.14], y ∈ [−1, 1.24].
const inHeart = (x, y) => (x * x + y * y - 1) ** 3 - x * x * y ** 3 <= 0;

/**
 * `heart`: the heart's width as a share of the icon. `rounded`: corner radius as a share (0 =
 * full bleed, as maskable and Apple icons need; their platforms cut the shape themselves).
 */
function draw(size, { heart, rounded }) {
  const px = Buffer.alloc(size * size * 4);
  const S = 4; // 4×4 samples per pixel, for smooth edges
  const r = rounded * size;
  for (let py = 0; py < size; py++) {
    for (let pxl = 0; pxl < size; pxl++) {
      let bg = 0;
      let fg = 0;
      for (let sy = 0; sy < S; sy++) {
        for (let sx = 0; sx < S; sx++) {
          const x = pxl + (sx + 0.5) / S;
          const y = py + (sy + 0.5) / S;
          const cx = Math.min(Math.max(x, r), size - r);
          const cy = Math.min(Math.max(y, r), size - r);
          if (r > 0 && (x - cx) ** 2 + (y - cy) ** 2 > r * r) continue;
          bg++;
          const scale = (heart * size) / 2.3;
          const hx = (x - size / 2) / scale;
          const hy = -(y - size / 2) / scale + 0.12;
          if (inHeart(hx, hy)) fg++;
        }
      }
      const n = S * S;
      const i = (py * size + pxl) * 4;
      const f = bg ? fg / bg : 0;
      for (let c = 0; c < 3; c++) px[i + c] = Math.round(ACCENT[c] * (1 - f) + PAPER[c] * f);
      px[i + 3] = Math.round((bg / n) * 255);
    }
  }
  return encodePng(size, px);
}

fs.mkdirSync(OUT, { recursive: true });
const files = {
  'icon-192.png': draw(192, { heart: 0.56, rounded: 0.22 }),
  'icon-512.png': draw(512, { heart: 0.56, rounded: 0.22 }),
  // Maskable: the heart stays inside the central 80 % safe zone, the colour reaches every edge.
  'maskable-192.png': draw(192, { heart: 0.46, rounded: 0 }),
  'maskable-512.png': draw(512, { heart: 0.46, rounded: 0 }),
};
for (const [name, png] of Object.entries(files)) {
  fs.writeFileSync(path.join(OUT, name), png);
  console.log(`public/icons/${name}: ${png.length} bytes`);
}
const apple = draw(180, { heart: 0.52, rounded: 0 });
fs.writeFileSync(path.join(process.cwd(), 'app', 'apple-icon.png'), apple);
console.log(`app/apple-icon.png: ${apple.length} bytes`);
