/**
 * `npm run simulate -- <scenario.json>`: runs a break scenario (break-rules.md)
 * through the real engine and prints one JSON object per line. Exit 2 with a
 * one-line message for a missing file, bad JSON or an invalid scenario.
 */
import fs from 'node:fs';
import { catalogRoutineChoices, runScenario } from '../electron/core/engine';

function fail(message: string): never {
  process.stderr.write(`simulate: ${message}\n`);
  process.exit(2);
}

const args = process.argv.slice(2);
if (args.length !== 1 || args[0]!.startsWith('-')) {
  fail(
    args[0]?.startsWith('-')
      ? `unknown option "${args[0]}"; usage: npm run simulate -- <scenario.json>`
      : 'usage: npm run simulate -- <scenario.json>',
  );
}
const file = args[0]!;
let text: string;
try {
  text = fs.readFileSync(file, 'utf8');
} catch (error) {
  fail(`cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
}
let raw: unknown;
try {
  raw = JSON.parse(text);
} catch (error) {
  fail(`${file} is not valid JSON: ${(error as Error).message}`);
}
const result = runScenario(raw, catalogRoutineChoices());
if (!result.ok) fail(`${file}: ${result.error}`);
process.stdout.write(
  result.value.map((line) => JSON.stringify(line)).join('\n') + (result.value.length ? '\n' : ''),
);
