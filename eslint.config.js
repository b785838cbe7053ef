// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import prettier from 'eslint-config-prettier';
import globals from 'globals';

// Bare module names (not relative paths) the layers may not import.
const SHELL_MODULES = '^(electron|electron-store|node-schedule|conf)(/.*)?$';
const NODE_BUILTINS =
  '^(node:.*|fs|path|os|url|child_process|events|util|crypto|process|stream|buffer|timers)(/.*)?$';
const REACT = '^(react|react-dom)(/.*)?$';

/** The layering rules (see README, Architecture). */
export const coreRestrictions = {
  patterns: [
    {
      regex: `${SHELL_MODULES}|${NODE_BUILTINS}|${REACT}`,
      message:
        'electron/core is pure TypeScript: no Electron, no Node built-ins, no scheduler, no React. Pass what it needs in through a port.',
    },
    {
      regex: '(^|/)(main|preload|renderer)/',
      message: 'electron/core must not depend on the shell or the UI.',
    },
  ],
};
export const rendererRestrictions = {
  patterns: [
    {
      regex: `${SHELL_MODULES}|${NODE_BUILTINS}`,
      message: 'The renderer runs sandboxed: reach the main process through renderer/src/bridge only.',
    },
    {
      regex: '/electron/(main|preload)/',
      message: 'The renderer must not import main-process or preload code.',
    },
  ],
};

export default tseslint.config(
  {
    ignores: [
      'out/**',
      'dist/**',
      'node_modules/**',
      'test-results/**',
      'playwright-report/**',
      'tests/fixtures/lint/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
    },
  },
  { files: ['electron/core/**/*.ts'], rules: { 'no-restricted-imports': ['error', coreRestrictions] } },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': ['error', rendererRestrictions],
    },
  },
  prettier,
);
