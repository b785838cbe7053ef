/** Recorded real outputs of the platform tools (see fixtures/README.md). */
import fs from 'node:fs';
import path from 'node:path';

const DIR = path.join(import.meta.dirname, 'fixtures');
export const fixture = (name: string): string => fs.readFileSync(path.join(DIR, name), 'utf8');
export const fixtureNames = (signal: string): string[] => fs.readdirSync(path.join(DIR, signal));
