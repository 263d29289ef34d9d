// Payload report: every file in dist/ with its raw, gzip (level 9) and
// brotli (quality 11) size, and the totals. `--json` prints JSON instead.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';

const dist = process.argv.find((a) => !a.startsWith('-') && a !== process.argv[0] && a !== process.argv[1]) || 'dist';

function walk(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

export function sizes(path) {
  const data = readFileSync(path);
  return {
    raw: data.length,
    gzip: gzipSync(data, { level: 9 }).length,
    brotli: brotliCompressSync(data, {
      params: { [constants.BROTLI_PARAM_QUALITY]: 11 },
    }).length,
  };
}

const rows = walk(dist)
  .filter((p) => !p.includes('/.stage'))
  .sort()
  .map((p) => ({ file: relative(dist, p), ...sizes(p) }));
const total = rows.reduce(
  (t, r) => ({ raw: t.raw + r.raw, gzip: t.gzip + r.gzip, brotli: t.brotli + r.brotli }),
  { raw: 0, gzip: 0, brotli: 0 },
);

if (process.argv.includes('--json')) {
  console.log(JSON.stringify({ files: rows, total }, null, 2));
} else {
  const kb = (n) => (n / 1024).toFixed(1).padStart(8);
  console.log(`${'file'.padEnd(40)} ${'raw KB'.padStart(8)} ${'gzip KB'.padStart(8)} ${'br KB'.padStart(8)}`);
  for (const r of rows) console.log(`${r.file.padEnd(40)} ${kb(r.raw)} ${kb(r.gzip)} ${kb(r.brotli)}`);
  console.log(`${'total'.padEnd(40)} ${kb(total.raw)} ${kb(total.gzip)} ${kb(total.brotli)}`);
}
