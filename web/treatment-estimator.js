// <treatment-estimator>: the one script a clinic's page needs.
//
//   <script type="module" src="https://…/treatment-estimator.js"></script>
//   <treatment-estimator></treatment-estimator>
//
// Each element gets its own Shadow DOM (styles cannot leak in or out) and its
// own widget. The WebAssembly starts when the first element nears the
// viewport (or at once with the `eager` attribute); the element reserves its
// height meanwhile. No inline script or style is used, so a strict CSP works:
//   script-src 'self' 'wasm-unsafe-eval'; style-src 'self'
// Attributes: config (URL of a JSON file), lang, locale, currency, concerns,
// areas, theme, eager, debug, data-layer. An inline
// <script type="application/json"> child is read as the config too.
// Events (bubbling, composed): estimator-ready, estimator-estimate,
// estimator-book, estimator-error.

const base = new URL('.', import.meta.url);
const glueUrl = new URL('estimator.js', base).href;
const wasmUrl = new URL('estimator_bg.wasm', base).href;
let glue;

// A panic traps the WebAssembly, and the module is dead for every widget on
// the page (release builds abort at once, without a message or a hook). Each
// widget's contact card was drawn at mount (`_teCard`, src/embed/crash.rs):
// on the first trap it takes the widget's place, the host hears
// `estimator-error`, the console gets one error, and nothing calls into the
// module again (the widget's own events stop too: src/embed/element.rs).
// A trap is ours when the first frame of its stack that names a file is our
// module (Chrome, Firefox: a trap's first frame is in the module that
// trapped) or our glue (Safari names no file for wasm frames). Not merely
// somewhere on the stack: a host's own module can trap in a listener for
// the widget's events, with our frames below.
const crashed = () => window.__treatmentEstimatorCrashed === true;
const ours = (e) => {
  if (!(e instanceof WebAssembly.RuntimeError)) return false;
  const file = /[a-z][\w+.-]*:\/\/[^\s)]+/i.exec(String(e.stack))?.[0] ?? '';
  return file.startsWith(wasmUrl) || file.startsWith(glueUrl);
};
function crash(error) {
  if (crashed()) return;
  window.__treatmentEstimatorCrashed = true;
  console.error(`treatment-estimator crashed: ${window.__treatmentEstimatorPanic ?? error}`);
  for (const el of connected) el._showCard();
}
const onTrap = (event, error) => ours(error) && (event.preventDefault(), crash(error));
addEventListener('error', (e) => onTrap(e, e.error));
addEventListener('unhandledrejection', (e) => onTrap(e, e.reason));

function loadWasm() {
  glue ??= import(glueUrl).then(async (module) => {
    await module.default({ module_or_path: wasmUrl });
    window.__teWasmMemory = module.wasmMemoryBytes;
    return module;
  });
  return glue;
}

// Languages other than English are files beside the wasm, downloaded only
// for visitors who need them and shared by every widget on the page (a
// failed download is forgotten, so picking the language again retries).
// One that has not come in 10 s has failed (verify51 F5: a download that
// hung left "Cargando el español…" for good, and nothing to try again).
const catalogs = new Map();
// Each file's text is installed once (its warning, if it is no catalogue,
// said once: verify71 F3), not at each restart.
const installed = new Set();
function fetchCatalog(code) {
  if (!/^[a-z]{2}$/.test(code)) return Promise.reject(new Error(`no catalogue ${code}`));
  let text = catalogs.get(code);
  if (!text) {
    text = fetch(new URL(`estimator-${code}.json`, base), { signal: AbortSignal.timeout(1e4) }).then((response) => {
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      return response.text();
    });
    text.catch(() => catalogs.delete(code));
    catalogs.set(code, text);
  }
  return text;
}

// The widget's language as the wasm will resolve it (share link, `lang`,
// the config's `language`, then the browser's preferences), so its file
// downloads beside the wasm instead of after it.
function likelyLanguage(el, config) {
  // Any tag, read as the others are, and percent-decoded as the widget
  // decodes the fragment (verify40 F6: `te-l=ES` was missed; verify41 G3).
  let hash = location.hash;
  try {
    hash = decodeURIComponent(hash);
  } catch {}
  const shared = /[#&?]te-l=([^&]*)/.exec(hash)?.[1];
  let configured;
  try {
    configured = JSON.parse(config ?? '{}')?.language;
  } catch {}
  const tags = [shared, el.getAttribute('lang'), configured, ...(navigator.languages || [])];
  for (const tag of tags) {
    // Trimmed, as the wasm reads it (" es " in a config is Spanish).
    const code = typeof tag === 'string' ? tag.trim().split(/[-_]/)[0].toLowerCase() : undefined;
    if (code === 'en' || code === 'es') return code;
  }
  return 'en';
}

// Reserve the widget's height before it is ready (no layout shift), and
// reset everything the host page could make the element inherit. The text
// size is the visitor's own browser setting (`medium`), not the page's and
// not a fixed 16px, so "very large text" enlarges the widget too. (Not
// `max(medium, 1rem)`, to follow a page's "A+" button as well: a keyword
// is not a length there, and the whole declaration is dropped.) Hidden
// by the attribute, or by an inline `display: none`, which is how React's
// <Activity>, a suspended <Suspense> and Vue's v-show hide it (verify54 F4:
// the `!important` above beat theirs). Letter and word spacing come through:
// a visitor's text-spacing tool (WCAG 1.4.12) is a page style too, and
// stopped at the widget's edge (verify64 M3). The page's text colour for
// "Loading…" and "unavailable", which are on the page's background (verify76
// F2: the widget's grey was 2.5:1 on a dark site); a screen high only while
// it loads (F4: a contact card kept it, with 432 px of nothing under it).
// The `::after` is a width of its own for a box that takes its content's (a
// <dialog>, a popover, a flex row, a float, a table cell): the widget is a
// size container, which gives none, so it was 50 px wide there, one word
// per line (verify74 F1). Its letters may part, so it asks for about 63em
// and can make do with 3.5em.
const hostSheet = new CSSStyleSheet();
hostSheet.replaceSync(`
:host { all: initial !important; display: block !important; contain: layout style !important;
  color: inherit !important; font-size: medium !important;
  letter-spacing: inherit !important; word-spacing: inherit !important; }
:host::after { content: "xxxxxxxxxxxxxxxxxx"; display: block; height: 0; overflow: hidden; visibility: hidden;
  letter-spacing: 3em; word-break: break-all; }
:host([hidden]), :host([style*="display: none"]), :host([style*="display:none"]) { display: none !important; }
.te-loading { display: flex; justify-content: center; box-sizing: border-box; padding: 2em 1em;
  font: 1em system-ui, sans-serif; }
.te-wait { min-height: var(--te-reserved-height, max(36em, 100vh)); }`);
const tightSheet = new CSSStyleSheet();
tightSheet.replaceSync(':host { letter-spacing: normal !important; word-spacing: normal !important; }');

function cssLoaded(link) {
  return new Promise((resolve) => {
    link.addEventListener('load', resolve, { once: true });
    link.addEventListener('error', resolve, { once: true });
  });
}

// "Print summary" prints the widget alone, not the clinic's whole page (a
// menu, an article and a footer ran the summary onto more pages): while it
// prints, the page's other content is left out by a stylesheet of the
// page's own that applies only to print (adopted, so a strict CSP allows
// it), and everything is put back after. The visitor's own Ctrl+P prints
// the page as the clinic made it.
const printSheet = new CSSStyleSheet();
printSheet.replaceSync('@media print { body :not([data-te-print]) { display: none !important; } }');
function printAlone(host) {
  const path = [];
  // Up to the page's body, out of any web component the widget sits in.
  for (let el = host; el && el !== document.body; el = el.parentElement ?? el.getRootNode().host) path.push(el);
  for (const el of path) el.setAttribute('data-te-print', '');
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, printSheet];
  const done = () => {
    removeEventListener('afterprint', done);
    for (const el of path) el.removeAttribute('data-te-print');
    document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== printSheet);
  };
  // After the dialog (print() waits for it), or the next task where it does not.
  addEventListener('afterprint', done, { once: true });
  setTimeout(done);
  print();
}

// A config that never answers must not leave the box empty for good.
const CONFIG_WAIT_MS = 10000;

const inlineConfig = (el) => el.querySelector(':scope > script[type="application/json"]')?.textContent;

// Whether the parser has gone past the element: something follows it.
const passed = (el) => el && (el.nextSibling || passed(el.parentNode));

async function configText(el) {
  // An element is started when its start tag is parsed, before its
  // children (an async loader on a page still loading), and a script may
  // append its config just after it: read them once they are there
  // (verify63 H1: the default clinic showed on another clinic's page), but
  // not later (verify65 F1: waiting for the whole page held a widget back
  // 4 s on a page that streams). A child that comes later still restarts
  // the widget (`_restart`'s observer).
  await 0;
  while (document.readyState === 'loading' && !passed(el)) await new Promise((done) => setTimeout(done, 50));
  const inline = inlineConfig(el);
  el._inline = [inline];
  if (inline !== undefined) return inline;
  const url = el.getAttribute('config');
  if (url === null) return undefined;
  // Problems are handed on as a JSON string the widget reports as the
  // config's (console, `debug` list, the contact card): one message, not two.
  // An empty attribute (a template's empty variable) is a mistake, not a
  // request for the default clinic's details.
  if (!url.trim()) return JSON.stringify('could not load config="": the attribute is empty; give the URL of the clinic\'s config file');
  const abort = new AbortController();
  const timer = setTimeout(() => abort.abort(), CONFIG_WAIT_MS);
  let address;
  try {
    // Inside: an address the browser cannot read is the config's problem,
    // with its contact card, not a widget that could not start (verify63 M3).
    address = new URL(url, document.baseURI);
    const response = await fetch(address, { credentials: 'same-origin', signal: abort.signal });
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    const text = await response.text();
    // A site's "not found" page served with 200 is named with where the
    // address led, as a 404 is (verify65 F8), and a login page with where
    // the site sent it (verify68 F4).
    if (/^\s*</.test(text)) throw new Error(`a web page, not JSON${response.redirected ? ` (sent on to ${response.url})` : ''}: is the address right?`);
    return text;
  } catch (err) {
    let why = abort.signal.aborted ? `no answer in ${CONFIG_WAIT_MS / 1000} s` : err.message;
    // A refused response (no HTTP status) from another host: most often CORS.
    if (err instanceof TypeError && /^http/.test(address?.protocol) && address.origin !== location.origin) why += ` (from another host it needs CORS: Access-Control-Allow-Origin)`;
    // Where an address relative to the page's folder led (not the widget's).
    return JSON.stringify(`could not load ${url}${address && !/^([a-z][\w+.-]*:|\/)/i.test(url) ? ` (${address.href})` : ''}: ${why}`);
  } finally {
    clearTimeout(timer);
  }
}

// A share link opened in the tab that already shows the page changes only
// the fragment, so the page is not loaded again: the widgets start again
// from it, as they would on a fresh load. Not when Back returns to a link
// they already started from (verify40 F2: after an in-page `#faq` link,
// Back wiped what the visitor had changed since): where the browser names
// its history entries (the Navigation API), each entry restarts them once.
const connected = new Set();
const started = new Set([window.navigation?.currentEntry?.key]);
addEventListener('hashchange', () => {
  const entry = window.navigation?.currentEntry?.key;
  if (!/[#&?]te-c=/.test(location.hash) || (entry && started.has(entry))) return;
  started.add(entry);
  // Without the last widget's answers: the link's are wanted.
  for (const el of connected) {
    if (el._handle) {
      el._fresh = true;
      el._restart();
    }
  }
});

// The box that scrolls the widget when it is not the page (a modal's body,
// an app's scrolling <main>), across shadow roots: the estimate beside the
// questions is kept as tall as that box, not the window (verify76 F1: its
// Book, Call and Print were below the modal's end until the last question).
function scrollBox(el) {
  while ((el = el.parentElement ?? el.parentNode?.host) && el != document.body) {
    if (/auto|scroll/.test(getComputedStyle(el).overflowY)) return el;
  }
}

let observer;
function whenNear(el, start) {
  observer ??= new IntersectionObserver(
    (entries) => {
      for (const entry of entries) {
        if (entry.isIntersecting) {
          observer.unobserve(entry.target);
          entry.target._teStart?.();
        }
      }
    },
    { rootMargin: '400px' },
  );
  el._teStart = start;
  observer.observe(el);
}

class TreatmentEstimator extends HTMLElement {
  // Not `share-url`: the widget reads it at each copy (src/embed/mod.rs, `share_page`).
  static observedAttributes = ['config', 'lang', 'locale', 'currency', 'concerns', 'areas', 'theme'];

  connectedCallback() {
    connected.add(this);
    // Set again at each connection: a widget moved out of a modal onto
    // the page kept the modal's height.
    const box = scrollBox(this);
    if (box) {
      this._fit = new ResizeObserver(() => this.style.setProperty('--te-box-height', box.clientHeight + 'px'));
      this._fit.observe(box);
    } else this.style.removeProperty('--te-box-height');
    // Moved (removed and put back in one go, as a carousel or a
    // single-page app does): the widget and the visitor's answers stay.
    if (this._moving) {
      this._moving = false;
      return;
    }
    this._restart();
  }

  _restart() {
    if (!this.shadowRoot) {
      const shadow = this.attachShadow({ mode: 'open' });
      // A parent's negative spacing (a grid's inline-block trick) is no
      // visitor's tool: the widget's own then (verify65 F5).
      shadow.adoptedStyleSheets = [hostSheet];
      const style = getComputedStyle(this);
      if (parseFloat(style.letterSpacing) < 0 || parseFloat(style.wordSpacing) < 0) shadow.adoptedStyleSheets = [hostSheet, tightSheet];
      // An inline config that comes or changes later (a framework's, a
      // script's a moment after the element): another clinic, so afresh,
      // as a new `config` attribute (verify65 F2).
      new MutationObserver(() => this._inline && inlineConfig(this) !== this._inline[0] && this.attributeChangedCallback('config', 0, 1)).observe(this, {
        childList: true,
        subtree: true,
        characterData: true,
      });
      this._css = document.createElement('link');
      this._css.rel = 'stylesheet';
      this._css.href = new URL('estimator.css', base).href;
      this._cssReady = cssLoaded(this._css);
      shadow.append(this._css);
      // The contact card (a bad config, a crash) is plain DOM the widget no
      // longer listens to: its links report their route here, as the
      // estimator's do, so a host still counts those bookings.
      shadow.addEventListener('click', (e) => {
        const link = e.target.closest?.('.te-contact-card [data-route]');
        if (link) this._emit('estimator-book', { route: link.dataset.route });
      });
      // "Print summary": the widget alone, on paper.
      shadow.addEventListener('click', (e) => e.target.closest?.('[data-click="print"]') && printAlone(this));
    }
    this._generation = (this._generation || 0) + 1;
    const generation = this._generation;
    // A widget already shown stays until the next one takes its place:
    // no "Loading…" box a screen high in between (a page's dark-mode
    // switch made the page jump), and what the visitor does meanwhile is kept.
    if (!this._handle) this._showLoading();
    const start = () => this._start(generation);
    // One that has started before starts again at once: its box, shorter
    // than the form was, can be far above a visitor scrolled down into it
    // (verify54 F1: they saw a blank screen until they scrolled back up).
    if (this.hasAttribute('eager') || this._handle || this._last || !('IntersectionObserver' in window)) start();
    else whenNear(this, start);
  }

  disconnectedCallback() {
    connected.delete(this);
    this._fit?.disconnect();
    // Removed for good unless it is back before the next task (a framework
    // moving it after a microtask or two, verify54 F9); put back later, it
    // starts again with the answers (`_unmount`).
    this._moving = true;
    setTimeout(() => {
      if (this.isConnected || !this._moving) return;
      this._moving = false;
      this._generation += 1;
      observer?.unobserve(this);
      this._unmount();
    });
  }

  attributeChangedCallback(name, before, after) {
    if (before === after) return;
    // Another clinic or other preselected answers start afresh; a new
    // theme, language, locale or currency keeps the visitor's answers.
    if (/^(config|concerns|areas)$/.test(name)) this._fresh = true;
    // A live change (a tag manager, a single-page app) remounts with it,
    // also while it loads (verify40 F1: a config set just after the
    // element was added was never read, and the default clinic showed);
    // once for all the changes of a task (verify51 F6: six attributes
    // set together made six starts and six config downloads).
    if ((this._mount || this._holder) && !this._queued) {
      this._queued = true;
      queueMicrotask(() => {
        this._queued = false;
        if (this.isConnected) this._restart();
      });
    }
  }

  // A console line about the element's set-up, the loader's and the
  // widget's (src/embed/element.rs: the config's problems, a theme entry
  // refused): said by the start whose set-up brought it, not again by each
  // restart that keeps it (verify68 F5: a dark-mode switch repeated twenty),
  // and said again when it comes back after a start without it (verify69
  // F1: a typo mended and made again went unsaid).
  _warn(text, error) {
    // A direction override in a quoted value is written as its escape, or
    // the rest of the line shows reversed (verify71 N3).
    text = text.replace(/[\u202a-\u202e\u2066-\u2069]/g, (c) => `\\u${c.charCodeAt(0).toString(16)}`);
    const [before, now] = this._said;
    if (!before.has(text) && !now.has(text)) console[error ? 'error' : 'warn'](text);
    now.add(text);
  }

  // Every event of the widget: the module's (src/embed/element.rs calls
  // this) and those the loader reports, the contact card's links and a
  // crash. A tag manager replaces `dataLayer.push` with its own hook, which
  // this call reaches.
  _emit(name, detail) {
    // A restarted widget's first estimate, the same as the last one sent,
    // is no news (verify54 F5: a page's tag manager counted one for each
    // dark-mode or tab switch).
    if (name === 'estimator-estimate') {
      const sent = JSON.stringify(detail);
      if (sent === this._sent) return;
      this._sent = sent;
    }
    this.dispatchEvent(new CustomEvent(name, { bubbles: true, composed: true, detail }));
    if (this.hasAttribute('data-layer')) {
      if (!Array.isArray(window.dataLayer)) window.dataLayer = [];
      // With the element's id, if it has one: two widgets' pushes were the
      // same (verify40 F8).
      window.dataLayer.push({ ...detail, event: name.replace('-', '_'), ...(this.id && { widget: this.id }) });
    }
  }

  // After a crash: a copy of this widget's own card (kept for a later
  // remount), else of the card of one with the same config (in this
  // widget's language if one is; the clinic's links matter more than the
  // language), else a line. It goes in a new element: what the dead module had
  // pending (a render it had scheduled) draws into the old one, off the
  // page. The host hears `estimator-error` from each widget the crash
  // stopped and from each that fails to start after it (a widget only
  // moved keeps its card and said so already).
  _showCard() {
    if (!this._mount) return;
    const focused = this._mount.contains(this.shadowRoot.activeElement);
    const mount = document.createElement('div');
    this._mount.replaceWith(mount);
    this._mount = mount;
    this._handle = undefined;
    const card = (el) => el.shadowRoot?.querySelector('.te-contact-card');
    // A twin is looked for only when this widget has no card of its own.
    const twins = this._teCard ? [] : [...connected].filter((el) => el !== this && el._config === this._config && card(el));
    const twin = twins.find((el) => el.lang === this.lang) ?? twins[0];
    if (this._teCard) mount.append(...this._teCard.cloneNode(true).childNodes);
    else if (twin) mount.append(card(twin).cloneNode(true));
    else {
      const spanish = likelyLanguage(this, this._config) === 'es';
      mount.className = 'te-loading';
      mount.lang = spanish ? 'es' : 'en';
      mount.dir = 'ltr';
      mount.textContent = spanish
        ? 'La calculadora no está disponible. Por favor, comuníquese con la clínica.'
        : 'The estimator is unavailable. Please contact the clinic.';
    }
    // Focus was in what just went away: the card's heading takes it, so
    // a screen reader says what replaced the form.
    const heading = mount.querySelector('h2');
    if (focused && heading) {
      heading.tabIndex = -1;
      heading.focus();
    }
    this._emit('estimator-error', {});
  }

  _showLoading() {
    this._unmount();
    const holder = document.createElement('div');
    // At least a screen high while it loads (verify31 F2: the form is
    // taller than any screen, so what follows it on a desktop jumped by
    // the rest when it came): what follows starts out of sight.
    // Words at the top of the box, as a status (verify48 F1: a lone "…"
    // in its middle was below a phone's screen, and said nothing).
    holder.className = 'te-loading te-wait';
    holder.role = 'status';
    // An inline config's language is known at once (verify60 L3: a
    // Spanish clinic's visitor read "Loading…"); a file's is not yet. In
    // its own language and direction, as the widget (verify76 F3: "…Loading"
    // on a right-to-left page, read with its voice).
    const spanish = likelyLanguage(this, this._config ?? inlineConfig(this)) === 'es';
    holder.lang = spanish ? 'es' : 'en';
    holder.dir = 'ltr';
    holder.textContent = spanish ? 'Cargando…' : 'Loading…';
    this._holder = holder;
    this.shadowRoot.append(holder);
  }

  _unmount() {
    if (!crashed()) this._handle?.destroy();
    // The destroyed widget keeps the visitor's answers for the next one.
    this._last ??= this._handle;
    this._handle = undefined;
    this._holder?.remove();
    this._holder = undefined;
    // Out of their radio groups first, or Chromium keeps the whole old
    // widget (verify51 F1; web/markup.js `patch`).
    this._mount?.querySelectorAll('input').forEach((i) => (i.name = ''));
    this._mount?.remove();
    this._mount = undefined;
  }

  async _start(generation) {
    // A restart that keeps the answers keeps the config's text: no second
    // download (verify54 F3: offline, a dark-mode switch turned the form
    // into a contact card and lost the answers). Not the loader's own
    // message that it could not load it (a JSON string; a config is an
    // object): that one is downloaded again (verify55 N2).
    const config =
      !this._fresh && (this._handle || this._last) && this._config?.[0] !== '"' ? Promise.resolve(this._config) : configText(this);
    const catalog = config.then((text) => {
      const language = likelyLanguage(this, text);
      if (language === 'en') return null;
      // A file that hangs does not hold the widget back: 3 s after the
      // widget could start, it starts in English, and the file, when it
      // comes, serves a later pick (verify40 F3: counted from the config,
      // a file that came before a slow wasm was thrown away).
      const late = loadWasm().then(() => new Promise((resolve) => setTimeout(resolve, 3000, null)));
      return Promise.race([fetchCatalog(language).then((t) => [language, t], () => null), late]);
    });
    let module, text, loaded, failed, broken = false;
    try {
      [module, text, , loaded] = await Promise.all([loadWasm(), config, this._cssReady, catalog]);
    } catch (err) {
      // The wasm or its glue did not load or compile: a later start tries again.
      [failed, broken] = [err, true];
      glue = undefined;
    }
    // Removed or restarted while loading: this start is stale.
    if (generation !== this._generation || !this.isConnected) return;
    // What this start says about the set-up (`_warn`), beside the last's.
    this._said = [this._said?.[1] ?? new Set(), new Set()];
    // Another clinic's config the widget does not read: said, since the
    // default clinic's details show instead (verify63 M4).
    for (const name of this.getAttributeNames()) {
      if (/^(data-config|src|config-url|curency|language|concern|area)$/.test(name)) this._warn(`treatment-estimator: attribute ${name} is not read (see the README's attributes)`);
    }
    // Not when the widget could not load (its config unread: verify71 F1).
    if (!broken && text === undefined && this.querySelector('script')) this._warn('treatment-estimator: no config read (an inline one is a <script type="application/json"> child): showing the default clinic');
    // The control that had the focus, and an opened "Aftercare", come back
    // in the next widget once it is drawn (its `estimator-ready`), found by
    // their ids after the instance's prefix (verify54 F6: the focus fell to
    // the page's body at a dark-mode switch); one without an id ("Start
    // over", "Copy link") by its place among the elements, as the answers
    // kept draw the same ones (verify55 N7).
    const active = this.shadowRoot.activeElement;
    const focused = active?.id.replace(/^te\d+/, '');
    const all = () => this._mount?.querySelectorAll('*') ?? [];
    const at = [...all()].indexOf(active);
    const opened = this._mount?.querySelector('details[open]');
    if (active || opened) {
      this.addEventListener(
        'estimator-ready',
        () => {
          if (generation !== this._generation) return;
          if (opened) this._mount.querySelector('details')?.setAttribute('open', '');
          // Where it is: the page stays where the visitor had it (verify55 N1).
          (focused ? this._mount.querySelector(`[id$="${focused}"]`) : all()[at])?.focus({ preventScroll: true });
        },
        { once: true },
      );
    }
    this._unmount();
    this._mount = document.createElement('div');
    this.shadowRoot.append(this._mount);
    if (broken) {
      // A missing file, a CSP without 'wasm-unsafe-eval': never an empty box.
      const csp = /content security policy/i.test(failed?.message) ? " (the page's CSP needs script-src 'wasm-unsafe-eval')" : '';
      this._warn(`treatment-estimator could not start: ${failed?.message ?? failed}${csp}`, true);
      return this._showCard();
    }
    this._config = text;
    if (crashed()) return this._showCard();
    // The answers go on unless a fresh start was asked for; after one, the
    // first estimate is news even if the last widget sent the same
    // (verify55 N3: the visitor's same concern again went unheard).
    let handle = !this._fresh && this._last;
    if (!handle) {
      handle = new module.ElementHandle();
      this._sent = undefined;
    }
    this._last = this._fresh = undefined;
    try {
      if (loaded && !installed.has(loaded[1])) {
        installed.add(loaded[1]);
        module.installCatalog(...loaded);
      }
      handle.mount(this, this._mount, text, fetchCatalog);
      this._handle = handle;
    } catch (err) {
      if (!ours(err)) throw err;
      crash(err);
    }
  }
}

if (!customElements.get('treatment-estimator')) {
  customElements.define('treatment-estimator', TreatmentEstimator);
}
