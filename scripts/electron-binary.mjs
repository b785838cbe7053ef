// Where the Electron binary is, or why it is not there.
import { createRequire } from 'node:module';
import fs from 'node:fs';

const require = createRequire(import.meta.url);

export function electronBinary() {
  try {
    const binary = require('electron');
    if (typeof binary === 'string' && fs.existsSync(binary)) return { ok: true, path: binary };
    return { ok: false, reason: `the electron package points at ${binary}, which does not exist` };
  } catch (error) {
    return { ok: false, reason: String(error.message ?? error).split('\n')[0] };
  }
}

export const HOW_TO_GET_ELECTRON =
  "Install it with a network that reaches Electron's release downloads: `rm -rf node_modules/electron && npm install` " +
  '(without ELECTRON_SKIP_BINARY_DOWNLOAD), or set ELECTRON_OVERRIDE_DIST_PATH to a folder holding an unpacked Electron.';
