// Puts the wasm's functions in an order gzip compresses better: each next
// to the ones most like it. gzip finds repeats only within its last 32 KB,
// and the linker's order (roughly the source's) leaves alike functions (a
// config reader's field readers, the drop and clone code of related types,
// the markup writers) far apart. Used by scripts/minify.mjs on wasm-opt's
// output: this names every function by its new place (a `name` section),
// and a second wasm-opt run (`--reorder-functions-by-name`) moves the
// functions and renumbers every call, table entry and export, dropping the
// names again. The order of functions in a module changes nothing a
// browser runs; the function table's slots stay as they are.
//
// The order is greedy first: from the first function, the next is the one
// left that shares the largest part of its 4-byte sequences with the last
// four placed (ties: the earlier one). −854 bytes gzip when added
// (verify70); how much varies by a hundred or two bytes with the code, as
// every greedy choice moves with it. Then `refine` tries 16,000 small
// changes to that order, keeping those after which the module deflates
// smaller: 8,000 saved 566 bytes gzip more (verify73), for about 70 s of
// build time, and the next 8,000 about 110 more (verify75), for as long
// again (fewer tries save less: 3,000 tries of moves to anywhere saved
// 291; on a module built with other constants, 8,000 saved 530).

import { deflateRawSync } from 'node:zlib';
import { leb, toLeb } from './wasm-names.mjs';

const LOOK_BACK = 4;
const TRIES = 16000;

/** Returns the wasm with a name section giving the functions' new order. */
export function nameInOrder(wasm) {
  const bytes = new Uint8Array(wasm);
  let imported = 0;
  const bodies = [];
  const entries = [];
  let codeStart = 0;
  let codeEnd = 0;
  for (let at = 8; at < bytes.length; ) {
    const id = bytes[at];
    const [size, start] = leb(bytes, at + 1);
    if (id === 0) throw new Error('wasm-order: the module has custom sections already');
    if (id === 2) {
      let [count, p] = leb(bytes, start);
      for (; count > 0; count--) {
        for (let name = 0; name < 2; name++) {
          const [length, q] = leb(bytes, p);
          p = q + length;
        }
        if (bytes[p++] !== 0) throw new Error('wasm-order: an import other than a function');
        [, p] = leb(bytes, p);
        imported++;
      }
    }
    if (id === 10) {
      [codeStart, codeEnd] = [at, start + size];
      let [count, p] = leb(bytes, start);
      for (; count > 0; count--) {
        const [length, body] = leb(bytes, p);
        bodies.push(bytes.subarray(body, body + length));
        entries.push(bytes.subarray(p, body + length));
        p = body + length;
      }
    }
    at = start + size;
  }

  // Each body's distinct 4-byte sequences, as numbers.
  const shingles = bodies.map((body) => {
    const set = new Set();
    for (let i = 0; i + 4 <= body.length; i++) {
      set.add(((body[i] << 24) | (body[i + 1] << 16) | (body[i + 2] << 8) | body[i + 3]) >>> 0);
    }
    return set;
  });
  const order = [0];
  const left = new Set(bodies.keys());
  left.delete(0);
  while (left.size > 0) {
    const recent = new Set();
    for (const f of order.slice(-LOOK_BACK)) for (const s of shingles[f]) recent.add(s);
    let best = -1;
    let bestScore = -1;
    for (const f of left) {
      let shared = 0;
      for (const s of shingles[f]) if (recent.has(s)) shared++;
      const score = shared / (shingles[f].size + 1);
      if (score > bestScore) [best, bestScore] = [f, score];
    }
    order.push(best);
    left.delete(best);
  }

  refine(order, entries, bytes.subarray(0, codeStart), bytes.subarray(codeEnd));

  // Names that sort into that order, imports first as they are.
  const rank = new Array(bodies.length);
  order.forEach((f, place) => (rank[f] = place));
  const utf8 = new TextEncoder();
  const names = [];
  const entry = (index, name) => names.push(...toLeb(index), ...toLeb(name.length), ...utf8.encode(name));
  const digits = String(imported + bodies.length).length;
  for (let f = 0; f < imported; f++) entry(f, `a${String(f).padStart(digits, '0')}`);
  for (let f = 0; f < bodies.length; f++) entry(imported + f, `b${String(rank[f]).padStart(digits, '0')}`);
  const functionNames = [...toLeb(imported + bodies.length), ...names];
  const payload = [4, ...utf8.encode('name'), 1, ...toLeb(functionNames.length), ...functionNames];
  const out = new Uint8Array(bytes.length + 1 + toLeb(payload.length).length + payload.length);
  out.set(bytes);
  out.set([0, ...toLeb(payload.length), ...payload], bytes.length);
  return out;
}

// Whole numbers below `n`, the same sequence at every build (mulberry32
// from a fixed seed): the searches here and in scripts/glue-order.mjs give
// the same file the same order.
export function seeded() {
  let seed = 0x9e3779b9;
  return (n) => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return Math.floor((((t ^ (t >>> 14)) >>> 0) / 4294967296) * n);
  };
}

// Then tries to do better than the greedy order, measuring what gzip
// does: a function moved to another place, a run of up to 20 moved (half
// of the moves go at most 30 places: 80 bytes more saved than moves to
// anywhere alone), or two
// functions swapped, each kept only when the module then deflates smaller
// (zlib level 9, as scripts/budget.mjs counts; the calls' indices are not
// renumbered for this, so the measure is close, not exact). The tries come
// from a fixed seed: the same module always gets the same order. Each try
// deflates the whole module (about 9 ms).
function refine(order, entries, prefix, suffix) {
  const random = seeded();
  const size = (o) =>
    deflateRawSync(Buffer.concat([prefix, ...o.map((f) => entries[f]), suffix]), { level: 9 }).length;
  const n = order.length;
  if (n < 3) return;
  let best = size(order);
  for (let t = 0; t < TRIES; t++) {
    // The first function stays first, as the greedy order starts from it.
    const o = order.slice();
    const kind = random(10);
    const i = 1 + random(n - 1);
    // Half the moves go anywhere, half at most 30 places away.
    const near = random(2) === 0;
    const to = (length) => (near ? Math.min(length, Math.max(1, i + random(61) - 30)) : 1 + random(length));
    if (kind < 5) {
      const [f] = o.splice(i, 1);
      o.splice(to(n - 1), 0, f);
    } else if (kind < 8) {
      const run = o.splice(i, 1 + random(20));
      o.splice(to(o.length), 0, ...run);
    } else {
      const j = 1 + random(n - 1);
      [o[i], o[j]] = [o[j], o[i]];
    }
    const tried = size(o);
    if (tried < best) {
      best = tried;
      order.splice(0, n, ...o);
    }
  }
}
