// Iframe embed for hosts that cannot run WebAssembly or set a CSP:
//   <iframe data-treatment-estimator src="https://…/embed.html" title="…"></iframe>
//   <script src="https://…/treatment-estimator-frame.js" async></script>
// Sizes each frame to its content (no inner scrollbar) and re-dispatches the
// widget's events on the iframe element. Messages from other origins or
// other windows are ignored. "Copy link" in the frame links this page (the
// frame asks for its address), a share link opened here reaches the frame,
// and "Start over" in the frame takes it out of this page's address.
(() => {
  const frames = () => document.querySelectorAll('iframe[data-treatment-estimator]');
  const forward = /^(te_|utm_)|^gclid$/;
  const shareLink = () => /(^#|[&?])te-c=/.test(location.hash);
  // What a copied link opens: this page without this visit's prefill,
  // campaign tags and ad click ids (src/embed/share.rs says why; the same
  // names), other parameters as written.
  const visit = /^(te_|utm_)|^(gclid|gbraid|wbraid|dclid|fbclid|msclkid|ttclid|yclid|_gl|mc_eid|_hsenc|_hsmi|mkt_tok|_kx)$/i;
  // A hash router's route stays, without its query (the widget puts its
  // share link there: src/embed/share.rs `link`; verify55 N5).
  const page = () => {
    const url = location.href.split('#')[0];
    const route = /^#[/!]/.test(location.hash) ? location.hash.split(/[&?]/)[0] : '';
    const at = url.indexOf('?');
    if (at < 0) return url + route;
    const kept = url.slice(at + 1).split('&').filter((p) => p && !visit.test(p.split('=')[0]));
    return (kept.length ? `${url.slice(0, at)}?${kept.join('&')}` : url.slice(0, at)) + route;
  };
  // A frame still on its first, empty document (about:blank, which has this
  // page's origin) is not told: the browser would log a mismatched target
  // origin. Its page says hello once loaded, and is told then.
  const blank = (frame) => {
    try {
      return frame.contentWindow?.location.href === 'about:blank';
    } catch {
      return false;
    }
  };
  // This page is what a copied link in the frame should open, not the bare
  // frame: told by message, as changing the frame's src would load it again.
  const tell = (frame) =>
    blank(frame) ||
    frame.contentWindow?.postMessage(
      { type: 'treatment-estimator:page', url: page() },
      new URL(frame.src, location.href).origin,
    );
  const setUp = () => {
    for (const frame of frames()) {
      frame.setAttribute('scrolling', 'no');
      frame.style.border = '0';
      frame.style.width = '100%';
      // "Copy link" in a frame from another origin needs the page's leave.
      const allow = frame.getAttribute('allow') || '';
      if (!/clipboard-write/.test(allow)) frame.setAttribute('allow', allow ? `${allow}; clipboard-write` : 'clipboard-write');
      // Pass the page's prefill and tracking parameters on to the widget.
      const src = new URL(frame.src, location.href);
      let changed = false;
      for (const [k, v] of new URLSearchParams(location.search)) {
        if (forward.test(k) && !src.searchParams.has(k)) {
          src.searchParams.set(k, v);
          changed = true;
        }
      }
      if (shareLink() && src.hash !== location.hash) {
        src.hash = location.hash;
        changed = true;
      }
      if (changed) frame.src = src.href;
      // On each load, and now in case the frame loaded before this script
      // (its hello then found no listener); its hello is answered below.
      frame.addEventListener('load', () => tell(frame));
      tell(frame);
    }
  };
  // In the <head>, this script can run before the page's frames are
  // parsed (async and cached, it did on a share link's second visit, and
  // the frame never got the fragment): then it waits for them.
  if (document.readyState === 'loading') addEventListener('DOMContentLoaded', setUp);
  else setUp();
  // The frame is as tall as its content, so beside the questions the
  // estimate cannot stay in view by itself (it is sticky within the
  // frame, which never scrolls): each frame hears where this window's view
  // of it starts, once scrolling pauses, and the estimate moves there.
  let viewTimer;
  const tellView = () => {
    clearTimeout(viewTimer);
    viewTimer = setTimeout(() => {
      for (const frame of frames()) {
        if (blank(frame)) continue;
        const top = Math.round(Math.max(0, -frame.getBoundingClientRect().top));
        frame.contentWindow?.postMessage({ type: 'treatment-estimator:view', top }, new URL(frame.src, location.href).origin);
      }
    }, 150);
  };
  addEventListener('scroll', tellView, { passive: true });
  addEventListener('resize', tellView);
  // A share link opened in a tab that already shows this page changes only
  // the fragment: pass it on, and the frame's widgets start again from it.
  addEventListener('hashchange', () => {
    // A hash router's new route is the page a copied link opens.
    for (const frame of frames()) tell(frame);
    if (!shareLink()) return;
    for (const frame of frames()) {
      const src = new URL(frame.src, location.href);
      src.hash = location.hash;
      frame.src = src.href;
    }
  });
  addEventListener('message', (event) => {
    const data = event.data;
    if (!data || typeof data.type !== 'string' || !data.type.startsWith('treatment-estimator:')) return;
    for (const frame of frames()) {
      if (frame.contentWindow !== event.source) continue;
      const want = new URL(frame.src, location.href);
      if (want.origin !== event.origin) return;
      if (data.type === 'treatment-estimator:hello') {
        // Chromium may drop the new address set while the frame's first one
        // loads, from another site (verify52 F1: a load in three kept the
        // bare address, and the page's prefill and campaign were lost): a
        // frame without them is sent there once more, now that it has loaded.
        const got = new URL(typeof data.url === 'string' ? data.url : want.href, want);
        const missing =
          [...want.searchParams.keys()].some((k) => forward.test(k) && !got.searchParams.has(k)) ||
          (shareLink() && got.hash !== want.hash);
        if (missing && !frame.__resent) {
          frame.__resent = true;
          frame.src = want.href;
          return;
        }
        tell(frame);
        tellView();
      } else if (data.type === 'treatment-estimator:start-over') {
        // As the widget does in its own page (web/actions.js): no
        // hashchange, no reload, and a hash router's route stays.
        if (shareLink()) history.replaceState(history.state, '', location.href.split('#')[0] + location.hash.replace(/[#&?]te-[^&]*/g, ''));
      } else if (data.type === 'treatment-estimator:focus' && Number.isFinite(data.top) && Number.isFinite(data.bottom)) {
        // A control focused by keyboard in the frame, with its scroll
        // margin, kept inside this page's view and its scroll padding (a
        // sticky header's): the browser does not do it for a frame from
        // another origin (verify64 L4); for one of this origin it has.
        // Only the last of a quick run is followed: a control's message
        // handled after a jump the visitor pressed on it scrolled the page
        // back to that control (verify68 F6). A place in the frame holds
        // (the frame never scrolls); the frame's own place is read now.
        // And only once the page has held still since the message came: on
        // a busy page (the frame of this origin shares this thread) a jump
        // pressed when the timer was already due ran first, as the browser
        // runs a key press before a timer, and the timer scrolled the page
        // back to the jump's button; the question's own message, then, only
        // as far as its first choice (verify72). Read in the same task as
        // the scroll, so nothing can come between. A page still moving (the
        // browser's smooth focus scroll) is waited for again.
        const settle = (at) => {
          frame.__focusTimer = setTimeout(() => {
            const top = frame.getBoundingClientRect().top;
            if (top !== at) return settle(top);
            const above = top + data.top - (parseFloat(getComputedStyle(document.documentElement).scrollPaddingTop) || 0);
            const below = top + data.bottom - document.documentElement.clientHeight;
            if (above < 0) scrollBy(0, above);
            else if (below > 0) scrollBy(0, Math.min(above, below));
          }, 100);
        };
        clearTimeout(frame.__focusTimer);
        settle(frame.getBoundingClientRect().top);
      } else if (data.type === 'treatment-estimator:height' && Number.isFinite(data.height)) {
        frame.style.height = `${Math.ceil(Math.max(0, Math.min(data.height, 100000)))}px`;
      } else if (data.type === 'treatment-estimator:event' && /^estimator-[a-z]+$/.test(data.name)) {
        frame.dispatchEvent(new CustomEvent(data.name, { detail: data.detail, bubbles: true }));
      }
    }
  });
})();
