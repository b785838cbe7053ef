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

// The "paused" badge: two bars at the bottom right.
const PAUSE_BADGE = [
  { a: [47, 44], b: [47, 60], w: 6 },
  { a: [57, 44], b: [57, 60], w: 6 },
];

function hits(shapes, x, y) {
  return shapes.some((s) =>
    s.c ? Math.hypot(x - s.c[0], y - s.c[1]) <= s.r : distToSegment(x, y, s.a, s.b) <= s.w / 2,
  );
}

/** Draws the figure (and badge) at `size` px; `alpha` dims the figure (outside work hours). */
function render(size, { fg, bg, radius = 0, badge = false, alpha = 1 }) {
  const px = Buffer.alloc(size * size * 4);
  const scale = 64 / size;
  const S = 4;
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      let cover = 0,
        bgCover = 0,
        badgeCover = 0;
      for (let sy = 0; sy < S; sy++)
        for (let sx = 0; sx < S; sx++) {
          const dx = (x + (sx + 0.5) / S) * scale,
            dy = (y + (sy + 0.5) / S) * scale;
          const onBadge = badge && hits(PAUSE_BADGE, dx, dy);
          if (onBadge) badgeCover++;
          else if (hits(FIGURE, dx, dy) && !(badge && dx > 40 && dy > 40)) cover++;
          if (bg && inRoundedRect(dx, dy, radius)) bgCover++;
        }
      const f = (cover / (S * S)) * alpha,
        b = bgCover / (S * S),
        k = badgeCover / (S * S);
      const i = (y * size + x) * 4;
      let col = bg ? mix(bg, fg, f) : fg;
      if (k > 0) col = bg ? mix(col, [255, 196, 61], k) : fg;
      const a = bg ? Math.max(b, f, k) : Math.max(f, k);
      px[i] = col[0];
      px[i + 1] = col[1];
      px[i + 2] = col[2];
      px[i + 3] = Math.round(a * 255);
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

/** A Windows .ico holding PNG images (Vista and later read PNG entries). */
function encodeIco(pngs) {
  const header = Buffer.alloc(6);
  header.writeUInt16LE(0, 0);
  header.writeUInt16LE(1, 2);
  header.writeUInt16LE(pngs.length, 4);
  const entries = [];
  let offset = 6 + 16 * pngs.length;
  for (const { size, data } of pngs) {
    const e = Buffer.alloc(16);
    e[0] = size >= 256 ? 0 : size;
    e[1] = size >= 256 ? 0 : size;
    e.writeUInt16LE(1, 4);
    e.writeUInt16LE(32, 6);
    e.writeUInt32LE(data.length, 8);
    e.writeUInt32LE(offset, 12);
    offset += data.length;
    entries.push(e);
  }
  return Buffer.concat([header, ...entries, ...pngs.map((p) => p.data)]);
}

const GREEN = [29, 107, 95],
  GREY = [96, 110, 116],
  WHITE = [255, 255, 255],
  BLACK = [0, 0, 0];
const STATES = {
  active: { bg: GREEN, badge: false, alpha: 1 },
  paused: { bg: GREY, badge: true, alpha: 1 },
  outside: { bg: GREY, badge: false, alpha: 0.55 },
};
const files = { 'icons/icon.png': render(512, { fg: WHITE, bg: GREEN, radius: 14 }) };
for (const [state, look] of Object.entries(STATES)) {
  // Linux: a colour PNG; Windows: a multi-size .ico; macOS: black template images (16 px and @2x).
  files[`tray/${state}.png`] = render(32, {
    fg: WHITE,
    bg: look.bg,
    radius: 14,
    badge: look.badge,
    alpha: look.alpha,
  });
  files[`tray/${state}.ico`] = encodeIco(
    [16, 24, 32, 48].map((size) => ({
      size,
      data: render(size, { fg: WHITE, bg: look.bg, radius: 14, badge: look.badge, alpha: look.alpha }),
    })),
  );
  files[`tray/${state}Template.png`] = render(16, { fg: BLACK, badge: look.badge, alpha: look.alpha });
  files[`tray/${state}Template@2x.png`] = render(32, { fg: BLACK, badge: look.badge, alpha: look.alpha });
}
for (const [name, data] of Object.entries(files)) {
  fs.mkdirSync(path.dirname(path.join(out, name)), { recursive: true });
  fs.writeFileSync(path.join(out, name), data);
  console.log(`wrote resources/${name} (${data.length} bytes)`);
}
