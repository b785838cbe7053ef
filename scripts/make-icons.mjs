#!/usr/bin/env node
// Draws Unslouch's icons from one vector description (a seated figure with a
// straight back) into the PNG sizes each platform wants. Run after changing
// the drawing: `node scripts/make-icons.mjs`. Output is committed in resources/.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { fileURLToPath } from 'node:url';

const out = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../resources');

// Shapes in a 64×64 design space: circles {c:[x,y], r} and strokes {a:[x,y], b:[x,y], w}.
const FIGURE = [
  { c: [32, 13], r: 7 },
  { a: [32, 23], b: [32, 42], w: 7 },
  { a: [32, 29], b: [20, 37], w: 6 },
  { a: [32, 29], b: [44, 37], w: 6 },
  { a: [32, 42], b: [22, 56], w: 6 },
  { a: [32, 42], b: [42, 56], w: 6 },
];

function distToSegment(px, py, [ax, ay], [bx, by]) {
  const dx = bx - ax,
    dy = by - ay;
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

/** Coverage (0..1) of the figure at a point in design space, 4×4 supersampled by the caller. */
function inside(x, y) {
  return FIGURE.some((s) =>
    s.c ? Math.hypot(x - s.c[0], y - s.c[1]) <= s.r : distToSegment(x, y, s.a, s.b) <= s.w / 2,
  );
}

function render(size, { fg, bg, radius = 0 }) {
  const px = Buffer.alloc(size * size * 4);
  const scale = 64 / size;
  const S = 4;
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      let cover = 0,
        bgCover = 0;
      for (let sy = 0; sy < S; sy++)
        for (let sx = 0; sx < S; sx++) {
          const dx = (x + (sx + 0.5) / S) * scale,
            dy = (y + (sy + 0.5) / S) * scale;
          if (inside(dx, dy)) cover++;
          if (bg && inRoundedRect(dx, dy, radius)) bgCover++;
        }
      const f = cover / (S * S),
        b = bgCover / (S * S);
      const i = (y * size + x) * 4;
      const col = bg ? mix(bg, fg, f) : fg;
      const alpha = bg ? Math.max(b, f) : f;
      px[i] = col[0];
      px[i + 1] = col[1];
      px[i + 2] = col[2];
      px[i + 3] = Math.round(alpha * 255);
    }
  }
  return encodePng(size, px);
}

function inRoundedRect(x, y, r) {
  const cx = Math.min(Math.max(x, r), 64 - r),
    cy = Math.min(Math.max(y, r), 64 - r);
  return Math.hypot(x - cx, y - cy) <= r;
}
const mix = (a, b, t) => a.map((v, i) => Math.round(v + (b[i] - v) * t));

function encodePng(size, rgba) {
  const raw = Buffer.alloc((size * 4 + 1) * size);
  for (let y = 0; y < size; y++) rgba.copy(raw, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  const chunk = (type, data) => {
    const len = Buffer.alloc(4);
    len.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(zlib.crc32(body) >>> 0);
    return Buffer.concat([len, body, crc]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8;
  ihdr[9] = 6;
  return Buffer.concat([
    Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]),
    chunk('IHDR', ihdr),
    chunk('IDAT', zlib.deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const GREEN = [29, 107, 95],
  WHITE = [255, 255, 255],
  BLACK = [0, 0, 0];
const files = {
  'tray/tray.png': render(32, { fg: WHITE, bg: GREEN, radius: 14 }),
  'tray/tray-win.png': render(32, { fg: WHITE, bg: GREEN, radius: 14 }),
  'tray/trayTemplate.png': render(16, { fg: BLACK }),
  'tray/trayTemplate@2x.png': render(32, { fg: BLACK }),
  'icons/icon.png': render(512, { fg: WHITE, bg: GREEN, radius: 14 }),
};
for (const [name, data] of Object.entries(files)) {
  fs.mkdirSync(path.dirname(path.join(out, name)), { recursive: true });
  fs.writeFileSync(path.join(out, name), data);
  console.log(`wrote resources/${name} (${data.length} bytes)`);
}
