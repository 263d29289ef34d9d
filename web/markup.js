// Draws the widget's read-only markup (src/ui/markup.rs writes it: tags,
// double-quoted attributes, text with five escapes) with DOM calls, in one
// call from the WebAssembly per piece: no `innerHTML` (so hosts that
// enforce Trusted Types work), and one string crossing per piece.
const SVG = 'http://www.w3.org/2000/svg';
const ESCAPES = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" };
const unescape = (s) => (s.includes('&') ? s.replace(/&(amp|lt|gt|quot|#39);/g, (_, e) => ESCAPES[e]) : s);
const TOKEN = /<\/[^>]*>|<([\w-]+)([^>]*)>|[^<]+/g;
const ATTR = / ([\w:-]+)="([^"]*)"/g;
const attributes = (attrs) => new Map([...attrs.matchAll(ATTR)].map(([, k, v]) => [k, unescape(v)]));

// The markup as a tree, read once: elements `{ name, attrs, kids, src }`
// and texts `{ src }`, where `src` is the node's own markup.
function parse(markup) {
  const root = { kids: [] };
  const open = [root];
  for (const m of markup.matchAll(TOKEN)) {
    const [token, name, attrs] = m;
    const top = open[open.length - 1];
    if (name) {
      const node = { name, attrs, kids: [], start: m.index, src: '' };
      top.kids.push(node);
      open.push(node);
    } else if (token[0] === '<') {
      if (open.length > 1) {
        const node = open.pop();
        node.src = markup.slice(node.start, m.index + token.length);
      }
    } else top.kids.push({ src: token });
  }
  return root.kids;
}

function create(doc, parent, node) {
  if (node.name === undefined) return doc.createTextNode(unescape(node.src));
  const svg = node.name === 'svg' || parent.namespaceURI === SVG;
  const el = svg ? doc.createElementNS(SVG, node.name) : doc.createElement(node.name);
  for (const [, k, v] of node.attrs.matchAll(ATTR)) el.setAttribute(k, unescape(v));
  el.__ta = node.attrs;
  for (const kid of node.kids) {
    const child = create(doc, el, kid);
    child.__te = kid.src;
    el.append(child);
  }
  return el;
}

// Brings `parent`'s children to `kids`, changing only what differs: a node
// whose markup is unchanged is left alone (an opened `<details>` stays
// open), an element of the same kind in the same place keeps its identity
// and gets its attributes and children brought up to date (as a virtual
// DOM diff would), and only the rest is built.
function patch(doc, parent, kids) {
  let cursor = parent.firstChild;
  for (const kid of kids) {
    let node = cursor;
    const ours = node && node.__te !== undefined;
    if (ours && node.__te === kid.src) {
      cursor = node.nextSibling;
      continue;
    }
    if (ours && kid.name !== undefined && node.localName === kid.name) {
      if (node.__ta !== kid.attrs) {
        const now = attributes(kid.attrs);
        // Only attributes this markup set are removed: the visitor's
        // `open` on a `<details>` stays.
        for (const k of attributes(node.__ta).keys()) if (!now.has(k)) node.removeAttribute(k);
        for (const [k, v] of now) if (node.getAttribute(k) !== v) node.setAttribute(k, v);
        // A box the visitor has clicked no longer follows its `checked`
        // attribute: the property says what the widget's state does.
        if (node.localName === 'input') node.checked = now.has('checked');
        node.__ta = kid.attrs;
      }
      patch(doc, node, kid.kids);
      cursor = node.nextSibling;
    } else if (ours && kid.name === undefined && node.nodeType === 3) {
      const text = unescape(kid.src);
      if (node.data !== text) node.data = text;
      cursor = node.nextSibling;
    } else {
      node = create(doc, parent, kid);
      parent.insertBefore(node, cursor);
    }
    node.__te = kid.src;
  }
  while (cursor) {
    const next = cursor.nextSibling;
    cursor.remove();
    cursor = next;
  }
}

// Makes `parent`'s children what `markup` describes.
export function draw(parent, markup) {
  patch(parent.ownerDocument, parent, parse(markup));
}
