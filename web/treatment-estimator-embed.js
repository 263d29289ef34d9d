// Inside the iframe (embed.html): copy settings from this page's URL onto the
// element, then tell the parent page our height and forward the widget's
// events, both by postMessage.
const el = document.querySelector('treatment-estimator');
const params = new URLSearchParams(location.search);
for (const name of ['config', 'lang', 'locale', 'currency', 'concerns', 'areas', 'theme', 'debug']) {
  const value = params.get(name);
  if (value !== null) el.setAttribute(name, value);
}

// The parent's origin when the browser tells us (referrer), else any: the
// messages carry only heights, ids and numbers, never personal data.
let target = '*';
try {
  if (document.referrer) target = new URL(document.referrer).origin;
} catch {}

// "Copy link" opens the parent page (the frame script passes its address),
// but only inside a frame and only a page of the parent's own origin: a
// crafted embed.html URL, framed or linked to, cannot point links elsewhere.
try {
  const share = params.get('share-url');
  const framed = window.parent !== window;
  if (share && framed && target !== '*' && new URL(share).origin === target) el.setAttribute('share-url', share);
} catch {}

const post = (message) => window.parent !== window && window.parent.postMessage(message, target);

let last = 0;
new ResizeObserver(() => {
  const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
  if (height !== last) {
    last = height;
    post({ type: 'treatment-estimator:height', height });
  }
}).observe(document.documentElement);

for (const name of ['estimator-ready', 'estimator-estimate', 'estimator-book', 'estimator-error']) {
  el.addEventListener(name, (event) => post({ type: 'treatment-estimator:event', name, detail: event.detail }));
}
