// Puts the glue's import functions (the object the wasm's imports are read
// from, `m0: { __proto__: null, a() {…}, b() {…}, … }`) in an order gzip
// compresses better, as scripts/wasm-order.mjs does for the wasm's
// functions: tried moves of one function, or swaps of two, each kept when
// the glue then gzips smaller (level 9, as scripts/budget.mjs counts),
// from a fixed seed, so the same glue always gets the same order.
// WebAssembly reads each import by its name, so the order of the object's
// properties changes nothing it runs; `__proto__: null` stays first. A
// glue without exactly one such object of plain methods is refused.
import { gzipSync } from 'node:zlib';
import { minify } from 'terser';

const TRIES = 20000;

export async function orderImports(code) {
  const { ast } = await minify(code, {
    compress: false,
    mangle: false,
    module: true,
    ecma: 2022,
    format: { ast: true, code: false },
  });
  const found = [];
  ast.walk({
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
  if (props.some((p) => p.TYPE !== 'ConciseMethod' || typeof p.key?.name !== 'string' || p.computed_key?.()))
    throw new Error('glue-order.mjs: an import that is not a plain method');
  const names = props.map((p) => p.key.name);
  if (new Set(names).size !== names.length) throw new Error('glue-order.mjs: two imports share a name');
  const ranges = props.map((p) => [p.start.pos, p.end.pos + String(p.end.value).length]);
  const texts = ranges.map(([a, b]) => code.slice(a, b));
  const head = code.slice(0, ranges[0][0]);
  const tail = code.slice(ranges.at(-1)[1]);
  const glue = (order) => head + order.map((i) => texts[i]).join(',') + tail;
  let order = texts.map((_, i) => i);
  if (glue(order) !== code) throw new Error('glue-order.mjs: the imports are not one comma apart');
  let seed = 0x9e3779b9;
  const random = (n) => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return Math.floor((((t ^ (t >>> 14)) >>> 0) / 4294967296) * n);
  };
  const size = (o) => gzipSync(glue(o), { level: 9 }).length;
  const n = order.length;
  let best = size(order);
  for (let t = 0; t < TRIES; t++) {
    const o = order.slice();
    if (random(2)) {
      const [f] = o.splice(random(n), 1);
      o.splice(random(n), 0, f);
    } else {
      const [i, j] = [random(n), random(n)];
      [o[i], o[j]] = [o[j], o[i]];
    }
    const tried = size(o);
    if (tried < best) [best, order] = [tried, o];
  }
  return glue(order);
}
