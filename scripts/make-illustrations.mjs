// Draws the exercise illustrations in resources/illustrations from a small skeleton with two-bone IK.
// Run `node scripts/make-illustrations.mjs` after changing a pose; the SVGs are committed.
// Side-view and front-view line figures from a small skeleton with two-bone IK.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const OUT =
  process.argv[2] ?? path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../resources/illustrations');
fs.mkdirSync(OUT, { recursive: true });
const FIG = '#1f2a2e';
const PROP = '#8a9aa0';
const ACC = '#1d6b5f';
const BG = '#ffffff';
const W = 6;

const L = { torso: 42, neck: 6, head: 9, upper: 21, fore: 20, thigh: 33, shin: 31, foot: 9, hand: 4 };

const r2 = (n) => Math.round(n * 10) / 10;
const rad = (d) => (d * Math.PI) / 180;
const at = (p, ang, len) => [p[0] + Math.cos(rad(ang)) * len, p[1] + Math.sin(rad(ang)) * len];
const add = (p, q) => [p[0] + q[0], p[1] + q[1]];
const dist = (a, b) => Math.hypot(b[0] - a[0], b[1] - a[1]);
const P = (p) => `${r2(p[0])} ${r2(p[1])}`;

/** Two-bone IK: the middle joint for a limb from root to target; bend ±1 picks the side. */
function ik(root, target, l1, l2, bend) {
  const d = Math.min(dist(root, target), l1 + l2 - 0.01);
  const a = Math.atan2(target[1] - root[1], target[0] - root[0]);
  const c = Math.max(-1, Math.min(1, (l1 * l1 + d * d - l2 * l2) / (2 * l1 * d)));
  const ang = a + bend * Math.acos(c);
  const mid = [root[0] + Math.cos(ang) * l1, root[1] + Math.sin(ang) * l1];
  const a2 = Math.atan2(target[1] - mid[1], target[0] - mid[0]);
  return [mid, [mid[0] + Math.cos(a2) * l2, mid[1] + Math.sin(a2) * l2]];
}

function stroke(d, color, width = W, extra = '') {
  return `<path d="${d}" fill="none" stroke="${color}" stroke-width="${width}" stroke-linecap="round" stroke-linejoin="round"${extra}/>`;
}
const poly = (pts) => 'M' + pts.map(P).join(' L');
/** A drawn part; halo: a background-coloured underlay so it reads in front of what is behind. */
function part(d, color, halo) {
  return (halo ? stroke(d, BG, W + 6) : '') + stroke(d, color);
}
/** The polyline without its first `t` px (a halo must not cut the joint the limb grows from). */
function trim(pts, t) {
  const out = [];
  let left = t;
  for (let i = 1; i < pts.length; i++) {
    const a = pts[i - 1],
      b = pts[i];
    const len = dist(a, b);
    if (out.length === 0) {
      if (left >= len) {
        left -= len;
        continue;
      }
      const k = left / len;
      out.push([a[0] + (b[0] - a[0]) * k, a[1] + (b[1] - a[1]) * k]);
    }
    out.push(b);
  }
  return out.length >= 2 ? out : pts.slice(-2);
}
/** A limb in front: halo from `t` px on, then the limb. */
function limbPart(pts, color, t = 10) {
  return stroke(poly(trim(pts, t)), BG, W + 6) + stroke(poly(pts), color);
}

/** A limb from root: {to, bend} (IK) or {a1, a2} (absolute angles); optional end segment {endAngle, endLen}. */
function limb(root, spec, l1, l2) {
  if (spec.pts) return [root, ...spec.pts];
  let mid, end;
  if (spec.to) [mid, end] = ik(root, spec.to, l1, l2, spec.bend ?? 1);
  else {
    mid = at(root, spec.a1, l1);
    end = at(mid, spec.a2, l2);
  }
  const pts = [root, mid, end];
  if (spec.endAngle !== undefined) pts.push(at(end, spec.endAngle, spec.endLen));
  return pts;
}

/**
 * Side-view figure facing right.
 * hip, torsoAngle (hip→shoulder), bend (+ rounds the back, − arches it), neckAngle,
 * arms: [far, near], legs: [far, near]; accent: set of 'spine','armFar','armNear','legFar','legNear'.
 */
function sideFigure(f) {
  const acc = new Set(f.accent ?? []);
  const hip = f.hip;
  const shoulder = at(hip, f.torsoAngle, f.torsoLen ?? L.torso);
  const k = f.bendAt ?? 0.5;
  const mid = [hip[0] + (shoulder[0] - hip[0]) * k, hip[1] + (shoulder[1] - hip[1]) * k];
  const dir = [Math.cos(rad(f.torsoAngle)), Math.sin(rad(f.torsoAngle))];
  const normal = [dir[1], -dir[0]]; // toward the back for a right-facing figure
  const ctrl = [mid[0] + normal[0] * 2 * (f.bend ?? 0), mid[1] + normal[1] * 2 * (f.bend ?? 0)];
  const armRoot = add(shoulder, f.shoulderShift ?? [0, 0]);
  const neckTop = at(shoulder, f.neckAngle, L.neck);
  const head = at(shoulder, f.neckAngle, L.neck + L.head);

  const legFar = limb(hip, { endAngle: 0, endLen: L.foot, ...f.legs[0] }, L.thigh, L.shin);
  const legNear = limb(hip, { endAngle: 0, endLen: L.foot, ...f.legs[1] }, L.thigh, L.shin);
  const armFar = limb(armRoot, { endLen: L.hand, ...f.arms[0] }, L.upper, L.fore);
  const armNear = limb(armRoot, { endLen: L.hand, ...f.arms[1] }, L.upper, L.fore);
  const col = (k) => (acc.has(k) ? ACC : FIG);
  const spineD = `M${P(hip)} Q${P(ctrl)} ${P(shoulder)} L${P(neckTop)}`;

  const out = [];
  if (!f.hideFarLeg) out.push(part(poly(legFar), col('legFar'), false));
  if (!f.hideFarArm) out.push(part(poly(armFar), col('armFar'), false));
  out.push(part(spineD, col('spine'), false));
  out.push(`<circle cx="${r2(head[0])}" cy="${r2(head[1])}" r="${L.head + 1}" fill="${BG}"/>`);
  out.push(`<circle cx="${r2(head[0])}" cy="${r2(head[1])}" r="${L.head}" fill="${FIG}"/>`);
  if (!f.hideNearLeg) out.push(limbPart(legNear, col('legNear')));
  if (!f.hideNearArm) out.push(limbPart(armNear, col('armNear')));
  return { svg: out.join(''), shoulder, hip, head, armRoot, legNear, legFar, armNear, armFar, ctrl };
}

/**
 * Front-view figure. pelvis: centre of the hips; top: base of the neck;
 * shoulders: [left, right] points (defaults: level with `top`, ±15);
 * legs/arms: [left, right] limb specs (left = viewer's left).
 */
function frontFigure(f) {
  const acc = new Set(f.accent ?? []);
  const col = (k) => (acc.has(k) ? ACC : FIG);
  const hipHalf = f.hipHalf ?? 8;
  const hips = [add(f.pelvis, [-hipHalf, 0]), add(f.pelvis, [hipHalf, 0])];
  const sh = f.shoulders ?? [add(f.top, [-15, 3]), add(f.top, [15, 3])];
  const head = f.head ?? add(f.top, [0, -(L.neck + L.head)]);
  const legs = f.legs.map((spec, i) => limb(hips[i], spec, spec.l1 ?? L.thigh, spec.l2 ?? L.shin));
  const arms = f.arms.map((spec, i) => limb(sh[i], spec, L.upper, L.fore));
  const mid = [(f.pelvis[0] + f.top[0]) / 2 + (f.bend ?? 0) * 2, (f.pelvis[1] + f.top[1]) / 2];
  const out = [];
  legs.forEach((pts, i) => out.push(part(poly(pts), col(i ? 'legR' : 'legL'), false)));
  out.push(part(poly(hips), col('pelvis'), false));
  out.push(part(`M${P(f.pelvis)} Q${P(mid)} ${P(f.top)}`, col('spine'), false));
  out.push(part(poly([sh[0], f.top, sh[1]]), col('shoulders'), false));
  out.push(part(`M${P(f.top)} L${P(add(head, [0, L.head - 1]))}`, FIG, false));
  out.push(`<circle cx="${r2(head[0])}" cy="${r2(head[1])}" r="${L.head}" fill="${FIG}"/>`);
  if (f.nose)
    out.push(
      stroke(
        `M${P(add(head, [f.nose * (L.head - 2), 1]))} L${P(add(head, [f.nose * (L.head + 3), 3]))}`,
        FIG,
        4,
      ),
    );
  arms.forEach((pts, i) =>
    out.push(
      f.armsInFront
        ? limbPart(pts, col(i ? 'armR' : 'armL'), 8)
        : part(poly(pts), col(i ? 'armR' : 'armL'), false),
    ),
  );
  return { svg: out.join(''), hips, sh, head, legs, arms };
}

// ---- props ------------------------------------------------------------------
const propLine = (pts, w = 4) => stroke(poly(pts), PROP, w);
const floor = (y, x0 = 6, x1 = 154) =>
  propLine(
    [
      [x0, y],
      [x1, y],
    ],
    3,
  );
/** A side-view chair: seat from x0 to x1 at y, back at x0 up to backTop, legs to floorY. */
function chairSide(x0, x1, y, backTop, floorY) {
  return (
    propLine([
      [x0, backTop],
      [x0, floorY],
    ]) +
    propLine([
      [x0, y],
      [x1, y],
      [x1, floorY],
    ])
  );
}
/** Front-view chair: seat line, legs, back rails behind. */
function chairFront(cx, y, half, floorY) {
  return (
    propLine([
      [cx - half, y],
      [cx - half, floorY],
    ]) +
    propLine([
      [cx + half, y],
      [cx + half, floorY],
    ]) +
    propLine([
      [cx - half - 3, y],
      [cx + half + 3, y],
    ])
  );
}

// ---- arrows ------------------------------------------------------------------
function arrowHead(tip, angle, size = 6) {
  const a = at(tip, angle + 150, size);
  const b = at(tip, angle - 150, size);
  return stroke(`M${P(a)} L${P(tip)} L${P(b)}`, ACC, 3);
}
/** Circular arc arrow centred at c, radii rx/ry, from a0 to a1 degrees (positive = clockwise). */
function arcArrow(c, rx, ry, a0, a1, size = 6) {
  const n = 24;
  const pts = [];
  for (let i = 0; i <= n; i++) {
    const a = rad(a0 + ((a1 - a0) * i) / n);
    pts.push([c[0] + Math.cos(a) * rx, c[1] + Math.sin(a) * ry]);
  }
  const last = pts[n];
  const prev = pts[n - 1];
  const ang = (Math.atan2(last[1] - prev[1], last[0] - prev[0]) * 180) / Math.PI;
  return stroke(poly(pts), ACC, 3) + arrowHead(last, ang, size);
}
function lineArrow(a, b, size = 6) {
  const ang = (Math.atan2(b[1] - a[1], b[0] - a[0]) * 180) / Math.PI;
  return stroke(`M${P(a)} L${P(b)}`, ACC, 3) + arrowHead(b, ang, size);
}

function svg(title, body, { mirror = false, scale = 1, origin = [80, 80] } = {}) {
  let inner = body;
  if (scale !== 1) {
    inner = `<g transform="translate(${origin[0]} ${origin[1]}) scale(${scale}) translate(${-origin[0]} ${-origin[1]})">${inner}</g>`;
  }
  if (mirror) inner = `<g transform="translate(160 0) scale(-1 1)">${inner}</g>`;
  const esc = title.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 160 160" width="160" height="160" role="img">
<title>${esc}</title>
<rect width="160" height="160" rx="12" fill="${BG}"/>
${inner}
</svg>
`;
}

const files = {};
const put = (name, title, body, opts) => {
  files[name] = svg(title, body, opts);
};

/**
 * Key frames of a movement (resources/illustrations/motion/<exercise>.json):
 * the same drawing as a pose, without its arrows (the movement shows the
 * direction), as parts the player can blend: every part a path whose commands
 * are the same in every frame.
 */
const motions = {};
const frame = (exercise, index, body, opts = {}) => {
  const m = (motions[exercise] ??= { frames: [], opts });
  m.frames[index] = body;
};

function attrs(s) {
  const out = {};
  for (const m of s.matchAll(/([\w-]+)="([^"]*)"/g)) out[m[1]] = m[2];
  return out;
}
/** An SVG body string as parts: paths as they are, circles and rects as paths. */
function partsOf(body) {
  const parts = [];
  for (const m of body.matchAll(/<(path|circle|rect)\b([^>]*)\/>/g)) {
    const a = attrs(m[2]);
    let d;
    if (m[1] === 'path') d = a.d;
    else if (m[1] === 'circle') {
      const [cx, cy, r] = [Number(a.cx), Number(a.cy), Number(a.r)];
      d = `M${r2(cx - r)} ${r2(cy)} A${r} ${r} 0 1 0 ${r2(cx + r)} ${r2(cy)} A${r} ${r} 0 1 0 ${r2(cx - r)} ${r2(cy)} Z`;
    } else {
      const [x, y, w, h] = [Number(a.x), Number(a.y), Number(a.width), Number(a.height)];
      d = `M${x} ${y} L${x + w} ${y} L${x + w} ${y + h} L${x} ${y + h} Z`;
    }
    const part = { d };
    if (a.stroke && a.stroke !== 'none') part.stroke = a.stroke;
    if (a['stroke-width']) part.width = Number(a['stroke-width']);
    if (a.fill && a.fill !== 'none') part.fill = a.fill;
    parts.push(part);
  }
  return parts;
}
const commands = (d) => d.match(/[A-Za-z]/g).join('');
/** Pads polylines ("M … L … L …") to the same number of points, so frames blend; other paths must already match. */
function matchFrames(exercise, frames) {
  const n = frames[0].length;
  frames.forEach((f, i) => {
    if (f.length !== n) throw new Error(`${exercise}: frame ${i} has ${f.length} parts, frame 0 has ${n}`);
  });
  for (let k = 0; k < n; k++) {
    const cmds = frames.map((f) => commands(f[k].d));
    if (cmds.every((c) => c === cmds[0])) continue;
    if (!cmds.every((c) => /^ML+$/.test(c))) {
      throw new Error(`${exercise}: part ${k} differs between frames (${cmds.join(' / ')})`);
    }
    const most = Math.max(...cmds.map((c) => c.length));
    for (const f of frames) {
      const pts = f[k].d
        .slice(1)
        .split(' L')
        .map((p) => p.trim());
      while (pts.length < most) pts.push(pts[pts.length - 1]);
      f[k] = { ...f[k], d: 'M' + pts.join(' L') };
    }
  }
  return frames;
}
function motionJson(exercise, { frames, opts }, periodMs) {
  const parts = matchFrames(exercise, frames.map(partsOf));
  let transform;
  const scale = opts.scale ?? 1;
  const origin = opts.origin ?? [80, 80];
  if (scale !== 1)
    transform = `translate(${origin[0]} ${origin[1]}) scale(${scale}) translate(${-origin[0]} ${-origin[1]})`;
  return JSON.stringify({ periodMs, ...(transform ? { transform } : {}), frames: parts });
}

// ---- seated side view (chair behind, facing right) -----------------------------
const SEAT_Y = 104;
const FLOOR_S = 136;
const seatedLegs = (hipX = 52) => [
  { to: [hipX + 37, FLOOR_S - 3], bend: -1 },
  { to: [hipX + 33, FLOOR_S - 3], bend: -1 },
];
const seatedHip = (x = 52) => [x, SEAT_Y - 6];

// cat-cow-seated: 1 rounded (chin tucked), 2 arched (chest lifted)
{
  const legs = seatedLegs(56);
  const chair = chairSide(34, 80, SEAT_Y, 58, FLOOR_S) + floor(FLOOR_S + 4);
  const round = sideFigure({
    hip: seatedHip(56),
    torsoAngle: -72,
    bend: 10,
    neckAngle: 15,
    hideFarLeg: true,
    hideFarArm: true,
    legs,
    arms: [
      { to: [88, 96], bend: 1 },
      { to: [86, 97], bend: 1 },
    ],
    accent: ['spine'],
  });
  put(
    'cat-cow-seated-1.svg',
    'Seated cat-cow: back rounded, chin tucked, hands on the knees',
    chair + round.svg,
  );
  frame('cat-cow-seated', 0, chair + round.svg);
  const arch = sideFigure({
    hip: seatedHip(56),
    torsoAngle: -93,
    bend: -4,
    bendAt: 0.35,
    neckAngle: -105,
    hideFarLeg: true,
    hideFarArm: true,
    legs,
    arms: [
      { to: [88, 96], bend: 1 },
      { to: [86, 97], bend: 1 },
    ],
    accent: ['spine'],
  });
  put(
    'cat-cow-seated-2.svg',
    'Seated cat-cow: back gently arched, chest lifted, hands on the knees',
    chair + arch.svg,
  );
  frame('cat-cow-seated', 1, chair + arch.svg);
}

// ---- standing side view ---------------------------------------------------------
const FLOOR_ST = 146;
const ANKLE_Y = FLOOR_ST - 4;

// corner-stretch, seen from behind in the corner of a room: 1 forearms on the two walls, 2 leaning the chest in
{
  const EDGE = 80;
  const walls =
    propLine([
      [EDGE, 6],
      [EDGE, 92],
    ]) +
    propLine([
      [4, 134],
      [EDGE, 92],
      [156, 134],
    ]);
  const pose = (lean) => {
    const pelvis = [80, 80];
    const top = [80, 38 + lean];
    const sh = [add(top, [-14 + lean * 0.3, 3]), add(top, [14 - lean * 0.3, 3])];
    return frontFigure({
      pelvis,
      top,
      shoulders: sh,
      head: add(top, [0, -(L.neck + L.head) + lean * 0.5]),
      hipHalf: 8,
      legs: [
        { to: [68, ANKLE_Y], bend: -1, endAngle: 180, endLen: 5 },
        { to: [92, ANKLE_Y], bend: 1, endAngle: 0, endLen: 5 },
      ],
      arms: [
        {
          pts: [
            [50, 46],
            [47, 22],
          ],
        },
        {
          pts: [
            [110, 46],
            [113, 22],
          ],
        },
      ],
      accent: ['armL', 'armR'],
    });
  };
  const one = pose(0);
  const two = pose(9);
  put(
    'corner-stretch-1.svg',
    'Corner stretch: standing facing the corner of a room, seen from behind, a forearm resting on each wall',
    walls + floor(FLOOR_ST) + one.svg,
  );
  put(
    'corner-stretch-2.svg',
    'Corner stretch: forearms still on the two walls, leaning the chest in towards the corner',
    walls + floor(FLOOR_ST) + two.svg + lineArrow([80, 72], [80, 58]),
  );
  frame('corner-stretch', 0, walls + floor(FLOOR_ST) + one.svg);
  frame('corner-stretch', 1, walls + floor(FLOOR_ST) + two.svg);
}

// standing-back-bend: 1 upright, hands on hips; 2 leaning back gently
{
  const pose = (name, title, { hipX, torsoAngle, bend, neckAngle, extra = '' }) => {
    const ankle = [78, ANKLE_Y];
    const hip = [hipX, ANKLE_Y - Math.sqrt((L.thigh + L.shin) ** 2 - (hipX - 78) ** 2)];
    const f = sideFigure({
      hip,
      torsoAngle,
      bend,
      bendAt: 0.3,
      neckAngle,
      legs: [
        { to: ankle, bend: -1 },
        { to: ankle, bend: -1 },
      ],
      arms: [
        { to: add(hip, [-5, -6]), bend: 1 },
        { to: add(hip, [-5, -6]), bend: 1 },
      ],
      hideFarLeg: true,
      hideFarArm: true,
      accent: ['spine'],
    });
    put(name, title, floor(FLOOR_ST) + f.svg + extra(f));
  };
  pose('standing-back-bend-1.svg', 'Standing back bend: standing tall, hands on the hips', {
    hipX: 78,
    torsoAngle: -90,
    bend: -1,
    neckAngle: -90,
    extra: () => '',
  });
  pose(
    'standing-back-bend-2.svg',
    'Standing back bend: leaning the upper body gently backwards, hands on the hips',
    {
      hipX: 83,
      torsoAngle: -110,
      bend: -5,
      neckAngle: -116,
      extra: (f) => arcArrow(f.hip, 66, 66, -84, -104),
    },
  );
}

// hip-circles (front view, standing): 1 hips out to one side, 2 to the other; the loop circles through 4 frames
{
  const FEET = [66, 94];
  const fig = (dx, dy = 0) => {
    const pelvis = [80 + dx, 80 + dy];
    const top = [80 + dx * 0.15, 80 - L.torso];
    return frontFigure({
      pelvis,
      top,
      hipHalf: 9,
      bend: dx * 0.3,
      legs: [
        { to: [FEET[0], ANKLE_Y], bend: -1, endAngle: 180, endLen: 6 },
        { to: [FEET[1], ANKLE_Y], bend: 1, endAngle: 0, endLen: 6 },
      ],
      arms: [
        { to: add(pelvis, [-10, -7]), bend: 1 },
        { to: add(pelvis, [10, -7]), bend: -1 },
      ],
      accent: ['pelvis'],
    });
  };
  put(
    'hip-circles-1.svg',
    'Hip circles: standing, hands on the hips, hips moved out to one side',
    floor(FLOOR_ST) + fig(-9).svg + arcArrow([80, 90], 30, 9, 160, 20),
  );
  put(
    'hip-circles-2.svg',
    'Hip circles: standing, hands on the hips, hips circled round to the other side',
    floor(FLOOR_ST) + fig(9).svg + arcArrow([80, 90], 30, 9, 20, -160),
  );
  [fig(-9), fig(0, 3), fig(9), fig(0, -3)].forEach((f, i) =>
    frame('hip-circles', i, floor(FLOOR_ST) + f.svg),
  );
}

// ---- seated, front view -------------------------------------------------------------
const SEAT_F = 106;
const frontChair = () => chairFront(80, SEAT_F + 4, 22, FLOOR_S) + floor(FLOOR_S + 4);
const frontSeatedLegs = [
  { to: [72, FLOOR_S - 3], bend: 1, l1: 12, l2: 24, endAngle: 180, endLen: 5 },
  { to: [88, FLOOR_S - 3], bend: -1, l1: 12, l2: 24, endAngle: 0, endLen: 5 },
];

// seated-trunk-rotation: 1 facing forward, arms crossed; 2 upper body and head turned to the left.
// The inset (top right) is the same seen from above: hips (grey) stay, the shoulders (green) turn.
{
  const pelvis = [80, SEAT_F - 4];
  const top = [80, SEAT_F - 4 - L.torso];
  const inset = (turn) => {
    const c = [134, 30];
    const a = at(c, 180 + turn, 15);
    const b = at(c, turn, 15);
    return (
      propLine([
        [122, 38],
        [146, 38],
      ]) +
      stroke(`M${P(a)} L${P(b)}`, ACC, 5) +
      `<circle cx="${c[0]}" cy="${c[1]}" r="5" fill="${FIG}"/>` +
      stroke(`M${P(c)} L${P(at(c, turn - 90, 9))}`, FIG, 3)
    );
  };
  const pose = (k) => {
    const t = add(top, [3 * k, 0]);
    const sh = [add(t, [-15 + 9 * k, 3 + 2 * k]), add(t, [15 - 2 * k, 3 - 2 * k])];
    return frontFigure({
      pelvis,
      top: t,
      shoulders: sh,
      head: add(t, [3 * k, -(L.neck + L.head)]),
      nose: k === 0 ? 0.001 : k,
      legs: frontSeatedLegs,
      arms: [
        { to: add(sh[1], [-2, 3 + k]), bend: 1 },
        { to: add(sh[0], [2, 3 + k]), bend: -1 },
      ],
      armsInFront: true,
      accent: ['spine', 'shoulders'],
    });
  };
  const one = pose(0);
  const two = pose(1);
  put(
    'seated-trunk-rotation-1.svg',
    'Seated twist: sitting tall and facing forward, arms crossed over the chest; from above, shoulders in line with the hips',
    frontChair() + one.svg + inset(0),
  );
  put(
    'seated-trunk-rotation-2.svg',
    'Seated twist: head and upper body turned to one side, hips and knees still facing forward; from above, the shoulders turned',
    frontChair() + two.svg + inset(-38) + arcArrow([80, 87], 26, 7, 160, 20),
  );
  frame('seated-trunk-rotation', 0, frontChair() + one.svg + inset(0));
  frame('seated-trunk-rotation', 1, frontChair() + two.svg + inset(-38));
}

// shoulder-roll (front view, seated): 1 shrugged up, 2 rolled back and down; the loop circles forward → up → back → down
{
  const pelvis = [80, SEAT_F - 4];
  const top = [80, SEAT_F - 4 - L.torso];
  const fig = (half, dy, hand) =>
    frontFigure({
      pelvis,
      top,
      shoulders: [add(top, [-half, dy]), add(top, [half, dy])],
      legs: frontSeatedLegs,
      arms: [
        { to: [80 - hand[0], hand[1]], bend: -1 },
        { to: [80 + hand[0], hand[1]], bend: 1 },
      ],
      accent: ['shoulders'],
    });
  const up = fig(14, -5, [17, 96]);
  const down = fig(16, 4, [18, 104]);
  put(
    'shoulder-roll-1.svg',
    'Shoulder rolls: seated tall, both shoulders lifted up towards the ears',
    frontChair() + up.svg + lineArrow([55, 66], [55, 48]) + lineArrow([105, 66], [105, 48]),
  );
  put(
    'shoulder-roll-2.svg',
    'Shoulder rolls: seated tall, both shoulders rolled back and down, arms relaxed',
    frontChair() + down.svg + arcArrow([57, 54], 10, 10, 200, 350) + arcArrow([103, 54], 10, 10, -20, -170),
  );
  [fig(11, 2, [14, 100]), up, fig(18, -1, [20, 98]), down].forEach((f, i) =>
    frame('shoulder-roll', i, frontChair() + f.svg),
  );
}

// ---- seated, side view ----------------------------------------------------------------
// shoulder-blade-squeeze: 1 elbows bent at the sides; 2 elbows drawn back, chest open
{
  const chair = chairSide(30, 76, SEAT_Y, 58, FLOOR_S) + floor(FLOOR_S + 4);
  const legs = seatedLegs(54);
  const one = sideFigure({
    hip: seatedHip(54),
    torsoAngle: -90,
    neckAngle: -90,
    legs,
    arms: [
      { a1: 95, a2: -5 },
      { a1: 95, a2: -5 },
    ],
    hideFarLeg: true,
    hideFarArm: true,
    accent: ['armNear'],
  });
  put(
    'shoulder-blade-squeeze-1.svg',
    'Shoulder-blade squeeze: seated tall, elbows bent at the sides',
    chair + one.svg,
  );
  const two = sideFigure({
    hip: seatedHip(54),
    torsoAngle: -88,
    bend: -2,
    neckAngle: -92,
    shoulderShift: [-3, 1],
    legs,
    arms: [
      { a1: 125, a2: 5 },
      { a1: 125, a2: 5 },
    ],
    hideFarLeg: true,
    hideFarArm: true,
    accent: ['armNear'],
  });
  put(
    'shoulder-blade-squeeze-2.svg',
    'Shoulder-blade squeeze: elbows drawn back so the shoulder blades move together and the chest opens',
    chair + two.svg + lineArrow([22, 66], [22, 66]).slice(0, 0) + lineArrow([44, 52], [28, 52]),
  );
}

// seated-chest-opener (front view, seated tall): both arms open wide and back, chest lifted
{
  const pelvis = [80, SEAT_F - 4];
  const top = [80, SEAT_F - 6 - L.torso];
  const sh = [add(top, [-16, 4]), add(top, [16, 4])];
  const f = frontFigure({
    pelvis,
    top,
    shoulders: sh,
    head: add(top, [0, -(L.neck + L.head) - 1]),
    legs: frontSeatedLegs,
    arms: [
      { a1: 158, a2: 145, endAngle: 145, endLen: L.hand },
      { a1: 22, a2: 35, endAngle: 35, endLen: L.hand },
    ],
    accent: ['armL', 'armR', 'shoulders'],
  });
  put(
    'seated-chest-opener-1.svg',
    'Seated chest stretch: sitting tall, both arms opened wide and drawn back, chest lifted',
    frontChair() + f.svg + lineArrow([64, 44], [44, 38]) + lineArrow([96, 44], [116, 38]),
  );
}

// slump-sit-tall: 1 slumped, 2 sitting tall
{
  const chair = chairSide(34, 80, SEAT_Y, 58, FLOOR_S) + floor(FLOOR_S + 4);
  const legs = seatedLegs(56);
  const slump = sideFigure({
    hip: add(seatedHip(56), [2, 0]),
    torsoAngle: -80,
    bend: 9,
    bendAt: 0.45,
    neckAngle: -30,
    legs,
    arms: [
      { to: [80, 96], bend: 1 },
      { to: [78, 97], bend: 1 },
    ],
    hideFarLeg: true,
    hideFarArm: true,
    accent: ['spine'],
  });
  put(
    'slump-sit-tall-1.svg',
    'Slump and sit tall: slumped on the front of the chair, back rounded',
    chair + slump.svg,
  );
  const tall = sideFigure({
    hip: seatedHip(56),
    torsoAngle: -91,
    bend: -1.5,
    bendAt: 0.3,
    neckAngle: -92,
    legs,
    arms: [
      { to: [80, 96], bend: 1 },
      { to: [78, 97], bend: 1 },
    ],
    hideFarLeg: true,
    hideFarArm: true,
    accent: ['spine'],
  });
  put(
    'slump-sit-tall-2.svg',
    'Slump and sit tall: sitting up tall with a long, straight back',
    chair + tall.svg + lineArrow([24, 60], [24, 40]),
  );
}

// seated-knee-to-chest (side view): one knee drawn up to the chest, the foot off the floor,
// the near arm wrapped round the shin below the knee
{
  const chair = chairSide(28, 72, SEAT_Y, 58, FLOOR_S) + floor(FLOOR_S + 4);
  const hip = seatedHip(48);
  const knee = [71, 68];
  const ankle = [77, 97];
  const f = sideFigure({
    hip,
    torsoAngle: -90,
    bend: 1,
    neckAngle: -84,
    legs: [seatedLegs(48)[0], { pts: [knee, ankle, [86, 95]] }],
    arms: [
      {
        pts: [
          [57, 82],
          [75, 80],
        ],
      },
      {
        pts: [
          [57, 82],
          [75, 80],
        ],
      },
    ],
    hideFarArm: true,
    accent: ['legNear'],
  });
  put(
    'seated-knee-to-chest-1.svg',
    'Seated knee to chest: sitting tall, one knee drawn up towards the chest and held with the arms, that foot off the floor, the other foot flat',
    chair + f.svg,
  );
}

// ---- floor: hands and knees (side view) -----------------------------------------
const FLOOR_F = 142;
const fours = (over, kneeX = 62) => {
  const hip = [kneeX, FLOOR_F - 4 - L.thigh];
  const wrist = [kneeX + 44, FLOOR_F - 4];
  return {
    hip,
    torsoAngle: -9,
    neckAngle: -12,
    legs: [
      { a1: 90, a2: 180, endAngle: 180, endLen: 5 },
      { a1: 90, a2: 180, endAngle: 180, endLen: 5 },
    ],
    arms: [
      { to: wrist, bend: 1, endAngle: 0, endLen: 5 },
      { to: wrist, bend: 1, endAngle: 0, endLen: 5 },
    ],
    hideFarLeg: true,
    hideFarArm: true,
    ...over,
  };
};
const FOURS_VIEW = { scale: 1.2, origin: [76, FLOOR_F] };

// cat-cow: 1 back rounded up, 2 back dipped
{
  const round = sideFigure(fours({ bend: 9, neckAngle: 30, torsoAngle: -10, accent: ['spine'] }));
  put(
    'cat-cow-1.svg',
    'Cat-cow: on hands and knees, back rounded up towards the ceiling, head down',
    floor(FLOOR_F, -20, 180) + round.svg,
    FOURS_VIEW,
  );
  frame('cat-cow', 0, floor(FLOOR_F, -20, 180) + round.svg, FOURS_VIEW);
  const dip = sideFigure(fours({ bend: -6, neckAngle: -42, torsoAngle: -8, accent: ['spine'] }));
  put(
    'cat-cow-2.svg',
    'Cat-cow: on hands and knees, back dipped, head and tailbone lifted',
    floor(FLOOR_F, -20, 180) + dip.svg,
    FOURS_VIEW,
  );
  frame('cat-cow', 1, floor(FLOOR_F, -20, 180) + dip.svg, FOURS_VIEW);
}

// opposite-arm-leg: 1 flat back on hands and knees, 2 one arm forward and the opposite leg back
{
  const VIEW = { scale: 0.98, origin: [80, FLOOR_F] };
  const one = sideFigure(fours({ bend: 0 }, 67));
  put(
    'opposite-arm-leg-1.svg',
    'Opposite arm and leg reach: on hands and knees with a flat back',
    floor(FLOOR_F) + one.svg,
    VIEW,
  );
  const base = fours({ bend: 0 }, 67);
  const two = sideFigure({
    ...base,
    hideFarLeg: false,
    hideFarArm: false,
    legs: [base.legs[0], { a1: 180, a2: 180, endAngle: 100, endLen: 6 }],
    arms: [{ a1: -4, a2: -4, endAngle: -4, endLen: 3 }, base.arms[1]],
    accent: ['legNear', 'armFar'],
  });
  put(
    'opposite-arm-leg-2.svg',
    'Opposite arm and leg reach: one arm reaching straight forward and the opposite leg straight back',
    floor(FLOOR_F) + two.svg,
    VIEW,
  );
}

// childs-pose (side view): kneeling, hips back on the heels, back rounded over the thighs, forehead down, arms forward
{
  const ankle = [50, FLOOR_F - 4];
  const knee = [82, FLOOR_F - 4];
  const hip = [54, FLOOR_F - 18];
  const shoulder = [94, FLOOR_F - 20];
  const torsoAngle = (Math.atan2(shoulder[1] - hip[1], shoulder[0] - hip[0]) * 180) / Math.PI;
  const f = sideFigure({
    hip,
    torsoAngle,
    torsoLen: dist(hip, shoulder),
    bend: 20,
    bendAt: 0.5,
    neckAngle: 45,
    legs: [{ pts: [knee] }, { pts: [knee, ankle, add(ankle, [-7, -2])] }],
    arms: [
      {
        pts: [
          [118, FLOOR_F - 5],
          [142, FLOOR_F - 5],
        ],
      },
      {
        pts: [
          [118, FLOOR_F - 5],
          [142, FLOOR_F - 5],
        ],
      },
    ],
    hideFarLeg: true,
    hideFarArm: true,
    accent: ['spine'],
  });
  put(
    'childs-pose-1.svg',
    "Child's pose: kneeling, hips back on the heels, back rounded over the thighs, forehead on the floor and arms stretched forward",
    floor(FLOOR_F, -20, 180) + f.svg,
    { scale: 1.3, origin: [96, FLOOR_F] },
  );
}

// ---- floor: lying on the back (side view, head left) -------------------------------
const handsOnBelly = (hip) => [
  { to: add(hip, [-12, -4]), bend: -1 },
  { to: add(hip, [-12, -4]), bend: -1 },
];
const lying = (over) => {
  const hip = over.hip ?? [98, FLOOR_F - 6];
  return {
    hip,
    torsoAngle: 180,
    neckAngle: 184,
    arms: handsOnBelly(hip),
    legs: [
      { to: [hip[0] + 28, FLOOR_F - 4], bend: -1, endAngle: 0, endLen: L.foot },
      { to: [hip[0] + 28, FLOOR_F - 4], bend: -1, endAngle: 0, endLen: L.foot },
    ],
    hideFarLeg: true,
    hideFarArm: true,
    hideNearArm: true,
    ...over,
  };
};
const LYING_VIEW = { scale: 1.12, origin: [84, FLOOR_F] };

// trunk-rotation-lying, seen from above on a mat: arms out to the sides, 1 bent knees pointing up (together),
// 2 both bent knees lowered to one side, shoulders staying down
{
  const mat = `<path d="M14 10 L146 10 L146 150 L14 150 Z" fill="none" stroke="${PROP}" stroke-width="3" stroke-linejoin="round"/>`;
  const body = (legs) => {
    const head = [80, 30];
    const neck = [80, 44];
    const shL = [60, 48];
    const shR = [100, 48];
    const hips = [80, 96];
    const out = [];
    out.push(stroke(poly([shL, [40, 50], [22, 53]]), FIG));
    out.push(stroke(poly([shR, [120, 50], [138, 53]]), FIG));
    out.push(stroke(poly([shL, neck, shR]), FIG));
    out.push(stroke(poly([neck, hips]), FIG));
    out.push(
      stroke(
        poly([
          [71, 96],
          [89, 96],
        ]),
        FIG,
      ),
    );
    for (const leg of legs) out.push(limbPart(leg, ACC, 6));
    out.push(`<circle cx="${head[0]}" cy="${head[1]}" r="${L.head + 1}" fill="${FIG}"/>`);
    return out.join('');
  };
  const up = [
    [
      [73, 96],
      [77, 113],
      [75, 134],
    ],
    [
      [87, 96],
      [83, 113],
      [85, 134],
    ],
  ];
  const side = [
    [
      [73, 96],
      [108, 104],
      [86, 126],
    ],
    [
      [87, 96],
      [118, 112],
      [96, 134],
    ],
  ];
  put(
    'trunk-rotation-lying-1.svg',
    'Lying trunk rotation, seen from above: lying on the back on a mat, arms out to the sides, knees bent and together',
    mat + body(up),
  );
  put(
    'trunk-rotation-lying-2.svg',
    'Lying trunk rotation, seen from above: both bent knees lowered to one side, arms and shoulders staying on the mat',
    mat + body(side) + arcArrow([80, 100], 34, 20, 70, 20),
  );
  frame('trunk-rotation-lying', 0, mat + body(up));
  frame('trunk-rotation-lying', 1, mat + body(side));
}

// pelvic-tilt: 1 small gap under the lower back, 2 lower back pressed down
{
  const one = sideFigure(lying({ hip: [98, FLOOR_F - 5], bend: -3.5, bendAt: 0.3, accent: ['spine'] }));
  put(
    'pelvic-tilt-1.svg',
    'Pelvic tilt: lying on the back, knees bent, a small gap under the lower back',
    floor(FLOOR_F, -20, 180) + one.svg,
    LYING_VIEW,
  );
  frame('pelvic-tilt', 0, floor(FLOOR_F, -20, 180) + one.svg, LYING_VIEW);
  const two = sideFigure(lying({ hip: [98, FLOOR_F - 4], bend: 0.5, bendAt: 0.3, accent: ['spine'] }));
  frame('pelvic-tilt', 1, floor(FLOOR_F, -20, 180) + two.svg, LYING_VIEW);
  put(
    'pelvic-tilt-2.svg',
    'Pelvic tilt: stomach muscles tightened, lower back pressed flat into the floor',
    floor(FLOOR_F, -20, 180) + two.svg + lineArrow([86, 110], [86, 124]),
    LYING_VIEW,
  );
}

// legs-up-the-wall: lying on the back, hips near the wall, legs resting up it
{
  const WALL = 130;
  const hip = [WALL - 14, FLOOR_F - 6];
  const f = sideFigure({
    hip,
    torsoAngle: 180,
    neckAngle: 184,
    arms: handsOnBelly(hip),
    hideNearArm: true,
    legs: [
      { a1: -84, a2: -86, endAngle: 180, endLen: L.foot },
      { a1: -84, a2: -86, endAngle: 180, endLen: L.foot },
    ],
    hideFarLeg: true,
    hideFarArm: true,
    accent: ['spine'],
  });
  put(
    'legs-up-the-wall-1.svg',
    'Legs up the wall: lying on the back with the hips near a wall and both legs resting straight up it',
    propLine([
      [WALL, 12],
      [WALL, FLOOR_F],
    ]) +
      floor(FLOOR_F, 6, WALL) +
      f.svg,
  );
}

for (const [name, svgText] of Object.entries(files)) {
  fs.writeFileSync(path.join(OUT, name), svgText);
}

/** How long one loop takes (loop motion: in step with the dose's pace); "follow" motion ignores it. */
const PERIODS = { 'shoulder-roll': 4000, 'hip-circles': 3000 };
const MOTION_OUT = path.join(OUT, 'motion');
fs.mkdirSync(MOTION_OUT, { recursive: true });
for (const [exercise, m] of Object.entries(motions)) {
  fs.writeFileSync(
    path.join(MOTION_OUT, `${exercise}.json`),
    motionJson(exercise, m, PERIODS[exercise] ?? 1000) + '\n',
  );
}
console.log(Object.keys(files).length, 'files,', Object.keys(motions).length, 'motions');
