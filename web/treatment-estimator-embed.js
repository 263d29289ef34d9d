// Inside the iframe (embed.html): copy settings from this page's URL onto the
// element, then tell the parent page our height and forward the widget's
// events, both by postMessage.
const el = document.querySelector('treatment-estimator');
const params = new URLSearchParams(location.search);
// This page's address is a link anyone can write (verify46 F1): a config
// inside it (`data:`) or on another site showed a stranger's phone, prices
// and booking link under the clinic's own address. So the config is a file
// on this site. Opened as a page of its own, not in a frame, the look and
// the money's currency and format are the config's and the widget's own:
// no link can hide "not right for you" in the background's colour or show
// dollars as yen.
const framed = window.parent !== window;
const said = (value) => JSON.stringify(value.slice(0, 80));
for (const name of ['config', 'lang', 'locale', 'currency', 'concerns', 'areas', 'theme', 'debug']) {
  const value = params.get(name);
  if (value === null) continue;
  if (name === 'config') {
    let url;
    try {
      url = new URL(value, location.href);
    } catch {}
    if (url?.origin !== location.origin || !/^https?:$/.test(url.protocol)) {
      // Handed to the widget as the config's one problem, a JSON string
      // "could not load …" as the loader hands on its own (read by
      // `ClinicConfig::salvage`): the console and the `debug` list say it
      // once (verify52 F6: the empty `config` after it was a second, wrong
      // line, "the attribute is empty").
      const refused = document.createElement('script');
      refused.type = 'application/json';
      refused.textContent = JSON.stringify(`could not load ${said(value)}: embed.html takes a config file from its own site (${location.origin}) only`);
      el.append(refused);
      continue;
    }
  }
  if (!framed && ['locale', 'currency', 'theme'].includes(name)) {
    console.warn(`treatment-estimator: ${name}=${said(value)} ignored: only a page that frames embed.html sets it`);
    continue;
  }
  el.setAttribute(name, value);
}
// embed.html's `config=""` stands until now; no `config` here is the default
// clinic, a refused one none (the contact card without any clinic's details).
if (!params.has('config')) el.removeAttribute('config');

// The parent's origin when the browser tells us (referrer), else any: the
// messages carry only heights, ids and numbers, never personal data.
let target = '*';
try {
  if (document.referrer) target = new URL(document.referrer).origin;
} catch {}

// "Copy link" opens the parent page: the frame script answers our hello
// with its address, long before the wasm has loaded. Only from the parent
// window, and only an address of the sender's own origin: no URL parameter
// or other page can point the links elsewhere.
addEventListener('message', (event) => {
  const data = event.data;
  if (event.source !== window.parent || window.parent === window) return;
  // Where the parent window's view of this frame starts: the estimate stays
  // in view there (its sticky `top`, styles/estimator.css).
  if (data?.type === 'treatment-estimator:view' && Number.isFinite(data.top)) {
    el.style.setProperty('--te-view-top', `${Math.min(Math.max(0, data.top), 1e6)}px`);
    return;
  }
  if (data?.type !== 'treatment-estimator:page') return;
  try {
    const same = el.getAttribute('share-url') === data.url;
    if (!same && new URL(data.url).origin === event.origin) el.setAttribute('share-url', data.url);
  } catch {}
});

const post = (message) => window.parent !== window && window.parent.postMessage(message, target);
// With its address: the frame script checks the page's parameters
// reached it (verify52 F1).
post({ type: 'treatment-estimator:hello', url: location.href });

let last = 0;
new ResizeObserver(() => {
  const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
  if (height !== last) {
    last = height;
    post({ type: 'treatment-estimator:height', height });
  }
}).observe(document.documentElement);

// A control focused by keyboard is kept inside the parent's view with its
// scroll margin: Chromium scrolls a parent of another origin without it,
// and "Start over" left the first step's heading flush at the top, its
// ring cut (verify64 L4). The frame never scrolls, so its coordinates are
// the document's; the frame script does the scrolling. Heard on the shadow
// root (set up below): a move inside it is not seen outside. A quick run
// of moves (a jump pressed on a button just focused) is the frame
// script's to settle: it follows the last (verify68 F6).
const keepInView = (event) => {
  const target = event.composedPath()[0];
  if (!target.matches(':focus-visible')) return;
  const box = target.getBoundingClientRect();
  const style = getComputedStyle(target);
  post({ type: 'treatment-estimator:focus', top: box.top - parseFloat(style.scrollMarginTop), bottom: box.bottom + parseFloat(style.scrollMarginBottom) });
};

// "Start over" also takes a share link out of the parent page's address,
// or reloading that page would bring the shared choices back.
el.addEventListener('click', (event) => {
  if (event.composedPath()[0]?.closest?.('[data-click="start-over"]')) post({ type: 'treatment-estimator:start-over' });
});

// The frame's page speaks as the widget does (verify35 N5): its language
// and title follow the widget's root, drawn again when the visitor
// switches, so a screen reader does not read a Spanish page's title with
// an English voice. Watched, not taken from the estimate event: with
// nothing ticked there is none (verify38 G1), nor on the contact card.
// The page's `main` is named with it too: inside the host page's own
// `main`, a screen reader's list had two unnamed ones (verify39 F6).
const main = document.querySelector('main');
const follow = () => {
  const root = el.shadowRoot?.querySelector('.te-root');
  if (!root) return;
  if (document.documentElement.lang !== root.lang) document.documentElement.lang = root.lang;
  const title = root.querySelector('.te-title')?.textContent;
  if (title && document.title !== title) document.title = title;
  // Also when the page's own title already is the widget's (verify41 G2).
  if (title && main.ariaLabel !== title) main.ariaLabel = title;
};
customElements.whenDefined('treatment-estimator').then(() => {
  if (!el.shadowRoot) return;
  new MutationObserver(follow).observe(el.shadowRoot, { childList: true, subtree: true, characterData: true });
  el.shadowRoot.addEventListener('focusin', keepInView);
  follow();
});

for (const name of ['estimator-ready', 'estimator-estimate', 'estimator-book', 'estimator-error']) {
  el.addEventListener(name, (event) => post({ type: 'treatment-estimator:event', name, detail: event.detail }));
}
