/** electron-builder's config, checked against electron-builder's own JSON schema. */
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import Ajv from 'ajv';
import { load as parseYaml } from 'js-yaml';
import { describe, expect, it } from 'vitest';

const require = createRequire(import.meta.url);
const schema = JSON.parse(fs.readFileSync(require.resolve('app-builder-lib/scheme.json'), 'utf8'));
const load = (file: string) => parseYaml(fs.readFileSync(file, 'utf8')) as Record<string, unknown>;
const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);
const describeErrors = () => (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`).join('\n');

describe.each(['electron-builder.yml', 'electron-builder.e2e.yml'])('%s', (file) => {
  const config = load(file);

  it("is valid against electron-builder's schema", () => {
    expect(validate(config), describeErrors()).toBe(true);
  });

  it('names only files that exist', () => {
    const named: string[] = [];
    const walk = (value: unknown, key = '') => {
      if (typeof value === 'string' && /^(icon|from|extends)$/.test(key)) named.push(value);
      else if (Array.isArray(value)) value.forEach((v) => walk(v, key));
      else if (value && typeof value === 'object') Object.entries(value).forEach(([k, v]) => walk(v, k));
    };
    walk(config);
    expect(named.length).toBeGreaterThan(0);
    for (const p of named) expect(fs.existsSync(path.resolve(p)), `${file} names ${p}`).toBe(true);
  });
});

describe('shipped build', () => {
  const config = load('electron-builder.yml');
  it('sets the security fuses', () => {
    expect(config.electronFuses).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      onlyLoadAppFromAsar: true,
      // The app serves its pages from app://; file:// needs none of its old extra privileges.
      grantFileProtocolExtraPrivileges: false,
    });
  });

  it('builds for Linux (AppImage, deb), macOS (dmg, menu bar only) and Windows (NSIS)', () => {
    expect(config.linux).toMatchObject({ target: ['AppImage', 'deb'] });
    expect(config.mac).toMatchObject({ target: ['dmg'], extendInfo: { LSUIElement: true } });
    expect(config.win).toMatchObject({ target: ['nsis'] });
  });

  it('ships a tray icon for every platform and state', () => {
    for (const state of ['active', 'paused', 'outside']) {
      for (const name of [
        `${state}.png`,
        `${state}.ico`,
        `${state}Template.png`,
        `${state}Template@2x.png`,
      ]) {
        expect(fs.existsSync(path.join('resources/tray', name)), name).toBe(true);
      }
    }
  });

  it('the e2e variant differs only by keeping the inspector fuse on', () => {
    expect(load('electron-builder.e2e.yml').electronFuses).toEqual({
      ...(config.electronFuses as object),
      enableNodeCliInspectArguments: true,
    });
  });
});
