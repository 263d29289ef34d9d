// Puts interchangeable pieces of the minified glue and loader in an order
// gzip compresses better, as scripts/wasm-order.mjs does for the wasm's
// functions: tried moves of one piece, or swaps of two, each kept when the
// file then gzips smaller (level 9, as scripts/budget.mjs counts), from a
// fixed seed, so the same file always gets the same order. The pieces are
// ones whose order nothing observes:
// - the glue's import functions (the object the wasm's imports are read
//   from, `m0: { __proto__: null, a() {…}, … }`): WebAssembly reads each
//   import by its name; `__proto__: null` stays first;
// - a module's top-level function declarations: each is made when the
//   module is, wherever it stands, so they trade places among their own;
// - the methods of the loader's element class: each is a property of its
//   prototype, found by name (`customElements` reads its callbacks so).
// A file without what is expected (exactly one import object of plain,
// uniquely named methods; methods with computed names) is refused.
import { gzipSync } from 'node:zlib';
import { minify } from 'terser';
import { seeded } from './wasm-order.mjs';

const TRIES = 20000;

const parse = async (code) =>
  (await minify(code, { compress: false, mangle: false, module: true, ecma: 2022, format: { ast: true, code: false } })).ast;
const range = (node) => [node.start.pos, node.end.pos + String(node.end.value).length];
const plain = (p) => p.TYPE === 'ConciseMethod' && typeof p.key?.name === 'string' && !p.computed_key();

// The best order found for the pieces at `ranges` (each piece trades places
// with the others; what lies between them stays).
function best(code, ranges) {
  const texts = ranges.map(([a, b]) => code.slice(a, b));
  const file = (order) => {
    let out = '';
    let last = 0;
    ranges.forEach(([a, b], k) => {
      out += code.slice(last, a) + texts[order[k]];
      last = b;
    });
    return out + code.slice(last);
  };
  let order = texts.map((_, i) => i);
  if (file(order) !== code) throw new Error('glue-order.mjs: pieces overlap');
  const random = seeded();
  const size = (o) => gzipSync(file(o), { level: 9 }).length;
  const n = order.length;
  let smallest = size(order);
  for (let t = 0; n > 1 && t < TRIES; t++) {
    const o = order.slice();
    if (random(2)) {
      const [f] = o.splice(random(n), 1);
      o.splice(random(n), 0, f);
    } else {
      const [i, j] = [random(n), random(n)];
      [o[i], o[j]] = [o[j], o[i]];
    }
    const tried = size(o);
    if (tried < smallest) [smallest, order] = [tried, o];
  }
  return file(order);
}

/** The glue: its import functions, then its top-level function declarations. */
export async function orderImports(code) {
  const found = [];
  (await parse(code)).walk({
    _visit(node, descend) {
      if (node.TYPE === 'Object') {
        for (const p of node.properties) if (p.key === 'm0' && p.value?.TYPE === 'Object') found.push(p.value);
      }
      if (descend) descend.call(node);
    },
  });
  if (found.length !== 1) throw new Error(`glue-order.mjs: ${found.length} import objects, 1 expected`);
  const [first, ...props] = found[0].properties;
  if (first.TYPE !== 'ObjectKeyVal' || first.key !== '__proto__') throw new Error('glue-order.mjs: the import object does not start with __proto__');
  if (!props.every(plain)) throw new Error('glue-order.mjs: an import that is not a plain method');
  const names = props.map((p) => p.key.name);
  if (new Set(names).size !== names.length) throw new Error('glue-order.mjs: two imports share a name');
  const ordered = best(code, props.map(range));
  return orderFunctions(ordered);
}

/** A module's top-level function declarations. */
export async function orderFunctions(code) {
  const functions = (await parse(code)).body.filter((s) => s.TYPE === 'Defun');
  return best(code, functions.map(range));
}

/** The methods of the module's one class (the loader's element). */
export async function orderMethods(code) {
  const classes = [];
  (await parse(code)).walk({
    _visit(node, descend) {
      if (node.TYPE === 'DefClass' || node.TYPE === 'ClassExpression') classes.push(node);
      if (descend) descend.call(node);
    },
  });
  if (classes.length !== 1) throw new Error(`glue-order.mjs: ${classes.length} classes, 1 expected`);
  const methods = classes[0].properties.filter((p) => p.TYPE === 'ConciseMethod' && !p.static);
  if (!methods.every(plain)) throw new Error('glue-order.mjs: a method with a computed name');
  return best(code, methods.map(range));
}
