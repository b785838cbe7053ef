/** Checks the built app under out/ (npm test builds before running this). */
import fs from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';
import { describe, expect, it } from 'vitest';
import { INVOKE_CHANNELS } from '../../electron/shared/ipc-channels';

const out = path.resolve('out');
const read = (p: string) => {
  const file = path.join(out, p);
  if (!fs.existsSync(file)) throw new Error(`${file} is missing: run \`npm run build\` first`);
  return fs.readFileSync(file, 'utf8');
};

describe('built preload', () => {
  it('is one CommonJS file that requires only electron', () => {
    const code = read('preload/index.cjs');
    expect(code).not.toMatch(/^\s*(import|export)\s/m);
    const required: string[] = [];
    const exposed: Record<string, unknown> = {};
    const fakeElectron = {
      contextBridge: { exposeInMainWorld: (key: string, api: unknown) => (exposed[key] = api) },
      ipcRenderer: { invoke: () => Promise.resolve(), on: () => {}, removeListener: () => {} },
    };
    vm.runInNewContext(code, {
      require: (id: string) => {
        required.push(id);
        if (id !== 'electron') throw new Error(`preload requires ${id}`);
        return fakeElectron;
      },
      module: { exports: {} },
      exports: {},
    });
    expect([...new Set(required)]).toEqual(['electron']);
    expect(Object.keys(exposed)).toEqual(['unslouch']);
    expect(Object.keys(exposed.unslouch as object).sort()).toEqual(
      [...Object.keys(INVOKE_CHANNELS), 'on'].sort(),
    );
  });
});

describe.each(['index.html', 'prompt.html', 'routine.html'])('built renderer %s', (file) => {
  const html = read(`renderer/${file}`);
  const csp = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1] ?? '';
  const directives = Object.fromEntries(
    csp
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .map(([name, ...values]) => [name, values]),
  );

  it('has a strict CSP', () => {
    expect(directives['default-src']).toEqual(["'none'"]);
    expect(directives['script-src']).toEqual(["'self'"]);
    expect(csp).not.toMatch(/unsafe-eval|unsafe-inline|\*/);
    expect(directives['object-src']).toEqual(["'none'"]);
  });

  it('loads only scripts from its own origin, no inline script', () => {
    const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)];
    expect(scripts.length).toBeGreaterThan(0);
    for (const [, attrs, body] of scripts) {
      expect(attrs).toMatch(/src="\.\/assets\//);
      expect(body!.trim()).toBe('');
    }
  });

  it('carries its window’s static shell (prompt and routine) or an empty root', () => {
    const root = /<div id="root">([\s\S]*?)<\/div>\s*<\/body>/.exec(html)?.[1] ?? '';
    if (file === 'index.html') expect(root).toBe('');
    else expect(root).toContain(file === 'prompt.html' ? 'class="prompt shell"' : 'class="player shell"');
  });
});
