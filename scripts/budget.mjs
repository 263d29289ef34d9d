// The payload budget test: the gzip size of what a visitor downloads for the
// script embed (loader + glue JS + wasm + CSS) must stay under the ceiling.
// Byte counts are deterministic (gzip level 9), unlike times.
//
// The product target is 90 KB (issue "Benchmarks and budgets"); the build
// does not meet it yet, so the test holds the line at the measured size
// (plus a little room) to stop regressions while the work goes on.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const TARGET = 90 * 1024;
// 135 KB until the sixth session, whose fixes for a clinic developer's
// findings cost 2 KB (137 KB); 121 KB since the seventh, whose release
// build traps on a panic without std's panic machinery (−15.6 KB); 120 KB
// since the ninth, whose money formatting moved to JavaScript (−1.7 KB)
// and whose fixes for a clinic developer's test then cost 1.3 KB; 119 KB
// again after its last cut (ASCII-byte string search, −1.5 KB); 117 KB
// after the tenth's config reader and char-pattern cuts (−2.8 KB), 116 KB
// after its frame drawn once (−1.0 KB), 115 KB after the eleventh's struct
// component (−0.9 KB; its fixes then cost 0.3 KB), 116 KB since the
// twelfth's fixes from three real-browser passes (+1.1 KB, to 115.4 KB),
// 117 KB since the thirteenth's clinical-content fixes from an audit
// against the evidence (side effects, melasma, grades with no numbers:
// +1.4 KB, to 116.8 KB), 118 KB since the fourteenth's fixes from a
// real-browser pass (a "Yes" kept by "None of these apply", pregnancy
// "Not sure" waits, each "Not sure" named, the default prices' note kept,
// per-track results, scalp-only aftercare, the age rule outside the US:
// +0.7 KB, to 117.6 KB), 119 KB since the sixteenth's fixes (a vanity
// phone number dialled as spelt, stretch marks left out of a face plan:
// +0.2 KB, to 118.1 KB, with 80 bytes of room left at the start), 120 KB
// since the seventeenth's clinical fixes from a second audit against the
// evidence (keloid or raised scars stop the estimate, "Not sure" of a grade
// keeps the grades' notes, the FDA's named risks, sauna and breastfeeding
// wording: +0.2 KB, to 119.1 KB, with 86 bytes of room left at the start);
// 116 KB since the twenty-eighth's cuts (verify56: no `core::fmt`, wasm-opt
// inlining limits, loops for iterator chains: −5.0 KB, to 115.1 KB);
// 115 KB since the twenty-ninth's cuts (verify59: web bindings as lines of
// JavaScript, no `main`, terser: −1.6 KB; with that session's fixes, 114.5 KB);
// 115 KB again after the thirtieth's cuts (verify62: the glue's stand-ins
// for unsupported browsers, wasm-opt -O2 first, no copy of the config or
// of the plan facts: −1.2 KB), which paid for its fixes for a clinic
// developer's bad inputs and visitors' display settings (verify63, verify64:
// +1.2 KB); 114.5 KB since the thirty-first's release-hook cuts (verify67:
// unused closure shims and js-sys fallbacks emptied before wasm-opt, −0.5 KB);
// 113.5 KB since the thirty-second's (verify70: wasm-opt's `--dealign`, the
// functions in an order gzip compresses better, −1.1 KB, to 113.3 KB);
// 113.0 KB since the thirty-third's (verify73: the wasm's and the glue's
// function orders bettered by measure, −0.7 KB, to 112.8 KB), which paid
// for an accessibility fix that found it 4 bytes short (verify60 L2: an
// extra's name in another language marked `lang`, +187): 113.1 KB since;
// the thirty-fourth's layout fix (verify74 F1: a width of its own in a
// <dialog> or a flex row, where the widget was 50 px wide) and the plan's
// last month as a range (F2), +91, were paid for by a longer search of the
// wasm's function order (verify75, −134); 113.2 KB since its fixes for
// pages that put the widget in a scrolling modal or on a dark background
// (verify76 F1-F4: the estimate fits the box that scrolls it; "Loading…"
// in the page's colour and the widget's language; +113).
const CEILING = Math.floor(113.2 * 1024);
const files = ['treatment-estimator.js', 'estimator.js', 'estimator_bg.wasm', 'estimator.css'];
let total = 0;
for (const f of files) {
  const gz = gzipSync(readFileSync(`dist/${f}`), { level: 9 }).length;
  total += gz;
  console.log(`${f.padEnd(26)} ${(gz / 1024).toFixed(1).padStart(7)} KB gzip`);
}
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
console.log(`script embed total        ${kb(total).padStart(10)} (ceiling ${kb(CEILING)}, target ${kb(TARGET)}${total <= TARGET ? ': met' : ': not met yet'})`);
// Not in the budget: only Spanish-speaking visitors download it.
const spanish = gzipSync(readFileSync('dist/estimator-es.json'), { level: 9 }).length;
console.log(`(+ estimator-es.json ${kb(spanish)} gzip, for Spanish-speaking visitors only)`);
if (total > CEILING) {
  console.log('budget: 0 passed, 1 failed');
  process.exit(1);
}
console.log('budget: 1 passed, 0 failed');
