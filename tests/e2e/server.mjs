// A tiny static server for the built site (dist/) on 127.0.0.1, used by the
// end-to-end tests and the benchmark. Pages under /examples/strict-csp* get
// the strict Content-Security-Policy header a careful host would send.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { createHash } from 'node:crypto';

const root = resolve(process.env.TE_DIST || 'dist');
const port = Number(process.env.TE_PORT || 4173);

export const STRICT_CSP =
  "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; require-trusted-types-for 'script'";

const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
};

const gzipped = new Map();
const compressible = /^(text\/|application\/(wasm|json)|image\/svg)/;

createServer(async (req, res) => {
  try {
    const url = new URL(req.url, 'http://127.0.0.1');
    let path = normalize(decodeURIComponent(url.pathname)).replace(/^(\.\.[/\\])+/, '');
    let file = join(root, path);
    if (!file.startsWith(root)) throw new Error('outside root');
    if ((await stat(file).catch(() => null))?.isDirectory()) file = join(file, 'index.html');
    const body = await readFile(file);
    const headers = {
      'content-type': types[extname(file)] || 'application/octet-stream',
      // The benchmark's warm loads use the HTTP cache; the tests never do.
      'cache-control': process.env.TE_CACHE ? 'max-age=3600' : 'no-cache',
    };
    if (/\/examples\/strict-csp[^/]*$/.test(url.pathname)) {
      headers['content-security-policy'] = STRICT_CSP;
    }
    // Compressed as any real host serves it (Lighthouse counts the bytes
    // sent); gzip, because the payload budget is stated in gzip bytes.
    let sent = body;
    if (/gzip/.test(req.headers['accept-encoding'] || '') && compressible.test(headers['content-type'])) {
      // Keyed by content, so a rebuilt file is never served stale.
      const key = `${file}:${createHash('sha1').update(body).digest('hex')}`;
      if (!gzipped.has(key)) gzipped.set(key, gzipSync(body, { level: 9 }));
      sent = gzipped.get(key);
      headers['content-encoding'] = 'gzip';
      headers.vary = 'accept-encoding';
    }
    res.writeHead(200, headers);
    res.end(sent);
  } catch {
    res.writeHead(404, { 'content-type': 'text/plain' });
    res.end('not found');
  }
}).listen(port, '127.0.0.1', () => {
  console.log(`serving ${root} on http://127.0.0.1:${port}`);
});
