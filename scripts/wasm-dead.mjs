// Empties functions of wasm-bindgen's and js-sys's that this module can
// never call, so wasm-opt removes them and what only they use. First the
// closure shims wasm-bindgen leaves behind. For every closure type a
// crate could hand to JavaScript (js-sys declares dozens: a typed
// array's `forEach`, `find`, a `Set`'s `forEach`…), wasm-bindgen's
// descriptor takes the address of an `invoke` shim, which puts the shim in
// the function table. The wasm-bindgen CLI reads the descriptors and
// removes them, and exports the shims of the closures this module does
// make (the glue calls them by those exports); the others stay in the
// table, referenced by nothing, and wasm-opt must keep them: 42 shims, 1.5
// KB of raw wasm (−298 bytes gzip). Each dead shim's body becomes
// `unreachable` (the table keeps its place), before wasm-opt runs. Used
// by scripts/minify.mjs on the wasm-bindgen output, whose function names
// it reads.
//
// A shim is live when an export is it or wraps it (wasm-bindgen names a
// wrapper after what it wraps: `… externref shim`); the function refuses a
// module without function names rather than guess.
//
// The same for js-sys's JSPI task waker (`futures::jspi::task_waker`, its
// four functions in a waker vtable): a JSPI task is spawned only inside a
// JSPI context, which the CLI's stub for `__wbindgen_jspi_in_context` says
// there never is in a module built without JSPI (its body is
// `i32.const 0`). Only when the stub is exactly that are they emptied
// (−84 bytes gzip).
//
// And js-sys's fallbacks for the global object: `js_sys::global()` reads
// `self` first, then `window`, `globalThis` and `global`, each the first
// time through a lazy static's `init`. Every supported browser's page
// (README: Chrome 106, Firefox 121, Safari 16.4) has `self` (the window),
// so the other three never run, as the glue's stand-ins for older
// browsers never did (scripts/minify.mjs); their imports go with them,
// and scripts/wasm-names.mjs drops the glue's functions for them. Only
// when the `self` one is there (−93 bytes gzip: wasm −52, glue −41).

import { leb, readName, toLeb } from './wasm-names.mjs';

const SHIM = /^wasm_bindgen\[[0-9a-f]+\]::convert::closures::(_::)+invoke::</;
const JSPI_WAKER = /^js_sys\[[0-9a-f]+\]::futures::jspi::task_waker::raw_\w+$/;
const JSPI_IN_CONTEXT = /^js_sys\[[0-9a-f]+\]::futures::jspi::__wbindgen_jspi_in_context::/;
const UNREACHABLE = [0x03, 0x00, 0x00, 0x0b]; // size 3: no locals, unreachable, end
const ZERO = '4,0,65,0,11'; // size 4: no locals, i32.const 0, end
const GLOBAL_FALLBACK = /^js_sys\[[0-9a-f]+\]::global::get_global_object::(WINDOW|GLOBAL_THIS|GLOBAL)::init$/;
const GLOBAL_SELF = /^js_sys\[[0-9a-f]+\]::global::get_global_object::SELF::init$/;

/** Returns the new wasm bytes and the number of functions emptied. */
export function emptyDeadFunctions(wasm) {
  const bytes = new Uint8Array(wasm);
  const sections = [];
  for (let at = 8; at < bytes.length; ) {
    const [size, start] = leb(bytes, at + 1);
    sections.push({ id: bytes[at], at, start, end: start + size });
    at = start + size;
  }
  const find = (id, name) =>
    sections.filter((s) => s.id === id && (name === undefined || readName(bytes, s.start)[0] === name));

  // Function imports come first in the index space.
  let imported = 0;
  for (const s of find(2)) {
    let [count, p] = leb(bytes, s.start);
    for (; count > 0; count--) {
      [, p] = readName(bytes, p);
      [, p] = readName(bytes, p);
      const kind = bytes[p++];
      if (kind !== 0) throw new Error('wasm-dead: an import other than a function');
      [, p] = leb(bytes, p);
      imported++;
    }
  }
  const names = new Map();
  const [nameSection] = find(0, 'name');
  if (!nameSection) throw new Error('wasm-dead: the module has no function names');
  for (let p = readName(bytes, nameSection.start)[1]; p < nameSection.end; ) {
    const id = bytes[p];
    const [size, start] = leb(bytes, p + 1);
    if (id === 1) {
      let [count, q] = leb(bytes, start);
      for (; count > 0; count--) {
        let index, name;
        [index, q] = leb(bytes, q);
        [name, q] = readName(bytes, q);
        names.set(index, name);
      }
    }
    p = start + size;
  }
  const exported = [];
  for (const s of find(7)) {
    let [count, p] = leb(bytes, s.start);
    for (; count > 0; count--) {
      [, p] = readName(bytes, p);
      const kind = bytes[p++];
      let index;
      [index, p] = leb(bytes, p);
      if (kind === 0) exported.push(names.get(index) ?? '');
    }
  }
  const [code] = find(10);
  const bodies = [];
  {
    let [count, p] = leb(bytes, code.start);
    for (; count > 0; count--) {
      const [size, body] = leb(bytes, p);
      bodies.push(bytes.subarray(p, body + size));
      p = body + size;
    }
  }
  const noJspi = bodies.some(
    (body, i) => JSPI_IN_CONTEXT.test(names.get(imported + i) ?? '') && body.join() === ZERO,
  );
  const fromSelf = [...names.values()].some((name) => GLOBAL_SELF.test(name));
  const dead = (index) => {
    const name = names.get(index);
    if (name === undefined) return false;
    if (noJspi && JSPI_WAKER.test(name)) return true;
    if (fromSelf && GLOBAL_FALLBACK.test(name)) return true;
    return SHIM.test(name) && !exported.some((e) => e.startsWith(name));
  };

  let [count, p] = leb(bytes, code.start);
  const payload = toLeb(count);
  let dropped = 0;
  for (let i = 0; i < count; i++) {
    const [size, body] = leb(bytes, p);
    if (dead(imported + i)) {
      payload.push(...UNREACHABLE);
      dropped++;
    } else {
      for (let b = p; b < body + size; b++) payload.push(bytes[b]);
    }
    p = body + size;
  }
  if (p !== code.end) throw new Error('wasm-dead: the code section did not end where it said');
  const section = Uint8Array.from([10, ...toLeb(payload.length), ...payload]);
  const out = new Uint8Array(code.at + section.length + bytes.length - code.end);
  out.set(bytes.subarray(0, code.at));
  out.set(section, code.at);
  out.set(bytes.subarray(code.end), code.at + section.length);
  return { wasm: out, dropped };
}
