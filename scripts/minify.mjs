// Trunk post-build hook (Trunk.toml): optimises the wasm (functions it can
// never call, then wasm-opt) and minifies what a visitor downloads for
// the script embed and the iframe mode, which Trunk copies as is (its own
// minifier does not touch the wasm-bindgen glue or copied files). Release
// builds only; `make serve` keeps readable files. esbuild comes from npm (package.json), like wasm-opt.
import { readFileSync, writeFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { buildSync, transformSync } from 'esbuild';
import { minify as terser } from 'terser';
import { shortenNames } from './wasm-names.mjs';
import { emptyDeadFunctions } from './wasm-dead.mjs';
import { nameInOrder } from './wasm-order.mjs';
import { orderImports, orderMethods } from './glue-order.mjs';

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) throw new Error('TRUNK_STAGING_DIR is not set: run through Trunk');
if (process.env.TRUNK_PROFILE !== 'release') process.exit(0);

// wasm-opt (binaryen 132 from npm, package.json), run here rather than by
// Trunk (`data-wasm-opt="0"` in index.html), as the functions the wasm
// can never call must be emptied first (scripts/wasm-dead.mjs), while it
// still has wasm-bindgen's function names; wasm-opt drops the names.
// The flags, and what each saved (bench/CUTS.md): `-O2` first, as
// Trunk's `data-wasm-opt="2"` gave it, then all of these in one run.
// Features the supported browsers all have; `--low-memory-unused`: the
// wasm's data starts at 1 MiB, above the stack, so no address below 1,024
// is used and small constant offsets fold into loads and stores;
// `--monomorphize --ssa-nomerge` before two rounds of `--flatten
// --rereloop -Os -Os`; no `producers` or `target_features` sections
// (names and versions no browser reads); inlining limits: functions up to
// 4 bytes always (`-aimfs 4`), one with a single caller only up to 60
// (`-ocimfs 60`). Last, `--dealign`: every load and store gets alignment
// 1, so its alignment byte is always 0 (it was 0 to 3 by the access's
// width). The alignment is only a hint that "does not affect the
// semantics" (the WebAssembly spec, memory instructions); the browsers'
// engines do not use it on x86-64 or ARM64, where any access may be
// unaligned. As many bytes, fewer kinds of them: −315 bytes gzip.
const FEATURES = ['bulk-memory', 'nontrapping-float-to-int', 'sign-ext', 'mutable-globals', 'reference-types', 'multivalue']
  .map((feature) => `--enable-${feature}`);
const WASM_OPT = [
  '-O2',
  ...FEATURES,
  '--low-memory-unused',
  '--monomorphize', '--ssa-nomerge',
  '--flatten', '--rereloop', '-Os', '-Os',
  '--flatten', '--rereloop', '-Os', '-Os',
  '--strip-producers', '--strip-target-features',
  '-aimfs', '4', '-ocimfs', '60',
  '--dealign',
];
{
  const wasmPath = join(dir, 'estimator_bg.wasm');
  const { wasm, dropped } = emptyDeadFunctions(readFileSync(wasmPath));
  writeFileSync(wasmPath, wasm);
  const wasmOpt = fileURLToPath(new URL('../node_modules/.bin/wasm-opt', import.meta.url));
  // The version Trunk.toml pinned for Trunk's own run (scripts/setup.sh).
  const version = execFileSync(wasmOpt, ['--version'], { encoding: 'utf8' });
  if (!/\bversion 132\b/.test(version)) throw new Error(`minify.mjs: wasm-opt 132 expected, found ${version}`);
  execFileSync(wasmOpt, [wasmPath, ...WASM_OPT, '-o', wasmPath], { stdio: 'inherit' });
  // Then the functions in an order gzip compresses better, each beside
  // the ones most like it, then bettered by trying moves and measuring the
  // deflated module (scripts/wasm-order.mjs names them by their new
  // place; wasm-opt moves them and renumbers the calls). Written as the
  // last `-Os` wrote it (`--shrink-level 1`, `--optimize-level 2`), and
  // `--remove-unused-brs` takes back what reading and writing the module
  // again added (13 bytes gzip).
  writeFileSync(wasmPath, nameInOrder(readFileSync(wasmPath)));
  execFileSync(
    wasmOpt,
    [wasmPath, ...FEATURES, '--shrink-level', '1', '--optimize-level', '2', '--remove-unused-brs', '--reorder-functions-by-name', '-o', wasmPath],
    { stdio: 'inherit' },
  );
  console.log(`functions it can never call emptied: ${dropped}; wasm-opt: estimator_bg.wasm ${wasm.length} → ${readFileSync(wasmPath).length} bytes`);
}

// Then the names the wasm and its glue share (scripts/wasm-names.mjs), then
// the glue's own minification.
{
  const wasmPath = join(dir, 'estimator_bg.wasm');
  const gluePath = join(dir, 'estimator.js');
  const before = readFileSync(wasmPath);
  const { wasm, glue } = shortenNames(before, readFileSync(gluePath, 'utf8'));
  new WebAssembly.Module(wasm); // still a valid module
  writeFileSync(wasmPath, wasm);
  writeFileSync(gluePath, supportedOnly(loadOnlyFetched(glue)));
  console.log(`short import and export names: estimator_bg.wasm ${before.length} → ${wasm.length} bytes`);
}

// The glue's start-up as the loader calls it: `default({ module_or_path })`
// with the wasm's address as a string (web/treatment-estimator.js), which
// it fetches, so what it loads is always a `Response`. wasm-bindgen's
// other ways in (a bare argument, with its deprecation warning; no
// argument, for the file beside the glue; a `Request`, `URL`, `Module` or
// bytes) go, and the path the loader takes stays as written: the fetch,
// the status check, streaming instantiation and its fallback for a server
// that sends another MIME type. Each piece must be found exactly once, or
// the build stops (wasm-bindgen is pinned in Cargo.toml).
function loadOnlyFetched(glue) {
  const once = (text, from, to) => {
    const parts = text.split(from);
    if (parts.length !== 2) throw new Error(`minify.mjs: the glue's start-up changed, ${parts.length - 1} copies of: ${from}`);
    return parts.join(to);
  };
  let out = once(
    glue,
    `    if (module_or_path !== undefined) {
        if (Object.getPrototypeOf(module_or_path) === Object.prototype) {
            ({module_or_path} = module_or_path)
        } else {
            console.warn('using deprecated parameters for the initialization function; pass a single object instead')
        }
    }

    if (module_or_path === undefined) {
        module_or_path = new URL('estimator_bg.wasm', import.meta.url);
    }
`,
    `    ({module_or_path} = module_or_path);
`,
  );
  out = once(
    out,
    `    if (typeof module_or_path === 'string' || (typeof Request === 'function' && module_or_path instanceof Request) || (typeof URL === 'function' && module_or_path instanceof URL)) {
        module_or_path = fetch(module_or_path);
    }
`,
    `    module_or_path = fetch(module_or_path);
`,
  );
  out = once(out, `    if (typeof Response === 'function' && module instanceof Response) {\n`, `    {\n`);
  return once(
    out,
    `    } else {
        const instance = await WebAssembly.instantiate(module, imports);

        if (instance instanceof WebAssembly.Instance) {
            return { instance, module };
        } else {
            return instance;
        }
    }
`,
    `    }
`,
  );
}

// wasm-bindgen's fallbacks for browsers older than the widget supports
// (README: Chrome 106, Firefox 121, Safari 16.4), and what only a host
// calling the glue itself could use. Every supported browser has
// `FinalizationRegistry`, `TextEncoder.encodeInto` and
// `WebAssembly.instantiateStreaming`, so their tests and stand-ins go;
// `passStringToWasm0` is always given `realloc`, so its branch without it
// goes; the handle's `free()` and its `Symbol.dispose` alias go (the
// loader never frees a handle: it destroys it, and the registry frees it
// once collected). −168 bytes gzip. Each piece must be found exactly
// once, or the build stops.
function supportedOnly(glue) {
  const once = (text, from, to) => {
    const parts = text.split(from);
    if (parts.length !== 2) throw new Error(`minify.mjs: the glue changed, ${parts.length - 1} copies of: ${from}`);
    return parts.join(to);
  };
  let out = glue;
  for (let i = 0; i < 2; i++) {
    out = once(out.replace("(typeof FinalizationRegistry === 'undefined')", '(0)'), `(0)
    ? { register: () => {}, unregister: () => {} }
    : new FinalizationRegistry(`, 'new FinalizationRegistry(');
  }
  if (out.includes('FinalizationRegistry ===')) throw new Error('minify.mjs: a third FinalizationRegistry test in the glue');
  out = once(
    out,
    `    if (realloc === undefined) {
        const buf = cachedTextEncoder.encode(arg);
        const ptr = malloc(buf.length, 1) >>> 0;
        getUint8ArrayMemory0().subarray(ptr, ptr + buf.length).set(buf);
        WASM_VECTOR_LEN = buf.length;
        return ptr;
    }
`,
    '',
  );
  out = once(
    out,
    `if (!('encodeInto' in cachedTextEncoder)) {
    cachedTextEncoder.encodeInto = function (arg, view) {
        const buf = cachedTextEncoder.encode(arg);
        view.set(buf);
        return {
            read: arg.length,
            written: buf.length
        };
    };
}
`,
    '',
  );
  out = once(out, "        if (typeof WebAssembly.instantiateStreaming === 'function') {\n", '        {\n');
  out = once(out, 'if (Symbol.dispose) ElementHandle.prototype[Symbol.dispose] = ElementHandle.prototype.free;\n', '');
  // The free method and the helper only it calls (the export it calls
  // has a short name by now: matched by pattern, once).
  const free = /    __destroy_into_raw\(\) \{\n        const ptr = this\.__wbg_ptr;\n        this\.__wbg_ptr = 0;\n        ElementHandleFinalization\.unregister\(this\);\n        return ptr;\n    \}\n    free\(\) \{\n        const ptr = this\.__destroy_into_raw\(\);\n        wasm\.\w+\(ptr, 0\);\n    \}\n/g;
  if ((out.match(free) || []).length !== 1) throw new Error('minify.mjs: the handle\'s free() changed');
  out = out.replace(free, '');
  if (out.includes('__destroy_into_raw')) throw new Error('minify.mjs: __destroy_into_raw still used');
  return out;
}

const esbuild = (options) => (source) =>
  transformSync(source, { ...options, minify: true, legalComments: 'none', target: 'es2022' }).code;
// The glue imports the Rust code's JavaScript snippets (src/ui/markup.rs:
// web/markup.js) from snippets/: bundled into it, so a visitor makes no
// extra request for them (one more round trip before the wasm could run).
// Only what the loader uses is exported (`initSync`, which it does not,
// goes with its code: −63 bytes gzip); a `module.x` the loader reads and
// the list lacks stops the build.
const USED_EXPORTS = ['default', 'ElementHandle', 'installCatalog', 'wasmMemoryBytes'];
const bundle = () => {
  const loader = readFileSync(join(dir, 'treatment-estimator.js'), 'utf8');
  for (const [, name] of loader.matchAll(/\bmodule\.(\w+)/g)) {
    if (!USED_EXPORTS.includes(name)) throw new Error(`minify.mjs: the loader uses the glue's ${name}; add it to USED_EXPORTS`);
  }
  const result = buildSync({
    stdin: {
      contents: `export { ${USED_EXPORTS.join(', ')} } from './estimator.js';`,
      resolveDir: dir,
      sourcefile: 'entry.js',
    },
    bundle: true,
    format: 'esm',
    minify: true,
    legalComments: 'none',
    target: 'es2022',
    write: false,
  });
  rmSync(join(dir, 'snippets'), { recursive: true, force: true });
  return result.outputFiles[0].text;
};
const fnv1a = (text) => {
  let h = 0x811c9dc5;
  for (const b of new TextEncoder().encode(text)) h = Math.imul(h ^ b, 0x01000193) >>> 0;
  return h;
};
const shortKeys = (source) => {
  const short = {};
  for (const [english, translation] of Object.entries(JSON.parse(source))) {
    const key = `#${fnv1a(english).toString(36)}`;
    if (key in short) throw new Error(`estimator-es.json: two messages share key ${key}`);
    short[key] = translation;
  }
  return JSON.stringify(short);
};
// The loader's own style sheets, CSS texts given to `replaceSync`, which
// esbuild keeps as written in a script: minified as CSS first (−25 bytes
// gzip). A text may hold the other quotes (`[style*="display: none"]`);
// one with a `${…}` or a backslash in it would be refused, not guessed
// at, and so is a `replaceSync` call left unminified (the host's sheet
// was, from its first quoted selector on: −26 bytes gzip).
const sheets = (source) => {
  let found = 0;
  const out = source.replace(/replaceSync\((["'`])((?:(?!\1)[^\\])*)\1\)/g, (_, quote, css) => {
    if (css.includes('${')) throw new Error('treatment-estimator.js: a style sheet with a ${…} in it');
    found++;
    return `replaceSync(${JSON.stringify(esbuild({ loader: 'css' })(css).trim())})`;
  });
  if (found !== source.split('replaceSync(').length - 1) throw new Error('treatment-estimator.js: a style sheet the build cannot minify');
  return out;
};
// The two modules in the script embed's payload (the glue and the loader)
// then go through terser's compressor and name mangler too, which find
// more than esbuild's minifier alone: shorter expressions, fewer and
// shorter names (−166 bytes gzip). Property names stay as esbuild left
// them (terser renames none unless told), so the wasm's `_emit` and
// `_teCard` and every DOM property keep theirs; both files are ES
// modules, whose top-level names are private.
const compressed = (minify, compress = {}) => async (source) =>
  (await terser(minify(source), { module: true, ecma: 2022, compress, mangle: true, format: { comments: false } })).code;
const files = [
  // ES modules only: their top-level names are private, so renaming is safe.
  // In the glue, function expressions that read neither `this` nor
  // `arguments` become arrow functions and an object's function-valued
  // properties methods (terser's `unsafe_arrows`, `unsafe_methods`): its
  // ~100 imports, which the wasm calls as plain functions, and callbacks;
  // no code in it calls one with `new` or reads its `prototype` (the
  // `ElementHandle` class is left as it is). −47 bytes gzip.
  // Then its import functions in an order gzip compresses better
  // (scripts/glue-order.mjs: the wasm reads each by name; −79 bytes gzip),
  // and its top-level function declarations (−26).
  ['estimator.js', async (source) => orderImports(await compressed(bundle, { unsafe_arrows: true, unsafe_methods: true })(source))],
  // The element's own `_` properties get short names too, but for those
  // the wasm and its glue use (`_emit`, `_teCard`, `_warn`; `__` globals
  // are left alone). Short, and still `_` and one character: a framework
  // sets a prop as a property when the element has one of that name
  // (verify54 F8: React's `e="x"` overwrote a one-letter name, the
  // widget's handle).
  // Then the element class's methods in an order gzip compresses better
  // (scripts/glue-order.mjs; −33 bytes gzip).
  [
    'treatment-estimator.js',
    async (source) => orderMethods(await compressed((source) => {
      // One list for both: the cache named `_warn` too while esbuild kept it.
      const reserved = /^_(emit|teCard|warn)$/;
      const names = [...new Set(source.match(/\b_[a-zA-Z]\w*/g))].filter((n) => !reserved.test(n));
      const mangleCache = Object.fromEntries(names.map((n, i) => [n, `_${i.toString(36)}`]));
      return esbuild({ loader: 'js', format: 'esm', mangleProps: /^_[a-zA-Z]/, reserveProps: reserved, mangleCache })(
        sheets(source),
      );
    })(source)),
  ],
  ['estimator.css', esbuild({ loader: 'css' })],
  // The iframe mode's files: the frame page's module and styles, and the
  // host page's classic script (one arrow function: no global names).
  ['treatment-estimator-embed.js', esbuild({ loader: 'js', format: 'esm' })],
  ['embed.css', esbuild({ loader: 'css' })],
  ['treatment-estimator-frame.js', esbuild({ loader: 'js' })],
  // Language files: each English key becomes `#` + its 32-bit FNV-1a in
  // base 36, as src/i18n/spanish.rs computes it (the widget has the
  // English already; 11.2 → 7.9 KB gzip).
  ['estimator-es.json', shortKeys],
];
for (const [name, minify] of files) {
  const path = join(dir, name);
  const source = readFileSync(path, 'utf8');
  const code = await minify(source);
  writeFileSync(path, code);
  console.log(`minified ${name}: ${source.length} → ${code.length} bytes`);
}
