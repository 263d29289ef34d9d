// The widget's DOM calls: finding the control an event came from, and the
// click actions that are only DOM calls (moving the focus, the clipboard);
// then the page's other reads and writes the wasm needs (its address and
// languages, a theme's properties, a language file's fetch, the crash
// flag). Here they are a line each; through web-sys's bindings in the wasm
// they cost more (bench/CUTS.md). Each finds its widget from the clicked
// control, so no node is kept.

// The control an event came from: the nearest element, from the event's
// target up, that names its action for the event's kind (src/ui/controls.rs):
// any `data-change` for a change; for a click, a grade (picked even when it
// is the one shown), a button or a booking link.
export const controlOf = (event) =>
  event.target.closest?.(
    event.type === 'change' ? '[data-change]' : '[data-change="severity"],[data-click],[data-route]',
  );

// "See your estimate" (the result's heading) and "Go to the first
// unanswered question" (the first question without a checked choice, then
// its first `control`: focus alone does not tick a radio): the first match
// in the clicked control's widget, or its first `control`, takes the focus,
// and the match is scrolled to the top, so a question's text shows above
// its choices (focus scrolls only the choice into view).
export function focusIn(event, selector, control) {
  const match = event.target.closest('.te-root')?.querySelector(selector);
  const target = control ? match?.querySelector(control) : match;
  if (target) {
    target.focus();
    match.scrollIntoView();
  }
}

// Whether `text` reached the clipboard. An http page has no clipboard API
// (calling it would throw): false then, as for a refusal.
export const copyText = (text) =>
  navigator.clipboard
    ? navigator.clipboard.writeText(text).then(() => true, () => false)
    : Promise.resolve(false);

// The clicked widget's element's attribute as it is now (src/ui/share_actions.rs
// reads `share-url` at each copy).
export const hostAttribute = (event, name) => event.target.getRootNode().host?.getAttribute(name);

// The page's address (the share link's page, the URL's prefill).
export const pageUrl = () => location.href;

// The browser's languages, most wanted first (the widget's language when
// neither the element nor the config names one).
export const browserLanguages = () => navigator.languages.join();

// After "Start over" (src/ui/actions.rs): the share link's fragment (the
// loader's test of one) leaves the address bar, with the host's history
// state kept, and a hash router's route before it stays (verify54 F7:
// a reload went to the router's home); the first step's heading takes
// the focus.
export function startedOver(event, heading) {
  if (/[#&?]te-c=/.test(location.hash)) {
    history.replaceState(history.state, '', location.href.split('#')[0] + location.hash.replace(/[#&?]te-[^&]*/g, ''));
  }
  focusIn(event, heading);
}

// A custom property of the element's theme (src/embed/element.rs); an
// empty value removes it. A value the browser cannot read as its kind is
// refused (verify63 M1: "accent: #1f5f8" made the Book button's colour
// unset, white on white, silently); Rust has checked it is safe.
export function setStyle(element, name, value) {
  // A radius is one length, as `padding-top` takes it: the widget scales
  // it (`calc(… * 0.75)`), which `8px / 4px` or `8px 4px` would undo; not a
  // percentage, which makes every box that is not square an oval and cut
  // the scrolling estimate's text at its corners (verify68 F3).
  const [kind, what] = /font/.test(name) ? ['font-family', 'font-family'] : /radius/.test(name) ? ['padding-top', 'length'] : ['color', 'color'];
  if (!value || (CSS.supports(kind, value) && !(what == 'length' && /%/.test(value)))) element.style.setProperty(name, value);
  else warn(element, `treatment-estimator: theme entry refused: ${name.slice(5)}: ${value} (not a ${what} this browser reads)`);
}

// The loader's `_warn` (once per run of starts); a loader of an earlier
// release, cached beside this glue, has none: then plainly, never a throw
// that leaves an empty box (verify71 F6).
export const warn = (element, text, error) => (element._warn ? element._warn(text, error) : console[error ? 'error' : 'warn'](text));

// The loader's fetcher's promise of a language file (src/ui/language_loader.rs);
// nothing when it threw or gave no promise.
export function fetchCatalog(fetch, code) {
  try {
    const promise = fetch.call(null, code);
    if (promise instanceof Promise) return promise;
  } catch {}
}

// Why a language file's download failed.
export const failure = (error) => (error instanceof Error ? String(error.message) : 'the download failed');

// Whether the loader has seen the module trap (src/embed/crash.rs): a
// crashed module's pending work must not tell the host the widget works.
export const crashed = () => window.__treatmentEstimatorCrashed;
