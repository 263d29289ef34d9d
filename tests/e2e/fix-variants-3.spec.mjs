// Close variants of the once-said set-up warnings (verify69,
// /work/notes/verify69.md): each failed on the first version of the fix.
import { test, expect, hostPage, concern, restartWith } from './fixtures.mjs';

const warnings = (page) => {
  const lines = [];
  page.on('console', (m) => { if (m.type() === 'warning') lines.push(m.text()); });
  return lines;
};
const errors = (page) => {
  const lines = [];
  page.on('console', (m) => { if (m.type() === 'error') lines.push(m.text()); });
  return lines;
};
// A restart that also ends on a contact card (`estimator-error`).
const restart = (el, name, value) => el.evaluate((e, [name, value]) => new Promise((done) => {
  e.addEventListener('estimator-ready', done, { once: true });
  e.addEventListener('estimator-error', done, { once: true });
  e.setAttribute(name, value);
}), [name, value]);

// F1: a problem fixed and then made again on the same element is not said
// the second time: the console stays silent while the widget ignores the
// developer's value (same for a config switched back to a faulty file).
test('verify69 F1: a theme typo fixed and then made again is said again', async ({ page }) => {
  const lines = warnings(page);
  await hostPage(page, '/t/v69-f1.html', '<treatment-estimator eager theme="accent: #1f5f8"></treatment-estimator>');
  await expect(concern(page, 'Acne scars')).toBeVisible();
  const el = page.locator('treatment-estimator');
  await restartWith(el, 'theme', 'accent: #1f5f8b'); // fixed: applied, nothing said
  await restartWith(el, 'theme', 'accent: #1f5f8'); // broken again
  await restartWith(el, 'concerns', 'wrinkles'); // a restart with the same set-up: not again
  expect(lines.filter((l) => /theme entry refused: accent: #1f5f8 /.test(l))).toHaveLength(2);
});

test('verify69 F1b: a config switched back to a faulty file is warned of again', async ({ page }) => {
  const lines = warnings(page);
  const cfg = (phone) => JSON.stringify({ clinic: { name: 'Harbour Skin', phone, email: 'a@harbour.example' } });
  await page.route('**/v69-bad.json', (r) => r.fulfill({ contentType: 'application/json', body: cfg('1-800-FLOWERS') }));
  await page.route('**/v69-good.json', (r) => r.fulfill({ contentType: 'application/json', body: cfg('801-501-9797') }));
  await hostPage(page, '/t/v69-f1b.html', '<treatment-estimator eager config="/v69-bad.json"></treatment-estimator>');
  await expect(concern(page, 'Acne scars')).toBeVisible();
  const el = page.locator('treatment-estimator');
  await restartWith(el, 'config', '/v69-good.json');
  await restartWith(el, 'config', '/v69-bad.json');
  expect(lines.filter((l) => /clinic\.phone "1-800-FLOWERS": dials/.test(l))).toHaveLength(2);
});

// F2: a refused theme entry is named by its first 40 characters only, and
// the once-per-text rule keys on that clip: a long font stack's refusal
// never shows the part refused, and a second, different mistake in the
// same stack is not said at all.
test('verify69 F2: a second, different refused font stack is said, with what was refused', async ({ page }) => {
  const lines = warnings(page);
  await hostPage(page, '/t/v69-f2.html', `<treatment-estimator eager theme="font: -apple-system, BlinkMacSystemFont, 'Segoe UI', var(--brand)"></treatment-estimator>`);
  await expect(concern(page, 'Acne scars')).toBeVisible();
  await expect.poll(() => lines.filter((l) => /theme entry refused/.test(l)).length).toBe(1);
  expect(lines.find((l) => /theme entry refused/.test(l))).toMatch(/var\(/);
  await restartWith(page.locator('treatment-estimator'), 'theme', `font: -apple-system, BlinkMacSystemFont, 'Segoe UI', url(brand.woff2)`);
  expect(lines.filter((l) => /theme entry refused/.test(l))).toHaveLength(2);
});

// F3: the config's problems (console errors, up to 20 lines) are still
// said again at every restart that keeps the config (a dark-mode toggle,
// a language switch), although the config is not read again.
test.describe(() => {
  test.use({ expectedErrors: [/treatment-estimator config:/] });
  test('verify69 F3: a broken config\'s problems are said once, not at every theme restart', async ({ page }) => {
    const lines = errors(page);
    await hostPage(page, '/t/v69-f3.html',
      '<treatment-estimator eager><script type="application/json">{"clinic":{"name":"Harbour Skin","phone":"1"},"currency":"usd"}</script></treatment-estimator>');
    const el = page.locator('treatment-estimator');
    await expect.poll(() => lines.filter((l) => /currency: must be/.test(l)).length).toBe(1);
    await restart(el, 'theme', 'accent: #123456');
    await restart(el, 'theme', 'accent: #654321');
    await restart(el, 'lang', 'es');
    expect(lines.filter((l) => /currency: must be/.test(l))).toHaveLength(1);
    expect(lines.filter((l) => /clinic\.phone: has no number/.test(l))).toHaveLength(1);
  });
});

// F4: the config's unknown `language` is one problem, but its warning
// names the language used instead, so each `lang` the page sets says it
// again, and says it although the attribute, not the config, chose.
test('verify69 F4: config "language": "fr" is said once, whatever lang the page then sets', async ({ page }) => {
  const lines = warnings(page);
  await hostPage(page, '/t/v69-f4.html',
    '<treatment-estimator eager><script type="application/json">{"clinic":{"name":"Harbour Skin","phone":"801-501-9797"},"language":"fr"}</script></treatment-estimator>');
  await expect(concern(page, 'Acne scars')).toBeVisible();
  const el = page.locator('treatment-estimator');
  await restartWith(el, 'lang', 'es');
  await restartWith(el, 'lang', 'en');
  expect(lines.filter((l) => /config "language": "fr"/.test(l))).toHaveLength(1);
});
