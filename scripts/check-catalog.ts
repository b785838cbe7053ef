#!/usr/bin/env -S npx tsx
/**
 * Checks the routine catalog before a build: `tsx scripts/check-catalog.ts`.
 *
 * - resources/routines/exercises.json and routines.json pass validateCatalog,
 *   and safety.json passes validateSafety (electron/core/catalog);
 * - every pose an exercise names exists in resources/illustrations and is a
 *   well-formed, static SVG: root <svg viewBox="0 0 160 160"> with a non-empty
 *   <title>, no scripts, animation, event handlers or outside references;
 * - every SVG in resources/illustrations is used by some exercise;
 * - every exercise with `illustration.motion` has its key frames in
 *   resources/illustrations/motion/<id>.json (checkMotion), and every motion
 *   file belongs to such an exercise.
 *
 * Prints `catalog: N routines, M exercises OK`, or each problem on its own line
 * and exits 1.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { validateCatalog, validateSafety } from '../electron/core/catalog/validate';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export const VIEW_BOX = '0 0 160 160';

export interface XmlElement {
  name: string;
  attributes: Map<string, string>;
  children: XmlElement[];
  text: string;
}

const NAME = /^[A-Za-z_][\w.:-]*/;
const ENTITY = /&(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);/g;

function badAmpersand(s: string): boolean {
  return s.replace(ENTITY, '').includes('&');
}

/**
 * A small XML well-formedness check (elements, attributes, text, comments,
 * CDATA, processing instructions; no DTDs). Returns the root element or the
 * first problem found.
 */
export function parseXml(source: string): { root: XmlElement } | { error: string } {
  let i = 0;
  const stack: XmlElement[] = [];
  let root: XmlElement | null = null;
  const line = (at: number) => source.slice(0, at).split('\n').length;
  const fail = (message: string, at = i) => ({ error: `line ${line(at)}: ${message}` });

  while (i < source.length) {
    const lt = source.indexOf('<', i);
    const text = source.slice(i, lt === -1 ? source.length : lt);
    if (text.trim() !== '') {
      if (stack.length === 0) return fail('text outside the root element');
      if (badAmpersand(text)) return fail('"&" must start an entity such as &amp;');
      stack[stack.length - 1]!.text += text;
    }
    if (lt === -1) break;
    i = lt;
    if (source.startsWith('<!--', i)) {
      const end = source.indexOf('-->', i + 4);
      if (end === -1) return fail('unclosed comment');
      if (source.slice(i + 4, end).includes('--')) return fail('"--" inside a comment');
      i = end + 3;
    } else if (source.startsWith('<![CDATA[', i)) {
      const end = source.indexOf(']]>', i);
      if (end === -1 || stack.length === 0) return fail('CDATA outside an element or unclosed');
      stack[stack.length - 1]!.text += source.slice(i + 9, end);
      i = end + 3;
    } else if (source.startsWith('<?', i)) {
      const end = source.indexOf('?>', i);
      if (end === -1) return fail('unclosed processing instruction');
      if (/^<\?xml\b/i.test(source.slice(i)) && i !== 0) return fail('the XML declaration must come first');
      i = end + 2;
    } else if (source.startsWith('<!', i)) {
      return fail('DTDs and <!…> declarations are not allowed');
    } else if (source.startsWith('</', i)) {
      const name = NAME.exec(source.slice(i + 2))?.[0];
      if (!name) return fail('malformed closing tag');
      const after = i + 2 + name.length;
      const end = source.indexOf('>', after);
      if (end === -1 || source.slice(after, end).trim() !== '') return fail(`malformed </${name}>`);
      const open = stack.pop();
      if (!open) return fail(`</${name}> closes nothing`);
      if (open.name !== name) return fail(`</${name}> closes <${open.name}>`);
      i = end + 1;
    } else {
      const name = NAME.exec(source.slice(i + 1))?.[0];
      if (!name) return fail('malformed tag');
      const el: XmlElement = { name, attributes: new Map(), children: [], text: '' };
      i += 1 + name.length;
      let selfClosing = false;
      for (;;) {
        const ws = /^\s*/.exec(source.slice(i))![0];
        i += ws.length;
        if (source.startsWith('/>', i)) {
          selfClosing = true;
          i += 2;
          break;
        }
        if (source[i] === '>') {
          i += 1;
          break;
        }
        if (ws === '') return fail(`expected a space, ">" or "/>" in <${name}>`);
        const attr = /^([A-Za-z_][\w.:-]*)\s*=\s*("([^"<]*)"|'([^'<]*)')/.exec(source.slice(i));
        if (!attr) return fail(`malformed attribute in <${name}>`);
        const key = attr[1]!;
        const value = attr[3] ?? attr[4] ?? '';
        if (el.attributes.has(key)) return fail(`attribute "${key}" twice in <${name}>`);
        if (badAmpersand(value)) return fail(`"&" must start an entity in attribute "${key}"`);
        el.attributes.set(key, value);
        i += attr[0].length;
      }
      if (stack.length > 0) stack[stack.length - 1]!.children.push(el);
      else if (root) return fail('more than one root element');
      else root = el;
      if (!selfClosing) stack.push(el);
    }
  }
  if (stack.length > 0) return fail(`<${stack[stack.length - 1]!.name}> is never closed`, source.length);
  if (!root) return { error: 'no root element' };
  return { root };
}

const FORBIDDEN_ELEMENTS = new Set([
  'script',
  'foreignObject',
  'image',
  'animate',
  'animateMotion',
  'animateTransform',
  'set',
  'iframe',
  'style',
]);

function* walk(el: XmlElement): Generator<XmlElement> {
  yield el;
  for (const child of el.children) yield* walk(child);
}

/** Problems with one illustration's SVG source; empty when it is fine. */
export function checkSvg(source: string): string[] {
  const parsed = parseXml(source);
  if ('error' in parsed) return [`not well-formed: ${parsed.error}`];
  const { root } = parsed;
  const problems: string[] = [];
  if (root.name !== 'svg') problems.push(`root element is <${root.name}>, not <svg>`);
  if (root.attributes.get('xmlns') !== 'http://www.w3.org/2000/svg') {
    problems.push('<svg> needs xmlns="http://www.w3.org/2000/svg"');
  }
  if (root.attributes.get('viewBox') !== VIEW_BOX) problems.push(`<svg> needs viewBox="${VIEW_BOX}"`);
  const title = root.children.find((c) => c.name === 'title');
  if (!title || title.text.trim() === '') problems.push('needs a non-empty <title> as a child of <svg>');
  for (const el of walk(root)) {
    if (FORBIDDEN_ELEMENTS.has(el.name))
      problems.push(`<${el.name}> is not allowed (static, self-contained SVG only)`);
    for (const [key, value] of el.attributes) {
      if (/^on/i.test(key)) problems.push(`event handler ${key} on <${el.name}> is not allowed`);
      if (/href$/i.test(key) && !value.startsWith('#')) {
        problems.push(`<${el.name}> ${key}="${value}" points outside the file`);
      }
      if (/url\(\s*['"]?(?!#)/i.test(value)) problems.push(`<${el.name}> ${key} refers to an outside url()`);
    }
  }
  return problems;
}

const commandsOf = (d: string) => (d.match(/[A-Za-z]/g) ?? []).join('');

/**
 * Problems with one motion file: at least 2 frames, each with the same parts,
 * each part's path with the same commands in every frame (so it can blend),
 * only path data and colours — nothing that runs.
 */
export function checkMotion(data: unknown, poses: number): string[] {
  const problems: string[] = [];
  const m = data as { periodMs?: unknown; transform?: unknown; frames?: unknown };
  if (typeof m !== 'object' || m === null) return ['must be an object with "periodMs" and "frames"'];
  const extra = Object.keys(m).filter((k) => !['periodMs', 'transform', 'frames'].includes(k));
  if (extra.length > 0) problems.push(`unknown field "${extra.join('", "')}"`);
  if (typeof m.periodMs !== 'number' || m.periodMs < 500 || m.periodMs > 20_000) {
    problems.push('periodMs: must be 500–20000 ms (nothing faster than 2 a second)');
  }
  if (m.transform !== undefined && (typeof m.transform !== 'string' || !/^[\w\s().,-]*$/.test(m.transform))) {
    problems.push('transform: must be an SVG transform');
  }
  if (!Array.isArray(m.frames) || m.frames.length < 2)
    return [...problems, 'frames: must list at least 2 frames'];
  const frames = m.frames as unknown[];
  if (frames.length < poses) problems.push(`frames: has ${frames.length} frames for ${poses} poses`);
  const first = frames[0];
  if (!Array.isArray(first) || first.length === 0) return [...problems, 'frames[0]: must list parts'];
  frames.forEach((frame, f) => {
    if (!Array.isArray(frame) || frame.length !== first.length) {
      problems.push(`frames[${f}]: must have the ${first.length} parts of frames[0]`);
      return;
    }
    frame.forEach((part: unknown, k) => {
      const p = part as { d?: unknown; stroke?: unknown; fill?: unknown; width?: unknown };
      const field = `frames[${f}][${k}]`;
      if (typeof p?.d !== 'string' || !/^[MLQAZHVC\d\s.,-]+$/.test(p.d)) {
        problems.push(`${field}.d: must be path data`);
        return;
      }
      for (const key of ['stroke', 'fill'] as const) {
        if (p[key] !== undefined && (typeof p[key] !== 'string' || !/^#[0-9a-f]{6}$/i.test(p[key]))) {
          problems.push(`${field}.${key}: must be a colour like "#1f2a2e"`);
        }
      }
      const d0 = (first[k] as { d?: unknown })?.d;
      if (typeof d0 === 'string' && commandsOf(d0) !== commandsOf(p.d)) {
        problems.push(`${field}.d: has other path commands than frames[0][${k}], so it cannot blend`);
      }
    });
  });
  return problems;
}

function readJson(file: string, problems: string[]): unknown {
  const rel = path.relative(ROOT, file);
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (e) {
    problems.push(`${rel}: ${e instanceof Error ? e.message : String(e)}`);
    return undefined;
  }
}

export interface CheckResult {
  problems: string[];
  routines: number;
  exercises: number;
  illustrations: number;
}

/** Checks the catalog files under `root` (the repository by default). */
export function checkCatalogFiles(root = ROOT): CheckResult {
  const problems: string[] = [];
  const routinesDir = path.join(root, 'resources/routines');
  const illustrationsDir = path.join(root, 'resources/illustrations');
  const exercises = readJson(path.join(routinesDir, 'exercises.json'), problems);
  const routines = readJson(path.join(routinesDir, 'routines.json'), problems);
  const safety = readJson(path.join(routinesDir, 'safety.json'), problems);
  if (problems.length > 0) return { problems, routines: 0, exercises: 0, illustrations: 0 };

  problems.push(...validateCatalog({ exercises, routines }), ...validateSafety(safety));

  const used = new Set<string>();
  (Array.isArray(exercises) ? exercises : []).forEach((exercise: unknown, index) => {
    const e = (exercise ?? {}) as { id?: unknown; illustration?: { poses?: unknown } };
    const label = typeof e.id === 'string' ? `exercise "${e.id}"` : `exercises[${index}]`;
    const poses = e.illustration?.poses;
    if (!Array.isArray(poses)) return; // reported by validateCatalog
    poses.forEach((pose: unknown, p) => {
      if (typeof pose !== 'string' || !/^[\w.-]+\.svg$/.test(pose)) return;
      used.add(pose);
      const file = path.join(illustrationsDir, pose);
      const field = `${label}: illustration.poses[${p}]`;
      if (!fs.existsSync(file)) {
        problems.push(`${field}: resources/illustrations/${pose} does not exist`);
        return;
      }
      for (const problem of checkSvg(fs.readFileSync(file, 'utf8'))) {
        problems.push(`${field}: ${pose}: ${problem}`);
      }
    });
  });

  const motionDir = path.join(illustrationsDir, 'motion');
  const moving = new Set<string>();
  (Array.isArray(exercises) ? exercises : []).forEach((exercise: unknown) => {
    const e = (exercise ?? {}) as { id?: unknown; illustration?: { motion?: unknown; poses?: unknown } };
    if (typeof e.id !== 'string' || e.illustration?.motion === undefined) return;
    moving.add(e.id);
    const file = path.join(motionDir, `${e.id}.json`);
    const field = `exercise "${e.id}": illustration.motion`;
    if (!fs.existsSync(file)) {
      problems.push(`${field}: resources/illustrations/motion/${e.id}.json does not exist`);
      return;
    }
    const data = readJson(file, problems);
    const poses = Array.isArray(e.illustration.poses) ? e.illustration.poses.length : 0;
    for (const problem of checkMotion(data, poses))
      problems.push(`${field}: motion/${e.id}.json: ${problem}`);
  });
  if (fs.existsSync(motionDir)) {
    for (const f of fs.readdirSync(motionDir).sort()) {
      if (!f.endsWith('.json') || !moving.has(f.slice(0, -5))) {
        problems.push(`resources/illustrations/motion/${f}: no exercise with motion uses it`);
      }
    }
  }

  const files = fs.existsSync(illustrationsDir)
    ? fs.readdirSync(illustrationsDir).filter((f) => f.endsWith('.svg'))
    : [];
  for (const f of files.sort()) {
    if (!used.has(f)) problems.push(`resources/illustrations/${f}: not used by any exercise`);
  }
  return {
    problems,
    routines: Array.isArray(routines) ? routines.length : 0,
    exercises: Array.isArray(exercises) ? exercises.length : 0,
    illustrations: used.size,
  };
}

function main(): number {
  const result = checkCatalogFiles();
  if (result.problems.length > 0) {
    for (const p of result.problems) console.error(p);
    console.error(`catalog: ${result.problems.length} problem${result.problems.length > 1 ? 's' : ''}`);
    return 1;
  }
  console.log(`catalog: ${result.routines} routines, ${result.exercises} exercises OK`);
  return 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  process.exitCode = main();
}
