#!/usr/bin/env node
// `npm test`: every test layer that exists, in order, then one summary line.
// Exits non-zero if any step fails. The e2e layer reports itself as NOT RUN
// where the Electron binary is missing; it is never counted as passed.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';

const steps = [
  { name: 'typecheck', cmd: ['npm', 'run', '-s', 'typecheck'] },
  { name: 'lint', cmd: ['npm', 'run', '-s', 'lint'] },
  { name: 'build', cmd: ['npm', 'run', '-s', 'build'] },
  {
    name: 'unit (core, main, renderer)',
    cmd: [
      'npx',
      'vitest',
      'run',
      '--reporter=default',
      '--reporter=json',
      '--outputFile.json=test-results/vitest.json',
    ],
    report: () => {
      const r = JSON.parse(fs.readFileSync('test-results/vitest.json', 'utf8'));
      return {
        passed: r.numPassedTests,
        failed: r.numFailedTests,
        skipped: r.numPendingTests + r.numTodoTests,
      };
    },
  },
  {
    name: 'browser + desktop harness (Chromium)',
    cmd: ['npx', 'playwright', 'test'],
    report: () => {
      const r = JSON.parse(fs.readFileSync('test-results/playwright.json', 'utf8'));
      return {
        passed: r.stats.expected + r.stats.flaky,
        failed: r.stats.unexpected,
        skipped: r.stats.skipped,
      };
    },
  },
  { name: 'e2e (real Electron)', cmd: ['node', 'scripts/run-e2e.mjs'] },
];

fs.mkdirSync('test-results', { recursive: true });
const totals = { passed: 0, failed: 0, skipped: 0 };
const failedSteps = [];
for (const step of steps) {
  console.log(`\n=== ${step.name} ===`);
  const result = spawnSync(step.cmd[0], step.cmd.slice(1), { stdio: 'inherit' });
  if (step.report) {
    try {
      const counts = step.report();
      for (const k of Object.keys(totals)) totals[k] += counts[k] ?? 0;
    } catch (error) {
      console.error(`could not read the ${step.name} report: ${error.message}`);
      totals.failed += 1;
    }
  }
  if (result.status !== 0) {
    failedSteps.push(step.name);
    if (!step.report) totals.failed += 1;
  }
}

console.log('\n=== summary ===');
if (failedSteps.length) console.log(`failed steps: ${failedSteps.join(', ')}`);
console.log(
  `${totals.passed} passed, ${totals.failed} failed${totals.skipped ? `, ${totals.skipped} skipped` : ''}`,
);
process.exit(failedSteps.length ? 1 : 0);
