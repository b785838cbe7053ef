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
}

// ---- standing side view ---------------------------------------------------------
const FLOOR_ST = 146;
const ANKLE_Y = FLOOR_ST - 4;

// corner-stretch, drawn at a doorway seen from the side: 1 forearms on the frame, 2 leaning through
{
  const JAMB = [100, 110];
  const props =
    `<rect x="${JAMB[0]}" y="10" width="${JAMB[1] - JAMB[0]}" height="${FLOOR_ST - 10}" fill="#eef1f2" stroke="${PROP}" stroke-width="3"/>` +
    floor(FLOOR_ST);
  const pose = (lean, elbow, name, title, extra = '') => {
    const ankle = [64, ANKLE_Y];
    const hip = at(ankle, -90 + lean, L.thigh + L.shin);
    const f = sideFigure({
      hip,
      torsoAngle: -90 + lean,
      neckAngle: -90 + lean * 0.7,
      legs: [
        { to: ankle, bend: -1 },
        { to: ankle, bend: -1 },
      ],
      arms: [{ pts: [elbow, add(elbow, [0, -20])] }, { pts: [elbow, add(elbow, [0, -20])] }],
      hideFarLeg: true,
      hideFarArm: true,
      accent: ['armNear'],
    });
    put(name, title, props + f.svg + extra);
  };
  pose(
    10,
    [104, 44],
    'corner-stretch-1.svg',
    'Corner or doorway stretch: standing back from a doorway, forearms resting on the frame',
  );
  pose(
    19,
    [104, 46],
    'corner-stretch-2.svg',
    'Corner or doorway stretch: leaning the chest forward through the doorway, forearms still on the frame',
    lineArrow([72, 60], [90, 60]),
  );
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

// hip-circles (front view, standing): 1 hips out to one side, 2 to the other
{
  const FEET = [66, 94];
  const pose = (dx, name, title, arrow) => {
    const pelvis = [80 + dx, 80];
    const top = [80 + dx * 0.15, 80 - L.torso];
    const f = frontFigure({
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
    put(name, title, floor(FLOOR_ST) + f.svg + arrow(pelvis));
  };
  pose(-9, 'hip-circles-1.svg', 'Hip circles: standing, hands on the hips, hips moved out to one side', () =>
    arcArrow([80, 90], 30, 9, 160, 20),
  );
  pose(
    9,
    'hip-circles-2.svg',
    'Hip circles: standing, hands on the hips, hips circled round to the other side',
    () => arcArrow([80, 90], 30, 9, 20, -160),
  );
}

// ---- seated, front view -------------------------------------------------------------
const SEAT_F = 106;
const frontChair = () => chairFront(80, SEAT_F + 4, 22, FLOOR_S) + floor(FLOOR_S + 4);
const frontSeatedLegs = [
  { to: [72, FLOOR_S - 3], bend: 1, l1: 12, l2: 24, endAngle: 180, endLen: 5 },
  { to: [88, FLOOR_S - 3], bend: -1, l1: 12, l2: 24, endAngle: 0, endLen: 5 },
];

// seated-trunk-rotation: 1 facing forward, arms crossed; 2 upper body turned
{
  const pelvis = [80, SEAT_F - 4];
  const top = [80, SEAT_F - 4 - L.torso];
  const sh1 = [add(top, [-15, 3]), add(top, [15, 3])];
  const one = frontFigure({
    pelvis,
    top,
    shoulders: sh1,
    legs: frontSeatedLegs,
    arms: [
      { to: add(sh1[1], [-2, 3]), bend: 1 },
      { to: add(sh1[0], [2, 3]), bend: -1 },
    ],
    armsInFront: true,
    accent: ['spine'],
  });
  put(
    'seated-trunk-rotation-1.svg',
    'Seated twist: sitting tall and facing forward, arms crossed over the chest',
    frontChair() + one.svg,
  );
  const top2 = add(top, [2, 0]);
  const sh2 = [add(top2, [-7, 5]), add(top2, [12, 2])];
  const two = frontFigure({
    pelvis,
    top: top2,
    shoulders: sh2,
    head: add(top2, [3, -(L.neck + L.head)]),
    legs: frontSeatedLegs,
    arms: [
      { to: add(sh2[1], [-2, 4]), bend: 1 },
      { to: add(sh2[0], [2, 4]), bend: -1 },
    ],
    armsInFront: true,
    accent: ['spine'],
  });
  put(
    'seated-trunk-rotation-2.svg',
    'Seated twist: upper body turned to one side, hips and knees still facing forward',
    frontChair() + two.svg + arcArrow([80, 87], 26, 7, 160, 20),
  );
}

// shoulder-roll (front view, seated): 1 shrugged up, 2 rolled back and down
{
  const pelvis = [80, SEAT_F - 4];
  const top = [80, SEAT_F - 4 - L.torso];
  const up = frontFigure({
    pelvis,
    top,
    shoulders: [add(top, [-14, -5]), add(top, [14, -5])],
    legs: frontSeatedLegs,
    arms: [
      { to: [63, 96], bend: -1 },
      { to: [97, 96], bend: 1 },
    ],
    accent: ['shoulders'],
  });
  put(
    'shoulder-roll-1.svg',
    'Shoulder rolls: seated tall, both shoulders lifted up towards the ears',
    frontChair() + up.svg + lineArrow([55, 66], [55, 48]) + lineArrow([105, 66], [105, 48]),
  );
  const down = frontFigure({
    pelvis,
    top,
    shoulders: [add(top, [-16, 4]), add(top, [16, 4])],
    legs: frontSeatedLegs,
    arms: [
      { to: [62, 104], bend: -1 },
      { to: [98, 104], bend: 1 },
    ],
    accent: ['shoulders'],
  });
  put(
    'shoulder-roll-2.svg',
    'Shoulder rolls: seated tall, both shoulders rolled back and down, arms relaxed',
    frontChair() + down.svg + arcArrow([57, 54], 10, 10, 200, 350) + arcArrow([103, 54], 10, 10, -20, -170),
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

// seated-chest-opener (sitting at the front of the chair): arms reaching back, chest lifted
{
  const chair = chairSide(24, 70, SEAT_Y, 58, FLOOR_S) + floor(FLOOR_S + 4);
  const f = sideFigure({
    hip: seatedHip(62),
    torsoAngle: -88,
    bend: -3,
    neckAngle: -98,
    legs: seatedLegs(62),
    arms: [
      { a1: 150, a2: 155 },
      { a1: 155, a2: 160 },
    ],
    hideFarLeg: true,
    accent: ['armNear', 'armFar'],
  });
  put(
    'seated-chest-opener-1.svg',
    'Seated chest stretch: sitting tall at the front of the chair, arms reaching back, chest lifted',
    chair + f.svg,
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

// seated-knee-to-chest: one knee hugged towards the chest
{
  const chair = chairSide(30, 74, SEAT_Y, 58, FLOOR_S) + floor(FLOOR_S + 4);
  const hip = seatedHip(50);
  const knee = at(hip, -58, L.thigh);
  const ankle = at(knee, 97, L.shin);
  const f = sideFigure({
    hip,
    torsoAngle: -89,
    bend: 1,
    neckAngle: -84,
    legs: [seatedLegs(50)[0], { pts: [knee, ankle, at(ankle, 5, L.foot)] }],
    arms: [
      {
        pts: [
          [62, 76],
          [73, 80],
        ],
      },
      {
        pts: [
          [62, 76],
          [73, 80],
        ],
      },
    ],
    hideFarArm: true,
    accent: ['spine'],
  });
  put(
    'seated-knee-to-chest-1.svg',
    'Seated knee to chest: sitting tall, one knee hugged towards the chest, the other foot on the floor',
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
  const dip = sideFigure(fours({ bend: -6, neckAngle: -42, torsoAngle: -8, accent: ['spine'] }));
  put(
    'cat-cow-2.svg',
    'Cat-cow: on hands and knees, back dipped, head and tailbone lifted',
    floor(FLOOR_F, -20, 180) + dip.svg,
    FOURS_VIEW,
  );
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

// childs-pose: hips on heels, chest on thighs, forehead down, arms forward
{
  const knee = [78, FLOOR_F - 4];
  const hip = [50, 120];
  const shoulder = [89, 126];
  const torsoAngle = (Math.atan2(shoulder[1] - hip[1], shoulder[0] - hip[0]) * 180) / Math.PI;
  const f = sideFigure({
    hip,
    torsoAngle,
    torsoLen: dist(hip, shoulder),
    bend: 6,
    neckAngle: 26,
    legs: [
      { pts: [knee] },
      { pts: [knee, [knee[0] - L.shin, FLOOR_F - 4], [knee[0] - L.shin - 6, FLOOR_F - 3]] },
    ],
    arms: [
      {
        pts: [
          [109, 136],
          [129, 138],
          [133, 138],
        ],
      },
      { pts: [[109, 136]] },
    ],
    hideFarLeg: true,
    hideNearArm: true,
    accent: ['spine'],
  });
  put(
    'childs-pose-1.svg',
    "Child's pose: kneeling, hips back on the heels, chest on the thighs, forehead down and arms stretched forward",
    floor(FLOOR_F, -20, 180) + f.svg,
    { scale: 1.2, origin: [84, FLOOR_F] },
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

// trunk-rotation-lying: 1 knees bent, 2 knees lowered to one side
{
  const one = sideFigure(lying({ accent: ['legNear'] }));
  put(
    'trunk-rotation-lying-1.svg',
    'Lying trunk rotation: lying on the back, knees bent and together, feet flat',
    floor(FLOOR_F, -20, 180) + one.svg,
    LYING_VIEW,
  );
  const hip = [98, FLOOR_F - 6];
  const two = sideFigure(
    lying({
      legs: [
        {
          pts: [
            [113, 113],
            [128, 130],
            [136, 131],
          ],
        },
        {
          pts: [
            [117, 125],
            [128, 138],
            [137, 138],
          ],
        },
      ],
      hideFarLeg: false,
      accent: ['legNear', 'legFar'],
    }),
  );
  void hip;
  put(
    'trunk-rotation-lying-2.svg',
    'Lying trunk rotation: both bent knees lowered to one side, shoulders staying on the floor',
    floor(FLOOR_F, -20, 180) + two.svg + arcArrow([98, 136], 36, 36, -62, -34),
    LYING_VIEW,
  );
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
  const two = sideFigure(lying({ hip: [98, FLOOR_F - 4], bend: 0.5, bendAt: 0.3, accent: ['spine'] }));
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
console.log(Object.keys(files).length, 'files');
