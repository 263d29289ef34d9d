// What a clinic's web developer may get wrong, adversarially (verify63,
// /work/notes/verify63.md): each failed before its fix, and each bad input
// now gets the widget it meant or a console line that names it.
import { test, expect, hostPage, concern, streamingServer, consoleLines } from './fixtures.mjs';

const clinic = (overrides = {}) => ({ name: 'Test Clinic', phone: '555-0100', email: 'hi@clinic.example', ...overrides });

const hostConfig = async (page, name, config, attributes = '') => {
  await page.route(`**/t/${name}.json`, (r) => r.fulfill({ json: config }));
  return hostPage(page, `/t/${name}.html`, `<treatment-estimator eager ${attributes} config="/t/${name}.json"></treatment-estimator>`);
};

// H1: a page that streams (a CMS, a slow database) with the loader `async`
// (or inserted by a tag manager, which makes it async): the element is
// upgraded when its start tag is parsed, before its inline config child.
test.describe('H1: an inline config still to come is waited for, never the default clinic', () => {
  let server;
  test.beforeAll(async () => {
    const config = JSON.stringify({ clinic: { name: 'Harbour Skin', phone: '020 7946 0123' }, currency: 'GBP', prices: { face: { min: 250, max: 400 } } });
    server = await streamingServer({
      '/warm.html': (res) => res.end('<!doctype html><title>Warm</title><link rel="icon" href="data:,"><script type="module" src="/treatment-estimator.js"></script>'),
      '/stream.html': async (res) => {
        res.write(`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Stream</title><link rel="icon" href="data:,">
<script type="module" async src="/treatment-estimator.js"></script></head><body><main><h1>Clinic</h1>${' '.repeat(2048)}
<treatment-estimator>`);
        await new Promise((r) => setTimeout(r, 500));
        res.end(`<script type="application/json">${config}</script></treatment-estimator></main></body></html>`);
      },
    });
  });
  test.afterAll(() => server.close());

  test('with an async loader on a page that streams', async ({ page }) => {
    // The loader in the HTTP cache, as on a second page of the site.
    await page.goto(`${server.origin}/warm.html`);
    await page.goto(`${server.origin}/stream.html`);
    const widget = page.locator('treatment-estimator');
    await expect(widget).toContainText('Harbour Skin');
    await expect(widget).not.toContainText('Biorestoration');
  });

  test('with the child appended just after the element', async ({ page }) => {
    await hostPage(page, '/t/append.html', `<div id="slot"></div><script type="module">
      await customElements.whenDefined('treatment-estimator');
      const el = document.createElement('treatment-estimator');
      el.setAttribute('eager', '');
      slot.append(el);
      const json = document.createElement('script');
      json.type = 'application/json';
      json.textContent = JSON.stringify({ clinic: { name: 'Appended Clinic', phone: '555-0100' } });
      el.append(json);
    </script>`);
    await expect(page.locator('treatment-estimator')).toContainText('Appended Clinic');
    await expect(page.locator('treatment-estimator')).not.toContainText('Biorestoration');
  });
});

test('M1: a theme colour the browser cannot read is refused with a warning, and the Book button stays visible', async ({ page }) => {
  const lines = consoleLines(page, ['warning']);
  await hostPage(page, '/t/theme-typo.html', '<treatment-estimator eager concerns="acne-scars" theme="accent: #1f5f8"></treatment-estimator>');
  const book = page.getByRole('link', { name: /Book a consultation/ }).first();
  await expect(book).toBeVisible();
  expect(await book.evaluate((b) => getComputedStyle(b).backgroundColor)).not.toBe('rgba(0, 0, 0, 0)');
  expect(lines.some((l) => /theme entry refused: accent: #1f5f8/.test(l))).toBe(true);
});

test('M2: a prefill of words ("acne scars") never ticks a concern nobody named', async ({ page }) => {
  const lines = consoleLines(page, ['warning']);
  await hostPage(page, '/t/words.html', '<treatment-estimator eager></treatment-estimator>', { url: '/t/words.html?te_concerns=acne+scars' });
  await expect(concern(page, 'Acne scars')).toBeChecked();
  await expect(page.getByRole('checkbox', { name: /^Other scars/ })).not.toBeChecked();
  // Either read as the id acne-scars, or the leftover word named in the console.
  expect(lines.filter((l) => /scars/.test(l))).toEqual([]);
});

test.describe('M3: a config address the browser cannot parse', () => {
  test.use({ expectedErrors: [/^treatment-estimator config: /] });

  test('gives the contact card and names the attribute, as any config that cannot load', async ({ page, consoleErrors }) => {
    await hostPage(page, '/t/bad-url.html', '<treatment-estimator eager debug config="https://clinic.example:99999/config.json"></treatment-estimator>');
    const card = page.getByRole('region', { name: 'Talk to us about microneedling' });
    await expect(card.getByRole('listitem')).toHaveText([/^\(file\): could not load https:\/\/clinic\.example:99999\/config\.json: /]);
    expect(consoleErrors.filter((e) => /could not start/.test(e))).toEqual([]);
  });
});

test('M4: an attribute the widget does not read (data-config, curency) is named in the console', async ({ page }) => {
  const lines = consoleLines(page);
  await page.route('**/t/attr.json', (r) => r.fulfill({ json: { clinic: clinic({ name: 'Data Attr Clinic' }) } }));
  await hostPage(page, '/t/attr-typo.html', '<treatment-estimator eager data-config="/t/attr.json" curency="EUR"></treatment-estimator>');
  await expect(page.locator('treatment-estimator')).toContainText('Biorestoration');
  await expect.poll(() => lines.filter((l) => /data-config/.test(l) && /config/.test(l)).length).toBeGreaterThan(0);
  expect(lines.some((l) => /curency/.test(l))).toBe(true);
  // A restart (a new concerns attribute) reads the config again; the
  // warning is not repeated (verify65).
  await page.locator('treatment-estimator').evaluate((el) => el.setAttribute('concerns', 'wrinkles'));
  await expect(page.getByRole('checkbox', { name: 'Fine lines and wrinkles' })).toBeChecked();
  expect(lines.filter((l) => /curency/.test(l))).toHaveLength(1);
});

test('M4: an inline config of the wrong type is named in the console, not silently the default clinic', async ({ page }) => {
  const lines = consoleLines(page);
  const json = JSON.stringify({ clinic: clinic({ name: 'Text Json Clinic' }) });
  await hostPage(page, '/t/text-json.html', `<treatment-estimator eager><script type="text/json">${json}</script></treatment-estimator>`);
  await expect(page.locator('treatment-estimator')).toContainText('Biorestoration');
  await expect.poll(() => lines.filter((l) => /no config read/.test(l) && /application\/json/.test(l)).length).toBe(1);
});

test.describe('M3: a config address relative to the page', () => {
  // One pattern: two would be read as a value and its fixture options.
  test.use({ expectedErrors: [/^treatment-estimator config: |^Failed to load resource/] });

  test('is named with the address it led to', async ({ page, consoleErrors }) => {
    await hostPage(page, '/t/deep/page.html', '<treatment-estimator eager debug config="clinic-config.json"></treatment-estimator>');
    const card = page.getByRole('region', { name: 'Talk to us about microneedling' });
    await expect(card.getByRole('listitem')).toHaveText([/^\(file\): could not load clinic-config\.json \(http:\/\/127\.0\.0\.1:\d+\/t\/deep\/clinic-config\.json\): HTTP 404$/]);
  });

  test('that reaches a site\'s "not found" page served with 200 is named with the address it led to (verify65 F8)', async ({ page }) => {
    await page.route('**/t/deep/missing-config.json', (r) => r.fulfill({ status: 200, contentType: 'text/html', body: '\n<!doctype html><title>Not found</title><p>Sorry' }));
    await hostPage(page, '/t/deep/page.html', '<treatment-estimator eager debug config="missing-config.json"></treatment-estimator>');
    const card = page.getByRole('region', { name: 'Talk to us about microneedling' });
    await expect(card.getByRole('listitem')).toHaveText([/^\(file\): could not load missing-config\.json \(http:\/\/127\.0\.0\.1:\d+\/t\/deep\/missing-config\.json\): a web page, not JSON: is the address right\?$/]);
  });
});

test('L1: a currency attribute on a config without prices says the default prices stay in dollars', async ({ page }) => {
  const lines = consoleLines(page, ['warning']);
  await hostConfig(page, 'no-prices', { clinic: clinic() }, 'currency="GBP"');
  await expect.poll(() => lines.filter((l) => l.includes('currency="GBP"')).length).toBe(1);
  expect(lines.find((l) => l.includes('currency="GBP"'))).not.toContain('do not fit');
});

test.describe('L2: a file that is no config at all', () => {
  test.use({ expectedErrors: [/^treatment-estimator config: /] });

  test('is said in twenty lines, the missing clinic first, not one per key', async ({ page, consoleErrors }) => {
    await hostPage(page, '/t/wrong-file.html', '<treatment-estimator eager debug config="/estimator-es.json"></treatment-estimator>');
    const card = page.getByRole('region', { name: 'Talk to us about microneedling' });
    await expect(card.getByRole('listitem')).toHaveCount(20);
    await expect(card.getByRole('listitem').first()).toHaveText(/^clinic: required/);
    await expect(card.getByRole('listitem').last()).toHaveText(/^\(file\): \d+ more problems$/);
    expect(consoleErrors.length).toBe(20);
  });
});

test('M1b: a theme value of the wrong kind (radius: red) is refused with a warning', async ({ page }) => {
  const lines = consoleLines(page, ['warning']);
  await hostPage(page, '/t/theme-radius.html', '<treatment-estimator eager theme="radius: red; font: 12"></treatment-estimator>');
  await expect(concern(page, 'Acne scars')).toBeVisible();
  expect(lines.filter((l) => /theme entry refused/.test(l)).length).toBe(2);
});

test('a colour\'s alpha after "/" is kept; a radius of two lengths is refused, as the widget scales one', async ({ page }) => {
  const lines = consoleLines(page, ['warning']);
  await hostPage(page, '/t/theme-slash.html', '<treatment-estimator eager theme="accent: rgb(0 90 60 / 90%); radius: 8px / 4px"></treatment-estimator>');
  await expect(concern(page, 'Acne scars')).toBeVisible();
  const el = page.locator('treatment-estimator');
  expect(await el.evaluate((e) => e.style.getPropertyValue('--te-accent'))).toBe('rgb(0 90 60 / 90%)');
  expect(await el.evaluate((e) => e.style.getPropertyValue('--te-radius'))).toBe('');
  expect(lines.filter((l) => /theme entry refused: radius: 8px \/ 4px \(not a length/.test(l))).toHaveLength(1);
});
