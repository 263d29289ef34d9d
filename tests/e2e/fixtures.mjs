// Shared helpers, grouped by intent (find / act / check), and a fixture that
// fails any test during which the page logged an error or threw.
import { test as base, expect } from '@playwright/test';
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, resolve } from 'node:path';

export const test = base.extend({
  // Console and page errors a test expects (and asserts itself), as regular
  // expressions.
  expectedErrors: [[], { option: true }],
  consoleErrors: async ({}, use) => use([]),
  pageErrors: async ({}, use) => use([]),
  page: async ({ page, expectedErrors, consoleErrors, pageErrors }, use) => {
    const problems = [];
    page.on('console', (msg) => {
      if (msg.type() !== 'error') return;
      consoleErrors.push(msg.text());
      if (!expectedErrors.some((re) => re.test(msg.text()))) problems.push(`console error: ${msg.text()}`);
    });
    page.on('pageerror', (err) => {
      pageErrors.push(err.message);
      if (!expectedErrors.some((re) => re.test(err.message))) problems.push(`page error: ${err.message}`);
    });
    await use(page);
    expect(problems, 'no console or page errors').toEqual([]);
  },
});

// The console's lines of the given types from now on, as the page says them.
export const consoleLines = (page, types = ['warning', 'error']) => {
  const lines = [];
  page.on('console', (m) => types.includes(m.type()) && lines.push(m.text()));
  return lines;
};

// Sets (or, with `null`, removes) an attribute of the widget `el` (a
// locator) that starts it again, and waits until it has: its
// `estimator-ready`.
export const restartWith = (el, name, value) =>
  el.evaluate((e, [name, value]) => new Promise((ready) => {
    e.addEventListener('estimator-ready', ready, { once: true });
    if (value === null) e.removeAttribute(name);
    else e.setAttribute(name, value);
  }), [name, value]);

// A host page served at `path` with `body` inside <main>, loading the widget.
export async function hostPage(page, path, body, { head = '', url = path } = {}) {
  await page.route((u) => u.pathname === path, (route) =>
    route.fulfill({
      contentType: 'text/html; charset=utf-8',
      body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Test host</title>
<link rel="icon" href="data:,"><script type="module" src="/treatment-estimator.js"></script>${head}</head>
<body><main>${body}</main></body></html>`,
    }),
  );
  return page.goto(url);
}

// A server of dist/ on a port of its own, for pages that arrive in pieces
// (a route's answer is one whole body): `pages` maps a path to a function
// that writes its answer's body to `res` (served as HTML, which the
// loader's fetch of a config does not mind, unless it calls `writeHead`
// itself: a redirect). Gives `origin` and `close()`.
export async function streamingServer(pages) {
  const types = { '.js': 'text/javascript', '.wasm': 'application/wasm', '.css': 'text/css', '.json': 'application/json' };
  const server = createServer(async (req, res) => {
    const { pathname } = new URL(req.url, 'http://x');
    if (pages[pathname]) {
      res.setHeader('content-type', 'text/html; charset=utf-8');
      return pages[pathname](res);
    }
    try {
      const file = join(resolve('dist'), pathname);
      const body = await readFile(file);
      res.writeHead(200, { 'content-type': types[extname(file)] || 'application/octet-stream' });
      res.end(body);
    } catch {
      res.writeHead(404);
      res.end();
    }
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  return { origin: `http://127.0.0.1:${server.address().port}`, close: () => server.close() };
}

export { expect };

// find
export const estimate = (page) => page.getByRole('region', { name: 'Your estimate' });
export const concern = (page, name) => page.getByRole('checkbox', { name, exact: true });

// act
export async function openDemo(page) {
  await page.goto('/index.html');
  await expect(concern(page, 'Acne scars')).toBeVisible();
}

// Presses Tab until `target` has focus (keyboard only: no clicks).
export async function tabTo(page, target, max = 200) {
  for (let i = 0; i < max; i++) {
    if (await target.evaluate((el) => el === el.getRootNode().activeElement || el === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`could not reach ${target} with Tab`);
}

// check
// The estimate's summary once a screen reader has been told it: the live
// region takes the shown summary's text when the answers have settled for
// a moment (`data-live`, web/markup.js).
export async function saidSummary(result) {
  const shown = await result.locator('.te-summary').textContent();
  await expect(result.getByRole('status')).toHaveText(shown);
  return shown;
}

// Every text a live region of the widget took, as a screen reader would
// hear it: changes inside a region (a region added with its text is not
// read), each with the time it happened; what is inside `aria-hidden` is
// not heard.
export const recordLiveRegions = (page) =>
  page.evaluate(() => {
    const root = document.querySelector('treatment-estimator').shadowRoot;
    const live = '[aria-live]:not([aria-live="off"]), [role="status"], [role="alert"]';
    window.__said = [];
    new MutationObserver((changes) => {
      const regions = new Set();
      for (const c of changes) {
        const region = (c.target.closest ? c.target : c.target.parentElement)?.closest(live);
        if (region) regions.add(region);
      }
      const heard = (node) => node.nodeType === Node.TEXT_NODE ? node.data
        : node.getAttribute?.('aria-hidden') === 'true' ? '' : [...node.childNodes].map(heard).join('');
      for (const r of regions) window.__said.push({ at: performance.now(), text: heard(r) });
    }).observe(root, { childList: true, characterData: true, subtree: true });
  });
export const said = (page) => page.evaluate(() => window.__said);

export async function axeViolations(page, include = 'treatment-estimator') {
  const { default: AxeBuilder } = await import('@axe-core/playwright');
  const results = await new AxeBuilder({ page })
    .include(include)
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  return results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

export async function answerAllSafetyQuestions(page) {
  for (const button of await page.getByRole('button', { name: /None of (these|the others) apply|Not pregnant or breastfeeding/ }).all()) {
    await button.click();
  }
  await page.getByRole('radio', { name: '22 or older' }).check();
  await page.getByRole('radio', { name: /^III: / }).check();
}
