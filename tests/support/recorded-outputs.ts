/**
 * Recorded real outputs of the platform tools (tests/main/desktop/fixtures,
 * see its README.md): the probes' parser tests read them, and the desktop
 * harness's scripted tools answer with them.
 */
import fs from 'node:fs';
import path from 'node:path';

const DIR = path.join(import.meta.dirname, '..', 'main', 'desktop', 'fixtures');
export const fixture = (name: string): string => fs.readFileSync(path.join(DIR, name), 'utf8');
export const fixtureNames = (signal: string): string[] => fs.readdirSync(path.join(DIR, signal));
