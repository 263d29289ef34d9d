// Draws the widget's read-only markup (src/ui/markup.rs writes it: tags,
// double-quoted attributes, text with five escapes) with DOM calls, in one
// call from the WebAssembly per piece: no `innerHTML` (so hosts that
// enforce Trusted Types work), and one string crossing per piece.
const SVG = 'http://www.w3.org/2000/svg';
const ESCAPES = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" };
const unescape = (s) => (s.includes('&') ? s.replace(/&(amp|lt|gt|quot|#39);/g, (_, e) => ESCAPES[e]) : s);

// Each ` name="value"` of a tag's attribute text, value unescaped. Here
// and in `parse`, markup is read with `indexOf`, not regular expressions,
// and only as deep as the drawing goes: a click draws about 15 KB of
// markup, and the garbage of reading all of it with `matchAll` (188 KB a
// click, by a heap profile; 59 KB now) brought a young-generation
// collection every tenth click, which put those clicks among the slowest
// twentieth the benchmark's p95 reads.
function eachAttribute(attrs, f) {
  for (let eq = attrs.indexOf('="'); eq >= 0; ) {
    const end = attrs.indexOf('"', eq + 2);
    f(attrs.slice(attrs.lastIndexOf(' ', eq) + 1, eq), unescape(attrs.slice(eq + 2, end)));
    eq = attrs.indexOf('="', end + 1);
  }
}
// One attribute's value, unescaped, or `undefined`. A value has no `"`
// (it is `&quot;`), so ` name="` only ever starts an attribute.
function valueIn(attrs, name) {
  const at = attrs.indexOf(` ${name}="`);
  if (at < 0) return undefined;
  const start = at + name.length + 3;
  return unescape(attrs.slice(start, attrs.indexOf('"', start)));
}

// The markup's top-level nodes: elements `{ name, attrs, src, open }` and
// texts `{ src }`, where `src` is the node's own markup and `open` the
// length of its opening tag. An element's children are read only when the
// drawing needs them (`kidsOf`): a piece's markup is mostly unchanged
// subtrees, compared whole by `src` and never taken apart. Every element
// has its closing tag (markup.rs writes `<input …></input>`), and `>`
// inside text or a value is always `&gt;`.
function parse(markup) {
  const nodes = [];
  for (let i = 0; i < markup.length; ) {
    if (markup.charCodeAt(i) !== 60 /* < */) {
      let next = markup.indexOf('<', i);
      if (next < 0) next = markup.length;
      nodes.push({ src: markup.slice(i, next) });
      i = next;
      continue;
    }
    const close = markup.indexOf('>', i) + 1;
    if (close === 0) break;
    // A closing tag with nothing open is skipped.
    if (markup.charCodeAt(i + 1) !== 47 /* / */) {
      let space = markup.indexOf(' ', i);
      if (space < 0 || space >= close) space = close - 1;
      // Its end: the closing tag that brings the depth back to none.
      let end = close;
      for (let depth = 1; depth > 0; ) {
        const lt = markup.indexOf('<', end);
        const gt = lt < 0 ? 0 : markup.indexOf('>', lt) + 1;
        if (gt === 0) {
          end = markup.length;
          break;
        }
        depth += markup.charCodeAt(lt + 1) === 47 ? -1 : 1;
        end = gt;
      }
      nodes.push({ name: markup.slice(i + 1, space), attrs: markup.slice(space, close - 1), src: markup.slice(i, end), open: close - i });
      i = end;
    } else i = close;
  }
  return nodes;
}

function kidsOf(node) {
  if (node.kids === undefined) node.kids = parse(node.src.slice(node.open, node.src.lastIndexOf('<')));
  return node.kids;
}

function create(doc, parent, node) {
  if (node.name === undefined) return doc.createTextNode(unescape(node.src));
  const svg = node.name === 'svg' || parent.namespaceURI === SVG;
  const el = svg ? doc.createElementNS(SVG, node.name) : doc.createElement(node.name);
  eachAttribute(node.attrs, (k, v) => el.setAttribute(k, v));
  for (const kid of kidsOf(node)) el.append(create(doc, el, kid));
  // A field the visitor needs at once (the link to copy by hand): focused
  // and selected when it appears, once it is in the page.
  if (el.hasAttribute('data-select')) queueMicrotask(() => (el.focus(), el.select()));
  // A live region that comes with its piece's first drawing says nothing,
  // so it takes its text at once; one that appears later (the count of
  // questions left, at the first concern) is news: empty, then its text
  // once it settles.
  if (el.hasAttribute('data-live')) {
    if (later) settle(el);
    else el.textContent = el.getAttribute('data-live');
  }
  return el;
}

// Whether the piece being drawn was drawn before (`draw`).
let later = false;

// A live region's text (`data-live`) is news a screen reader reads out on
// each change, so it changes only once the markup has kept the same text
// for QUIET ms: arrowing through a question's radio buttons picks each one
// on the way, and only the one the visitor stops on is news. 600 ms: more
// than the gap between deliberate presses (a few hundred ms) and than the
// 500 ms a held key waits before it repeats (Windows' and GNOME's
// default), and still heard right after the radio button's own name,
// which a polite message waits for anyway.
const QUIET = 600;
function settle(el) {
  clearTimeout(el.__quiet);
  el.__quiet = setTimeout(() => {
    const text = el.getAttribute('data-live');
    if (el.textContent !== text) el.textContent = text;
  }, QUIET);
}

// Brings `parent`'s children, drawn from the tree `before`, to `kids`,
// changing only what differs: a node whose markup is unchanged is left
// alone (an opened `<details>` stays open), an element of the same kind in
// the same place keeps its identity and gets its attributes and children
// brought up to date (as a virtual DOM diff would), and only the rest is
// built. The trees, not the nodes, hold the markup: each piece keeps only
// its last one (slices of one string), so nothing older stays in memory.
function patch(doc, parent, before, kids) {
  let cursor = parent.firstChild;
  let i = 0;
  for (const kid of kids) {
    const old = cursor && before[i];
    if (old && old.src === kid.src) {
      cursor = cursor.nextSibling;
      i++;
    } else if (old && kid.name !== undefined && old.name === kid.name) {
      if (old.attrs !== kid.attrs) {
        const live = valueIn(kid.attrs, 'data-live');
        // The same news in another language (the visitor switched) is not
        // news: a new region takes it, which is not read out. Unless the
        // old one had not told its news yet (a change less than QUIET ago):
        // the new one tells it, in the new language.
        if (live !== undefined && valueIn(old.attrs, 'lang') !== valueIn(kid.attrs, 'lang')) {
          const untold = valueIn(old.attrs, 'data-live') !== cursor.textContent;
          clearTimeout(cursor.__quiet);
          const fresh = create(doc, parent, kid);
          fresh.textContent = untold ? '' : live;
          cursor.replaceWith(fresh);
          cursor = fresh;
        }
        // A box is unchecked before it changes: a radio button renamed
        // while checked joins its new group checked and unchecks the
        // group's choice (verify32 F1: a grade question drawn over another
        // concern's showed none chosen). Its checkedness is then no longer
        // its attribute's, and is set from the markup below.
        if (kid.name === 'input') cursor.checked = false;
        // Only attributes this markup set are removed: the visitor's
        // `open` on a `<details>` stays.
        eachAttribute(old.attrs, (k) => kid.attrs.includes(` ${k}="`) || cursor.removeAttribute(k));
        eachAttribute(kid.attrs, (k, v) => cursor.getAttribute(k) === v || cursor.setAttribute(k, v));
        // A box the visitor has clicked no longer follows its `checked`
        // attribute: the property says what the widget's state does.
        if (kid.name === 'input') cursor.checked = kid.attrs.includes(' checked="');
        // The same for a select's chosen option.
        if (kid.name === 'option') cursor.selected = kid.attrs.includes(' selected="');
        if (live !== undefined) settle(cursor);
      }
      // A live region's text is `settle`'s.
      if (!cursor.hasAttribute('data-live')) patch(doc, cursor, kidsOf(old), kidsOf(kid));
      cursor = cursor.nextSibling;
      i++;
    } else if (old && kid.name === undefined && old.name === undefined) {
      const text = unescape(kid.src);
      if (cursor.data !== text) cursor.data = text;
      cursor = cursor.nextSibling;
      i++;
    } else parent.insertBefore(create(doc, parent, kid), cursor);
  }
  while (cursor) {
    const next = cursor.nextSibling;
    // Chromium keeps a radio button removed from a shadow root in that
    // root's radio group, and with it the subtree it left with (verify51
    // F1: each unticked concern kept its grade question, each restart a
    // whole widget). Renamed to nothing first, it leaves its group.
    cursor.querySelectorAll?.('input').forEach((i) => (i.name = ''));
    cursor.remove();
    cursor = next;
  }
}

// Makes `parent`'s children what `markup` describes.
export function draw(parent, markup) {
  const kids = parse(markup);
  later = parent.__te !== undefined;
  patch(parent.ownerDocument, parent, parent.__te || [], kids);
  parent.__te = kids;
}

// The widget's frame (src/ui/estimator.rs writes it): its root, layout and
// result panel around a `te-piece` wrapper per piece, drawn once. The root
// keeps the wrappers, in the pieces' order, for `drawPiece`.
export function frame(markup) {
  const holder = document.createElement('div');
  draw(holder, markup);
  const root = holder.firstChild;
  root.__pieces = root.querySelectorAll('.te-piece');
  return root;
}

export const drawPiece = (root, i, markup) => draw(root.__pieces[i], markup);

// The root's one handler of every control's `change` and `click`
// (src/ui/controls.rs reads which control sent it), or none (`on` false).
export function listen(root, run, on) {
  root.onchange = root.onclick = on ? run : null;
}
