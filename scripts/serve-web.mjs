#!/usr/bin/env node
// Serves the built renderer (out/renderer) for the browser preview and the
// browser tests. Local only (127.0.0.1); no directory listings.
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

let root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../out/renderer');
const args = process.argv.slice(2);
let port = 4178;
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--port' && /^\d+$/.test(args[i + 1] ?? '')) port = Number(args[++i]);
  // Another copy of the built renderer (the benchmark adds its one-heading page to one).
  else if (args[i] === '--root' && args[i + 1]) root = path.resolve(args[++i]);
  else {
    console.error(`serve-web: unknown argument "${args[i]}". Usage: serve-web.mjs [--port N] [--root DIR]`);
    process.exit(2);
  }
}
if (!fs.existsSync(path.join(root, 'index.html'))) {
  console.error('serve-web: out/renderer/index.html is missing; run `npm run build` first.');
  process.exit(1);
}
const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json',
};
http
  .createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const file = path.resolve(
      root,
      '.' + decodeURIComponent(url.pathname === '/' ? '/index.html' : url.pathname),
    );
    if (!file.startsWith(root + path.sep)) {
      res.writeHead(404).end('Not found');
      return;
    }
    fs.readFile(file, (error, body) => {
      if (error) {
        res.writeHead(404).end('Not found');
        return;
      }
      res.writeHead(200, {
        'Content-Type': types[path.extname(file)] ?? 'application/octet-stream',
        'Cache-Control': 'no-store',
      });
      res.end(body);
    });
  })
  .listen(port, '127.0.0.1', () =>
    console.log(`Unslouch preview at http://127.0.0.1:${port}/index.html#/settings`),
  );
