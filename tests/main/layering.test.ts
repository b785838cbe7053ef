import { describe, expect, it } from 'vitest';
import { ESLint } from 'eslint';

const eslint = new ESLint({ cwd: process.cwd() });
const restricted = async (filePath: string, code: string) => {
  const [result] = await eslint.lintText(code, { filePath });
  return result!.messages.filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
};

describe('layering lint rule', { timeout: 30_000 }, () => {
  it.each([
    ["import { app } from 'electron';", /electron\/core is pure TypeScript/],
    ["import Store from 'electron-store';", /electron\/core is pure TypeScript/],
    ["import schedule from 'node-schedule';", /electron\/core is pure TypeScript/],
    ["import fs from 'node:fs';", /electron\/core is pure TypeScript/],
    ["import path from 'path';", /electron\/core is pure TypeScript/],
    ["import { useState } from 'react';", /electron\/core is pure TypeScript/],
    ["import { x } from '../main/windows';", /must not depend on the shell/],
  ])('rejects `%s` in electron/core', async (code, message) => {
    const messages = await restricted('electron/core/example.ts', `${code}\nexport const y = 1;\n`);
    expect(messages).toEqual([expect.stringMatching(message)]);
  });

  it('allows the core its own modules and zod', async () => {
    const messages = await restricted(
      'electron/core/example.ts',
      "import { z } from 'zod';\nimport { ok } from './util/result';\nexport const y = [z, ok];\n",
    );
    expect(messages).toEqual([]);
  });

  it.each([
    ["import { ipcRenderer } from 'electron';", /renderer runs sandboxed/],
    ["import { registerIpcHandlers } from '../../electron/main/ipc-router';", /must not import main-process/],
  ])('rejects `%s` in renderer/', async (code, message) => {
    const messages = await restricted('renderer/src/example.ts', `${code}\nexport const y = 1;\n`);
    expect(messages).toEqual([expect.stringMatching(message)]);
  });
});
