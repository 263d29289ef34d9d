// Close variants of the thirtieth session's fixes (verify65,
// /work/notes/verify65.md): each failed on the first version of its fix.
import { test, expect, hostPage, concern, streamingServer } from './fixtures.mjs';

const json = JSON.stringify({ clinic: { name: 'Harbour Skin', phone: '020 7946 0123' }, currency: 'GBP', prices: { face: { min: 250, max: 400 } } });

test.describe('F1: an async loader on a page that streams slowly after the widget', () => {
  let server;
  test.beforeAll(async () => {
    server = await streamingServer({
      '/long.html': async (res) => {
        res.write(`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Long</title><link rel="icon" href="data:,">
<script type="module" async src="/treatment-estimator.js"></script></head><body><main>${' '.repeat(2048)}
<treatment-estimator eager config="/c.json"></treatment-estimator><p>Comments load…</p>`);
        await new Promise((r) => setTimeout(r, 6000));
        res.end('<p>end</p></main></body></html>');
      },
      '/c.json': (res) => res.end(json),
    });
  });
  test.afterAll(() => server.close());

  test('a widget whose config is complete starts before the rest of the page has come', async ({ page }) => {
    await page.goto(`${server.origin}/long.html`, { waitUntil: 'commit' });
    // The first version of the H1 fix waited for DOMContentLoaded (6 s here).
    await expect(page.locator('treatment-estimator')).toContainText('Harbour Skin', { timeout: 3000 });
  });
});

test('F2: an inline config appended a moment after the element is read', async ({ page }) => {
  await hostPage(page, '/t/late-child.html', `<div id="slot"></div><script type="module">
    await customElements.whenDefined('treatment-estimator');
    const el = document.createElement('treatment-estimator');
    el.setAttribute('eager', '');
    slot.append(el);
    await new Promise((r) => setTimeout(r, 100));
    const s = document.createElement('script');
    s.type = 'application/json';
    s.textContent = JSON.stringify({ clinic: { name: 'Late Clinic', phone: '555-0100' } });
    el.append(s);
  </script>`);
  await expect(page.locator('treatment-estimator')).toContainText('Late Clinic');
  await expect(page.locator('treatment-estimator')).not.toContainText('Biorestoration');
});

test('F3: "acne scars and wrinkles" never ticks Other scars', async ({ page }) => {
  await hostPage(page, '/t/words-and.html', '<treatment-estimator eager concerns="acne scars and wrinkles"></treatment-estimator>');
  await expect(concern(page, 'Acne scars')).toBeChecked();
  await expect(page.getByRole('checkbox', { name: /^Fine lines/ })).toBeChecked();
  await expect(page.getByRole('checkbox', { name: /^Other scars/ })).not.toBeChecked();
});

// Its text colour does not tell a mid-tone background's: the theme names
// the three colours (README).
test('F4: a mid-tone theme with white text sets the status colours, at 4.5:1', async ({ page }) => {
  await hostPage(page, '/t/slate.html', '<treatment-estimator eager theme="bg: #2f3e4a; surface: #3a4a57; border: #a8b8c6; text: #ffffff; muted: #e6eef4; accent: #ffe08a; accent-ink: #1f1b18; ok: #b8f0c8; warn: #ffe08a; stop: #ffc2c2"></treatment-estimator>');
  await expect(concern(page, 'Acne scars')).toBeVisible();
  const ratios = await page.locator('treatment-estimator').evaluate((host) => {
    const root = host.shadowRoot.querySelector('.te-root');
    const c = Object.assign(document.createElement('canvas'), { width: 1, height: 1 }).getContext('2d', { willReadFrequently: true });
    const rgb = (v) => { const d = document.createElement('span'); d.style.color = `var(${v})`; root.append(d); c.clearRect(0, 0, 1, 1); c.fillStyle = getComputedStyle(d).color; d.remove(); c.fillRect(0, 0, 1, 1); return [...c.getImageData(0, 0, 1, 1).data].slice(0, 3); };
    const lum = (x) => x.map((v) => (v /= 255) <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4).reduce((s, v, i) => s + v * [0.2126, 0.7152, 0.0722][i], 0);
    const ratio = (a, b) => { const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p); return (x + 0.05) / (y + 0.05); };
    return ['--_ok', '--_warn', '--_stop'].map((v) => Math.min(ratio(rgb(v), rgb('--_bg')), ratio(rgb(v), rgb('--_surface'))));
  });
  for (const r of ratios) expect(r).toBeGreaterThanOrEqual(4.5);
});

test("F5: a grid's negative letter spacing (Pure.css's inline-block reset) does not squash the widget", async ({ page }) => {
  await hostPage(page, '/t/pure.html', '<div class="pure-g"><treatment-estimator eager class="pure-u-1"></treatment-estimator></div>', {
    head: '<style>.pure-g { letter-spacing: -0.31em; word-spacing: -0.43em } .pure-u-1 { letter-spacing: normal; word-spacing: normal }</style>',
  });
  await expect(concern(page, 'Acne scars')).toBeVisible();
  const spacing = await page.locator('treatment-estimator').evaluate((h) => getComputedStyle(h.shadowRoot.querySelector('.te-root')).letterSpacing);
  expect(spacing).toBe('normal');
});

test('F6: at normal text size, a widget in a 260 px column keeps its 24 px boxes', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await hostPage(page, '/t/sidebar.html', '<div style="display:flex;gap:24px"><div style="flex:1">Article</div><aside style="width:260px;flex:none"><treatment-estimator eager></treatment-estimator></aside></div>');
  await expect(concern(page, 'Acne scars')).toBeVisible();
  const box = await concern(page, 'Acne scars').boundingBox();
  expect(Math.round(box.width)).toBeGreaterThanOrEqual(24);
});

test.describe('F7: a clinic config with 21+ mistakes', () => {
  test.use({ expectedErrors: [/^treatment-estimator config: /] });
  test("is not asked whether it is the clinic's config file", async ({ page, consoleErrors }) => {
    const config = { clinic: { name: 'Real Clinic', phone: '555-0100' }, concerns: Array.from({ length: 24 }, (_, i) => `x${i}`) };
    await page.route('**/t/many.json', (r) => r.fulfill({ json: config }));
    await hostPage(page, '/t/many.html', '<treatment-estimator eager config="/t/many.json"></treatment-estimator>');
    await expect.poll(() => consoleErrors.length).toBeGreaterThan(10);
    expect(consoleErrors.filter((e) => /is this the clinic's config file/.test(e))).toEqual([]);
  });
});
