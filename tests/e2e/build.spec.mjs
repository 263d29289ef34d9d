// The release build's post-build step that shortens the names the wasm and
// its glue share (scripts/wasm-names.mjs). The rest of the suite proves the
// shortened build works in a browser; these tests prove the step ran and
// that it refuses a glue it cannot account for.
import { readFileSync } from 'node:fs';
import { test, expect } from '@playwright/test';
import { shortenNames } from '../../scripts/wasm-names.mjs';
import { nameInOrder } from '../../scripts/wasm-order.mjs';
import { orderImports, orderMethods } from '../../scripts/glue-order.mjs';

// A module importing `./estimator_bg.js`'s __wbg_log_… and exporting
// run_h0123, which calls it.
const str = (s) => [s.length, ...new TextEncoder().encode(s)];
const section = (id, bytes) => [id, bytes.length, ...bytes];
const tinyModule = () =>
  Uint8Array.from([
    0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00,
    ...section(1, [1, 0x60, 0, 0]),
    ...section(2, [1, ...str('./estimator_bg.js'), ...str('__wbg_log_0123456789abcdef'), 0, 0]),
    ...section(3, [1, 0]),
    ...section(7, [1, ...str('run_h0123'), 0, 1]),
    ...section(10, [1, 4, 0, 0x10, 0, 0x0b]),
  ]);
const tinyGlue = `
  const imports = { "./estimator_bg.js": { __wbg_log_0123456789abcdef: function () { calls.push('log'); } } };
  const wasm = new WebAssembly.Instance(module, imports).exports;
  wasm.run_h0123();`;

test('shortened names still connect the glue to the wasm', () => {
  const { wasm, glue } = shortenNames(tinyModule(), tinyGlue);
  const module = new WebAssembly.Module(wasm);
  expect(WebAssembly.Module.imports(module)).toEqual([{ module: 'm0', name: 'a', kind: 'function' }]);
  expect(WebAssembly.Module.exports(module)).toEqual([{ name: 'a', kind: 'function' }]);
  expect(glue).not.toContain('__wbg_log');
  expect(glue).not.toContain('run_h0123');
  const calls = [];
  new Function('module', 'calls', glue)(module, calls);
  expect(calls).toEqual(['log']);
});

test('a glue that does not mention an import is refused, not half renamed', () => {
  const glue = tinyGlue.replace('__wbg_log_0123456789abcdef', 'somethingElse');
  expect(() => shortenNames(tinyModule(), glue)).toThrow(/does not mention import __wbg_log_0123456789abcdef/);
});

test('the release build ships short import and export names', () => {
  const module = new WebAssembly.Module(readFileSync('dist/estimator_bg.wasm'));
  const imports = WebAssembly.Module.imports(module);
  expect(imports.length).toBeGreaterThan(50);
  expect(imports.filter((i) => i.module !== 'm0' || i.name.length > 2)).toEqual([]);
  expect(WebAssembly.Module.exports(module).filter((e) => e.name.length > 2)).toEqual([]);
  expect(readFileSync('dist/estimator.js', 'utf8')).not.toMatch(/__wbg_\w+_[0-9a-f]{16}/);
});

// scripts/wasm-order.mjs: functions named by their new place, each beside
// the one most like it; imports first, in their own order.
test('functions are named in an order that puts alike ones together', () => {
  // Imports one function; defines three: the first and third alike, the
  // second not.
  const body = (...code) => [code.length + 1, 0, ...code];
  const alike = [0x41, 0x2a, 0x41, 0x2b, 0x6a, 0x1a, 0x41, 0x2c, 0x41, 0x2d, 0x6a, 0x1a, 0x0b];
  const other = [0x41, 0x05, 0x41, 0x06, 0x6b, 0x1a, 0x10, 0x00, 0x0b];
  const wasm = Uint8Array.from([
    0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00,
    ...section(1, [1, 0x60, 0, 0]),
    ...section(2, [1, ...str('m'), ...str('f'), 0, 0]),
    ...section(3, [3, 0, 0, 0]),
    ...section(10, [3, ...body(...alike), ...body(...other), ...body(...alike.slice(0, -1), 0x01, 0x0b)]),
  ]);
  const named = new WebAssembly.Module(nameInOrder(wasm));
  const [names] = WebAssembly.Module.customSections(named, 'name');
  const text = new TextDecoder().decode(names);
  expect(text.match(/[ab]\d+/g)).toEqual(['a0', 'b0', 'b2', 'b1']);
});

// The order is then bettered by tried moves, each kept when the module
// deflates smaller: from a fixed seed, so a build gives the same module
// the same order, and every function still gets a place of its own.
test('the bettered order is the same at every build, one place per function', () => {
  const body = (k) => {
    const code = [];
    for (let i = 0; i < 4 + (k % 7); i++) code.push(0x41, (k * 13 + i * (k % 3)) & 0x3f, 0x1a);
    return [code.length + 2, 0, ...code, 0x0b];
  };
  const uleb = (n) => (n < 128 ? [n] : [(n & 0x7f) | 0x80, ...uleb(n >> 7)]);
  const long = (id, bytes) => [id, ...uleb(bytes.length), ...bytes];
  const count = 40;
  const code = [count];
  for (let k = 0; k < count; k++) code.push(...body(k));
  const wasm = Uint8Array.from([
    0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00,
    ...section(1, [1, 0x60, 0, 0]),
    ...section(3, [count, ...new Array(count).fill(0)]),
    ...long(10, code),
  ]);
  const names = (bytes) => {
    const [section] = WebAssembly.Module.customSections(new WebAssembly.Module(bytes), 'name');
    return new TextDecoder().decode(section).match(/b\d+/g);
  };
  const first = names(nameInOrder(wasm));
  expect(names(nameInOrder(wasm))).toEqual(first);
  expect([...first].sort()).toEqual(Array.from({ length: count }, (_, k) => `b${String(k).padStart(2, '0')}`));
  expect(first[0]).toBe('b00');
});

// scripts/glue-order.mjs: the glue's import functions reordered, every
// one kept once, `__proto__: null` first, the same order at every build;
// a glue it cannot account for is refused.
test('the glue keeps every import function when they are reordered', async () => {
  const imports = Array.from({ length: 30 }, (_, k) => `f${k}(e){return e.x${k % 4}(${k % 3})}`);
  const glue = `function k(){return{__proto__:null,m0:{__proto__:null,${imports.join(',')}}}}export{k};`;
  const out = await orderImports(glue);
  expect(await orderImports(glue)).toBe(out);
  expect(out.startsWith('function k(){return{__proto__:null,m0:{__proto__:null,')).toBe(true);
  const body = out.slice(out.indexOf('m0:{__proto__:null,') + 19, out.lastIndexOf('}}}export'));
  expect(body.split(',').sort()).toEqual([...imports].sort());
  await expect(orderImports('export const a={__proto__:null,f(){}};')).rejects.toThrow(/0 import objects/);
  await expect(orderImports('function k(){return{m0:{__proto__:null,get f(){return 1}}}}')).rejects.toThrow(/not a plain method/);
});

// The same for the loader's element class: its methods trade places, the
// static field stays; a class with a computed method name is refused.
test('the loader keeps every method of its element when they are reordered', async () => {
  const methods = Array.from({ length: 12 }, (_, k) => `_${k}(){return this._${(k * 5) % 12}?.(${k % 3})}`);
  const loader = `class v extends HTMLElement{static observedAttributes=["a"];${methods.join('')}}customElements.define("x-v",v);`;
  const out = await orderMethods(loader);
  expect(await orderMethods(loader)).toBe(out);
  expect(out.startsWith('class v extends HTMLElement{static observedAttributes=["a"];')).toBe(true);
  expect(out.length).toBe(loader.length);
  for (const m of methods) expect(out).toContain(m);
  await expect(orderMethods('class v{[Symbol.iterator](){}a(){}}')).rejects.toThrow(/computed name/);
});

// Uploaded to a sub-folder, as the README suggests, a page whose links
// start at the site's root loses them (verify35 N6: "/demo.css").
test('the built pages link their files relative to themselves', async ({ page }) => {
  for (const file of ['index.html', 'embed.html']) {
    const html = readFileSync(`dist/${file}`, 'utf8');
    const links = [...html.matchAll(/\b(?:href|src)=["']?([^"' >]+)/g)].map((m) => m[1]);
    expect(links.length, file).toBeGreaterThan(2);
    expect(links.filter((l) => l.startsWith('/')), file).toEqual([]);
  }
  // And the demo's stylesheet applies.
  await page.goto('/index.html');
  await expect(page.locator('body')).toHaveCSS('background-color', 'rgb(246, 243, 239)');
});

// FNV-1a (32-bit), as src/i18n/spanish.rs `key` computes it; checked here
// against the algorithm's published vectors, as the Rust test checks its own.
const fnv1a = (text) => {
  let h = 0x811c9dc5;
  for (const b of new TextEncoder().encode(text)) h = Math.imul(h ^ b, 0x01000193) >>> 0;
  return h;
};

test('the release build ships the Spanish file keyed by short keys, every message kept', () => {
  expect([fnv1a(''), fnv1a('a'), fnv1a('foobar')]).toEqual([0x811c9dc5, 0xe40c292c, 0xbf9cf968]);
  const source = JSON.parse(readFileSync('src/i18n/estimator-es.json', 'utf8'));
  const shipped = JSON.parse(readFileSync('dist/estimator-es.json', 'utf8'));
  expect(Object.keys(shipped).length).toBe(Object.keys(source).length);
  for (const [english, spanish] of Object.entries(source)) {
    expect(shipped[`#${fnv1a(english).toString(36)}`], english).toBe(spanish);
  }
});
