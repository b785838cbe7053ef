/**
 * The shared state of one fake Electron: readiness, ids, the call log, the
 * commands the harness may send, the state it may read, and the line back to
 * the harness. Every API module (app.mjs, tray.mjs, …) receives it.
 */
import { EventEmitter } from 'node:events';
import v8 from 'node:v8';

/** Electron passes an Event with preventDefault() as the first listener argument. */
export class ElectronEvent {
  constructor(fields = {}) {
    this.defaultPrevented = false;
    Object.assign(this, fields);
  }
  preventDefault() {
    this.defaultPrevented = true;
  }
}

/** Structured clone over the wire (what Electron's IPC does): keeps undefined, Dates, Maps… */
export const encode = (value) => v8.serialize(value).toString('base64');
export const decode = (text) =>
  text === undefined || text === null ? undefined : v8.deserialize(Buffer.from(text, 'base64'));

/** A JSON-safe picture of any value, for the call log and snapshots. */
export function describe(value, depth = 0) {
  if (value === null || value === undefined) return value ?? null;
  const type = typeof value;
  if (type === 'string' || type === 'number' || type === 'boolean') return value;
  if (type === 'bigint') return `${value}n`;
  if (type === 'function') return '[Function]';
  if (type === 'symbol') return value.toString();
  if (typeof value.__describe === 'function') return value.__describe();
  if (depth > 6) return '[…]';
  if (Array.isArray(value)) return value.map((v) => describe(v, depth + 1));
  if (value instanceof Error) return { error: `${value.name}: ${value.message}` };
  if (Buffer.isBuffer(value)) return `[Buffer ${value.length}]`;
  if (value instanceof Date) return value.toISOString();
  if (value instanceof Promise) return '[Promise]';
  const out = {};
  for (const [key, v] of Object.entries(value)) out[key] = describe(v, depth + 1);
  return out;
}

export class HarnessContext extends EventEmitter {
  /**
   * @param {object} config
   * @param {string} config.appPath   the app's root (what `electron .` was given)
   * @param {Record<string, string>} config.paths  app.getPath() names → directories
   * @param {string} config.appName
   * @param {string} config.appVersion
   * @param {boolean} [config.lockHeld]  another instance holds the single-instance lock
   * @param {(name: string, data: unknown) => void} [config.notify]  line to the harness
   * @param {(code: number) => void} [config.exit]  ends the process
   */
  constructor(config) {
    super();
    this.config = config;
    this.ready = false;
    /** @type {{ seq: number, api: string, method: string, target: number | null, args: unknown[] }[]} */
    this.calls = [];
    /** Errors the main process did not catch (Electron shows them in a dialog and goes on). */
    this.errors = [];
    this.commands = new Map();
    this.snapshots = new Map();
    this.counters = new Map();
  }

  nextId(kind) {
    const next = (this.counters.get(kind) ?? 0) + 1;
    this.counters.set(kind, next);
    return next;
  }

  record(api, method, args, target = null) {
    this.calls.push({ seq: this.calls.length + 1, api, method, target, args: args.map((a) => describe(a)) });
  }

  /** Tells the harness (the test process) that something happened. */
  notify(name, data = {}) {
    this.config.notify?.(name, data);
  }

  /** Registers a command the harness can run: `await app.command('tray.click', {...})`. */
  command(name, fn) {
    if (this.commands.has(name)) throw new Error(`fake electron: command ${name} registered twice`);
    this.commands.set(name, fn);
  }

  /** Registers a part of the state the harness can read. */
  snapshot(name, fn) {
    this.snapshots.set(name, fn);
  }

  async run(name, params) {
    const fn = this.commands.get(name);
    if (!fn)
      throw new Error(
        `fake electron: unknown command "${name}" (known: ${[...this.commands.keys()].join(', ')})`,
      );
    return fn(params ?? {});
  }

  state() {
    return Object.fromEntries([...this.snapshots].map(([name, fn]) => [name, fn()]));
  }

  requireReady(message) {
    if (!this.ready) throw new Error(message);
  }

  exit(code) {
    if (this.config.exit) this.config.exit(code);
    else this.emit('exit', code);
  }
}

/**
 * Wraps the listed prototype methods so each call is recorded and, once the
 * object is destroyed, throws like Electron ("Object has been destroyed").
 */
export function instrument(ctx, Class, api, methods, { guardDestroyed = true } = {}) {
  for (const name of methods) {
    const original = Class.prototype[name];
    if (typeof original !== 'function') throw new Error(`fake electron: ${api}.${name} is not a method`);
    Class.prototype[name] = function (...args) {
      if (guardDestroyed && this._destroyed) throw new TypeError('Object has been destroyed');
      ctx.record(api, name, args, this.id ?? null);
      return original.apply(this, args);
    };
  }
}

/** A module-level object (app, dialog, shell…) whose listed functions are recorded. */
export function recorded(ctx, api, object) {
  for (const [name, value] of Object.entries(object)) {
    if (typeof value !== 'function') continue;
    object[name] = function (...args) {
      ctx.record(api, name, args);
      return value.apply(this, args);
    };
  }
  return object;
}

/** A module Electron creates lazily and refuses before `ready` (screen, globalShortcut). */
export function readyOnly(ctx, message, target) {
  return new Proxy(target, {
    get(object, property, receiver) {
      if (typeof property === 'string' && property !== 'then') ctx.requireReady(message);
      return Reflect.get(object, property, receiver);
    },
  });
}
