// Trunk post-build hook (Trunk.toml): minifies what a visitor downloads for
// the script embed, which Trunk copies as is (its own minifier does not touch
// the wasm-bindgen glue or copied files). Release builds only; `make serve`
// keeps readable files. esbuild comes from npm (package.json), like wasm-opt.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { transformSync } from 'esbuild';

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) throw new Error('TRUNK_STAGING_DIR is not set: run through Trunk');
if (process.env.TRUNK_PROFILE !== 'release') process.exit(0);

const esbuild = (options) => (source) =>
  transformSync(source, { ...options, minify: true, legalComments: 'none', target: 'es2022' }).code;
const files = [
  // ES modules only: their top-level names are private, so renaming is safe.
  ['estimator.js', esbuild({ loader: 'js', format: 'esm' })],
  ['treatment-estimator.js', esbuild({ loader: 'js', format: 'esm' })],
  ['estimator.css', esbuild({ loader: 'css' })],
  // Language files: the same messages without the indentation.
  ['estimator-es.json', (source) => JSON.stringify(JSON.parse(source))],
];
for (const [name, minify] of files) {
  const path = join(dir, name);
  const source = readFileSync(path, 'utf8');
  const code = minify(source);
  writeFileSync(path, code);
  console.log(`minified ${name}: ${source.length} → ${code.length} bytes`);
}
