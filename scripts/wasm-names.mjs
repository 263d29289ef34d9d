// Short import and export names for the wasm and its glue, as Emscripten's
// `--minify-imports-and-exports` does. wasm-bindgen names each import after
// its Rust path plus a 16-digit hash (`__wbg_addEventListener_f2d27251…`),
// and both files carry every name: 131 imports cost 1.6 KB of gzipped glue
// and about as much of gzipped wasm, for names nobody reads. Used by
// scripts/minify.mjs on release builds, before the glue is minified.
//
// The glue is wasm-bindgen's own output, so the names are found where it
// puts them: import names as keys of the imports object (`name: function`),
// the import module as one quoted key, export names after `wasm.`. The
// function refuses to write anything it cannot account for: a name the glue
// does not mention, or one left behind.

export const leb = (bytes, at) => {
  let value = 0;
  let shift = 0;
  let byte;
  do {
    byte = bytes[at++];
    value += (byte & 0x7f) * 2 ** shift;
    shift += 7;
  } while (byte & 0x80);
  return [value, at];
};
export const toLeb = (value) => {
  const out = [];
  do {
    let byte = value & 0x7f;
    value = Math.floor(value / 128);
    if (value) byte |= 0x80;
    out.push(byte);
  } while (value);
  return out;
};
const utf8 = new TextEncoder();
const text = new TextDecoder();
const encodeName = (name) => [...toLeb(utf8.encode(name).length), ...utf8.encode(name)];
export const readName = (bytes, at) => {
  const [length, start] = leb(bytes, at);
  return [text.decode(bytes.subarray(start, start + length)), start + length];
};

// `a`…`z`, `A`…`Z`, then two characters and so on: valid JS property names
// that need no quotes.
function* shortNames() {
  const first = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
  const rest = `${first}0123456789_$`;
  for (const c of first) yield c;
  for (const c of first) for (const d of rest) yield c + d;
  throw new Error('more than 3,380 names');
}

// Skips an import's description (function, table, memory, global or tag).
function skipImportDesc(bytes, at) {
  const kind = bytes[at++];
  const limits = (p) => {
    const flags = bytes[p++];
    [, p] = leb(bytes, p);
    if (flags & 1) [, p] = leb(bytes, p);
    return p;
  };
  switch (kind) {
    case 0: return leb(bytes, at)[1];
    case 1: return limits(at + 1);
    case 2: return limits(at);
    case 3: return at + 2;
    case 4: return leb(bytes, at + 1)[1];
    default: throw new Error(`unknown import kind ${kind}`);
  }
}

const escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Renames the wasm's imports (module and names) and exports, and the glue's
 * references to them. Returns the new wasm bytes and glue text.
 */
export function shortenNames(wasm, glue) {
  const bytes = new Uint8Array(wasm);
  const parts = [bytes.subarray(0, 8)];
  const importNames = new Map();
  const exportNames = new Map();
  const modules = new Map();
  const names = shortNames();
  const exportShort = shortNames();
  let at = 8;
  while (at < bytes.length) {
    const id = bytes[at];
    const [size, start] = leb(bytes, at + 1);
    const end = start + size;
    if (id === 2 || id === 7) {
      const [count, first] = leb(bytes, start);
      let p = first;
      const payload = toLeb(count);
      for (let i = 0; i < count; i++) {
        if (id === 2) {
          let module;
          let name;
          [module, p] = readName(bytes, p);
          [name, p] = readName(bytes, p);
          if (!modules.has(module)) modules.set(module, `m${modules.size}`);
          if (!importNames.has(name)) importNames.set(name, names.next().value);
          const descEnd = skipImportDesc(bytes, p);
          payload.push(...encodeName(modules.get(module)), ...encodeName(importNames.get(name)), ...bytes.subarray(p, descEnd));
          p = descEnd;
        } else {
          let name;
          [name, p] = readName(bytes, p);
          const descEnd = leb(bytes, p + 1)[1];
          exportNames.set(name, exportShort.next().value);
          payload.push(...encodeName(exportNames.get(name)), ...bytes.subarray(p, descEnd));
          p = descEnd;
        }
      }
      if (p !== end) throw new Error(`section ${id}: ${end - p} bytes left over`);
      parts.push(Uint8Array.from([id, ...toLeb(payload.length), ...payload]));
    } else {
      parts.push(bytes.subarray(at, end));
    }
    at = end;
  }

  // The imports object's functions for imports the wasm no longer has
  // (wasm-opt removed them: scripts/wasm-dead.mjs emptied their only
  // callers) go. wasm-bindgen writes each as `        name: function(…) {`
  // up to its own `        },` line.
  let js = glue.replace(/^ {8}(__wb\w+): function\([^)]*\) \{\n[\s\S]*?\n {8}\},\n/gm, (entry, name) =>
    importNames.has(name) ? entry : '',
  );
  const replace = (pattern, to) => {
    let found = 0;
    js = js.replace(pattern, (...m) => {
      found++;
      return to(...m);
    });
    return found;
  };
  const expect = (found, what) => {
    if (!found) throw new Error(`the glue does not mention ${what}`);
  };
  for (const [module, short] of modules) {
    const quoted = new RegExp(`(["'])${escape(module)}\\1(\\s*:)`, 'g');
    expect(replace(quoted, (_, _q, colon) => `${short}${colon}`), `module ${module}`);
  }
  for (const [name, short] of importNames) {
    const key = new RegExp(`(?<![\\w$.])${escape(name)}(\\s*:)`, 'g');
    expect(replace(key, (_, colon) => `${short}${colon}`), `import ${name}`);
  }
  // Every export the glue calls; one it never calls needs no edit.
  for (const [name, short] of exportNames) {
    replace(new RegExp(`\\bwasm\\.${escape(name)}(?![\\w$])`, 'g'), () => `wasm.${short}`);
  }
  const left = [
    ...[...modules.keys()].map((m) => [m, new RegExp(`["']${escape(m)}["']`)]),
    ...[...importNames.keys()].map((n) => [n, new RegExp(`(?<![\\w$])${escape(n)}(?![\\w$])`)]),
    ...[...exportNames.keys()].map((n) => [`wasm.${n}`, new RegExp(`\\bwasm\\.${escape(n)}(?![\\w$])`)]),
  ].find(([, pattern]) => pattern.test(js));
  if (left) throw new Error(`the glue still mentions ${left[0]}`);
  const wasmOut = new Uint8Array(parts.reduce((n, part) => n + part.length, 0));
  parts.reduce((offset, part) => (wasmOut.set(part, offset), offset + part.length), 0);
  return { wasm: wasmOut, glue: js };
}
