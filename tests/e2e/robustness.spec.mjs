import { readFileSync } from 'node:fs';
import { test, expect, hostPage, concern, estimate, openDemo } from './fixtures.mjs';

const corpus = readFileSync(new URL('../xss-corpus.txt', import.meta.url), 'utf8')
  .split('\n')
  .filter((l) => l.length > 0);

const clinic = (overrides = {}) => ({
  name: 'Test Clinic',
  phone: '555-0100',
  phone_international: '+15555550100',
  email: 'hi@clinic.example',
  address: ['1 Main St'],
  contact_form_url: 'https://clinic.example/contact',
  ...overrides,
});

// A host page whose widget reads `config` from /t/<name>.json.
const hostConfig = async (page, name, config, attributes = '') => {
  await page.route(`**/t/${name}.json`, (r) => r.fulfill({ json: config }));
  return hostPage(page, `/t/${name}.html`, `<treatment-estimator eager ${attributes} config="/t/${name}.json"></treatment-estimator>`);
};

// The console's warnings from now on.
const consoleWarnings = (page) => {
  const warnings = [];
  page.on('console', (m) => m.type() === 'warning' && warnings.push(m.text()));
  return warnings;
};

test.describe('bad config', () => {
  test.use({ expectedErrors: [/^treatment-estimator config: /] });

  test('shows the contact card from the valid part, logs every problem with its path, lists them with debug', async ({ page, consoleErrors }) => {
    const config = {
      clinic: clinic({ name: 'Sunrise Skin' }),
      currency: 'dollars',
      prices: { face: { min: 700, max: 250 } },
      concerns: ['acne-scars', 'tattoos'],
    };
    await page.route('**/bad-config.json', (r) => r.fulfill({ json: config }));
    await hostPage(page, '/t/bad.html', `
      <treatment-estimator id="debug" eager debug config="/bad-config.json"></treatment-estimator>
      <treatment-estimator id="quiet" eager config="/bad-config.json"></treatment-estimator>`);
    const card = page.locator('#debug').getByRole('region', { name: 'Talk to us about microneedling' });
    await expect(card).toContainText('Sunrise Skin');
    await expect(card.getByRole('link', { name: 'Call 555-0100' })).toHaveAttribute('href', 'tel:+15555550100');
    await expect(card).toContainText('currency: must be a three-letter ISO 4217 code');
    await expect(card).toContainText('prices.face.min: must not be above max');
    await expect(card).toContainText('concerns[1]: unknown value `tattoos`');
    // Without debug: the same card, no developer list.
    const quiet = page.locator('#quiet');
    await expect(quiet.getByRole('region', { name: 'Talk to us about microneedling' })).toContainText('Sunrise Skin');
    await expect(quiet).not.toContainText('currency: must be');
    await expect.poll(() => consoleErrors.filter((e) => e.includes('prices.face.min')).length).toBe(2);
    expect(consoleErrors.every((e) => /^treatment-estimator config: [a-z_(][^:]*: /.test(e))).toBe(true);
  });

});

test('a well-formed code that is no currency ("GPB") is told once in the console, and still shows its amounts', async ({ page }) => {
  const warnings = consoleWarnings(page);
  const config = { clinic: clinic(), currency: 'GPB', locale: 'en-GB', prices: { face: { min: 200, max: 600 } } };
  await hostConfig(page, 'gpb', config);
  await concern(page, 'Acne scars').check();
  await expect(estimate(page).getByRole('status')).toContainText('GPB');
  await expect.poll(() => warnings.filter((w) => w.includes('currency "GPB" is not one this browser knows')).length).toBe(1);
  // A real currency says nothing.
  const quiet = consoleWarnings(page);
  await hostConfig(page, 'gbp', { ...config, currency: 'GBP' });
  await concern(page, 'Acne scars').check();
  await expect(estimate(page).getByRole('status')).toContainText('£');
  expect(quiet.filter((w) => w.includes('currency'))).toEqual([]);
});

// verify60 M1: Spanish has no symbol of its own for the pound, the yen or
// the Canadian dollar ("1150 GBP"): in the currency's own country, the
// local one; elsewhere the code, never a "$" a peso has.
test('a Spanish visitor sees a UK clinic\'s prices in pounds, "£", and a Japanese clinic\'s in "¥", not ISO codes', async ({ page }) => {
  for (const [currency, locale, min, max, shown, hidden] of [
    ['GBP', 'en-GB', 200, 600, '£', 'GBP'],
    ['JPY', 'ja-JP', 20000, 60000, '¥', 'JPY'],
    ['USD', 'es-MX', 200, 600, 'USD', '$'],
  ]) {
    const config = { clinic: clinic(), currency, locale, prices: { face: { min, max } } };
    await hostConfig(page, `${currency}-${locale}`, config, 'lang="es"');
    await page.getByRole('checkbox', { name: 'Cicatrices de acné', exact: true }).check();
    const status = page.getByRole('region', { name: /^Su estimación/ }).getByRole('status');
    await expect(status).toContainText(shown);
    await expect(status).not.toContainText(hidden);
  }
});

test('the default prices are called typical US ranges, beside any note of the clinic\'s, and a clinic\'s own prices are not', async ({ page }) => {
  const note = "Prices: a typical US facial range from published sources; other areas, bundles and course discounts are assumptions, not this clinic's price list.";
  const shows = async (config, lang = 'en') => {
    await hostConfig(page, `note-${Math.random().toString(36).slice(2)}`, config, `lang="${lang}"`);
    await concern(page, lang === 'es' ? 'Cicatrices de acné' : 'Acne scars').check();
    await expect(page.locator('.te-price-total')).toContainText('$');
    return page.locator('.te-disclaimer').allTextContents();
  };
  expect(await shows({ clinic: clinic() })).toContain(note);
  // verify24 M1: a title of its own did not make the US ranges its prices.
  expect(await shows({ clinic: clinic(), wording: { en: { title: 'Our estimator' } } })).toContain(note);
  expect(await shows({ clinic: clinic(), wording: { en: { title: 'Nuestro plan' } } }, 'es')).toContain(
    // EE.\u00a0UU.: one line on a phone (verify41 G13).
    'Precios: un rango habitual en EE.\u00a0UU. para el rostro según fuentes publicadas; las demás zonas, las combinaciones de zonas y los descuentos por paquete de sesiones son estimaciones nuestras, no la lista de precios de esta clínica.',
  );
  // verify37 F2: a region's text is its language's ("en-GB" is English).
  expect(await shows({ clinic: clinic(), wording: { 'en-GB': { note: 'Prices include VAT.' } } })).toContain('Prices include VAT.');
  // verify50 F2: a note of the clinic's once took its place, and the
  // assumptions read as the clinic's own prices.
  const own = await shows({ clinic: clinic(), wording: { en: { note: 'Prices include tax.' } } });
  expect(own).toContain('Prices include tax.');
  expect(own).toContain(note);
  expect(await shows({ clinic: clinic(), prices: { face: { min: 200, max: 600 } } })).not.toContain(note);
  // Only where a price shows (verify30 F9): not under rosacea alone (a
  // consultation), nor under a stop.
  await hostConfig(page, 'note-where', { clinic: clinic() });
  await concern(page, 'Rosacea').check();
  await expect(page.locator('.te-summary')).toContainText('assessed in person');
  const noted = page.locator('.te-disclaimer', { hasText: note });
  await expect(noted).toHaveCount(0);
  await concern(page, 'Acne scars').check();
  await expect(page.locator('.te-price-total')).toContainText('$');
  await expect(noted).toHaveCount(1);
  await page.getByRole('group', { name: 'Are you pregnant, or could you be?' }).getByRole('radio', { name: 'Yes' }).check();
  await expect(page.locator('.te-price-total')).toHaveCount(0);
  await expect(noted).toHaveCount(0);
});

// verify33 N5: a clinic's course that can be one visit names no spacing,
// no "0 weeks" and no month for a last session; one of 1 to 6 visits
// dates its latest last session.
test('a course a clinic allows to be one visit reads as a single visit, in English and Spanish', async ({ page }) => {
  const figures = async (sessions, lang, name) => {
    const config = { clinic: clinic(), overrides: { 'dull-skin': { sessions } } };
    await hostConfig(page, `one-${sessions.max}-${lang}`, config, `lang="${lang}"`);
    await concern(page, name).check();
    const shown = page.locator('.te-figures');
    await expect(shown).toBeVisible();
    return shown.innerText();
  };
  const one = await figures({ min: 1, max: 1 }, 'en', 'Dull or uneven skin and overall rejuvenation');
  expect(one).toMatch(/Spacing\s+a single visit/i);
  expect(one).toMatch(/Treatment span\s+a single visit/i);
  expect(one).not.toContain('last session');
  await expect(page.locator('.te-timeline figcaption, .te-timeline .te-chart-caption')).toHaveText(/^1 session\. Results: about /);
  const upTo = await figures({ min: 1, max: 6 }, 'en', 'Dull or uneven skin and overall rejuvenation');
  expect(upTo).toMatch(/Treatment span\s+20 weeks at most\s+Your last session would be around \w+( \d{4})?\s–\s\w+ \d{4}\./i);
  const es = await figures({ min: 1, max: 6 }, 'es', 'Piel apagada o irregular y rejuvenecimiento general');
  expect(es).toContain('20 semanas como máximo');
  expect(es).not.toMatch(/\b0–20\b/);
});

// verify37 F3: a clinic with a booking tool and a contact form offers
// both; the form was dropped, so a visitor with questions first lost it.
test('beside a booking tool, the clinic\'s contact form stays as a link of its own', async ({ page }) => {
  await hostConfig(page, 'both-routes', { clinic: clinic({ booking_url: 'https://calendly.com/test/consult' }) });
  await page.evaluate(() => {
    window.booked = [];
    document.querySelector('treatment-estimator').addEventListener('estimator-book', (e) => window.booked.push(e.detail.route));
  });
  await concern(page, 'Acne scars').check();
  await expect(estimate(page).getByRole('link', { name: /^Book a consultation/ })).toHaveAttribute('href', /^https:\/\/calendly\.com\/test\/consult\?a1=/);
  const form = estimate(page).getByRole('link', { name: 'Send a message (opens in a new tab)' });
  await expect(form).toHaveAttribute('href', 'https://clinic.example/contact');
  const [tab] = await Promise.all([page.context().waitForEvent('page'), form.click()]);
  await tab.close();
  await expect.poll(() => page.evaluate(() => window.booked)).toEqual(['contact-form']);
  // On paper a link is no route, as the Book button is not (verify38 G3).
  await page.emulateMedia({ media: 'print' });
  await expect(form).toBeHidden();
  await expect(estimate(page).getByText('Call 555-0100')).toBeVisible();
  await page.emulateMedia({ media: 'screen' });
  // Without a booking tool the form is the main button, once.
  await hostConfig(page, 'form-only', { clinic: clinic() });
  await concern(page, 'Acne scars').check();
  await expect(estimate(page).getByRole('link', { name: /^Book a consultation/ })).toHaveAttribute('href', 'https://clinic.example/contact');
  await expect(estimate(page).getByRole('link', { name: /^Send a message/ })).toHaveCount(0);
});

test('a locale of the right shape that the browser refuses ("en-u") is told once in the console, and the amounts are written plainly', async ({ page }) => {
  const warnings = consoleWarnings(page);
  const config = { clinic: clinic(), currency: 'USD', locale: 'en-u', prices: { face: { min: 200, max: 600 } } };
  await hostConfig(page, 'en-u', config);
  await concern(page, 'Acne scars').check();
  // Written plainly: Intl's en-US has spaces around the dash.
  await expect(estimate(page).getByRole('status')).toContainText('Indicative price $800–$3,000.');
  await concern(page, 'Fine lines and wrinkles').check();
  await expect(estimate(page).getByRole('status')).toContainText('Indicative price $');
  await expect.poll(() => warnings.filter((w) => w.includes('locale "en-u" is not one this browser can format money in')).length).toBe(1);
});

test.describe('a missing config file', () => {
  test.use({ expectedErrors: [/^treatment-estimator config: |Failed to load resource: .* 404/] });

  test('gives a contact card without another clinic\'s details, and says why once', async ({ page, consoleErrors }) => {
    await hostPage(page, '/t/missing.html', '<treatment-estimator eager debug config="/nope.json"></treatment-estimator>');
    const card = page.getByRole('region', { name: 'Talk to us about microneedling' });
    await expect(card).toContainText('Please contact the clinic');
    await expect(card.getByRole('listitem')).toHaveText(['(file): could not load /nope.json: HTTP 404']);
    await expect(card).not.toContainText('801-501-9797');
    await expect(card).not.toContainText('Biorestoration');
    expect(consoleErrors.filter((e) => e.includes('could not load'))).toEqual([
      'treatment-estimator config: (file): could not load /nope.json: HTTP 404',
    ]);
  });
});

test.describe('a config that is empty or never answers', () => {
  test.use({ expectedErrors: [/^treatment-estimator config: /] });

  test('an empty config attribute is a mistake, never the default clinic', async ({ page, consoleErrors }) => {
    await hostPage(page, '/t/empty.html', '<treatment-estimator eager debug config=""></treatment-estimator>');
    const card = page.getByRole('region', { name: 'Talk to us about microneedling' });
    await expect(card.getByRole('listitem')).toHaveText([/^\(file\): could not load config="": the attribute is empty/]);
    await expect(card).not.toContainText('801-501-9797');
    expect(consoleErrors).toHaveLength(1);
  });

  test('a config that hangs gives the card after 10 s, and says why', async ({ page, consoleErrors }) => {
    test.setTimeout(40_000);
    await page.route('**/hangs.json', () => {});
    await hostPage(page, '/t/hangs.html', '<treatment-estimator eager debug config="/hangs.json"></treatment-estimator>');
    const card = page.getByRole('region', { name: 'Talk to us about microneedling' });
    await expect(card.getByRole('listitem')).toHaveText(['(file): could not load /hangs.json: no answer in 10 s'], { timeout: 20_000 });
    expect(consoleErrors).toHaveLength(1);
  });
});

test.describe('a WebAssembly that cannot load', () => {
  test.use({ expectedErrors: [/^treatment-estimator could not start: |Failed to load resource: .* 404/] });

  test('says the estimator is unavailable and tells the host, never an empty box', async ({ page, consoleErrors }) => {
    await page.route('**/estimator_bg.wasm', (r) => r.fulfill({ status: 404, body: 'gone' }));
    await hostPage(page, '/t/nowasm.html', '<treatment-estimator eager></treatment-estimator>', {
      head: '<script>window.errors = []; addEventListener("estimator-error", () => errors.push(1));</script>',
    });
    await expect(page.locator('treatment-estimator')).toContainText('The estimator is unavailable. Please contact the clinic.');
    await expect.poll(() => page.evaluate(() => window.errors.length)).toBe(1);
    expect(consoleErrors.filter((e) => e.startsWith('treatment-estimator could not start: '))).toHaveLength(1);
  });
});

test('a widget moved on the page keeps the visitor\'s answers and does not start again', async ({ page }) => {
  await hostPage(page, '/t/move.html', '<div id="a"><treatment-estimator eager></treatment-estimator></div><div id="b"></div>', {
    head: '<script>window.ready = 0; addEventListener("estimator-ready", () => ready++);</script>',
  });
  await concern(page, 'Fine lines and wrinkles').check();
  await expect.poll(() => page.evaluate(() => window.ready)).toBe(1);
  await page.evaluate(() => document.getElementById('b').append(document.querySelector('treatment-estimator')));
  await expect(page.locator('#b treatment-estimator')).toBeVisible();
  await expect(concern(page, 'Fine lines and wrinkles')).toBeChecked();
  await page.waitForTimeout(300);
  expect(await page.evaluate(() => window.ready)).toBe(1);
  // Removed for good, it stops; put back later, it starts again.
  await page.evaluate(() => (window.kept = document.querySelector('treatment-estimator')).remove());
  await page.waitForTimeout(100);
  await page.evaluate(() => document.getElementById('a').append(window.kept));
  await expect.poll(() => page.evaluate(() => window.ready)).toBe(2);
});

test('a config set while the widget loads is the one it starts from, never the default clinic (verify40 F1)', async ({ page }) => {
  for (const [name, clinicName] of [['same', 'Harbour Skin'], ['first', 'First Skin'], ['later', 'Sunrise Skin']]) {
    await page.route(`**/t/${name}.json`, (r) => r.fulfill({ json: { clinic: clinic({ name: clinicName }) } }));
  }
  // As a framework binding or a tag manager does: the element goes in,
  // then its config is set, in the same task; another's config changes
  // while it loads.
  await hostPage(page, '/t/late.html', `<div id="slot"></div><script type="module">
    const add = (id, config) => {
      const el = document.createElement('treatment-estimator');
      el.id = id;
      el.setAttribute('eager', '');
      if (config) el.setAttribute('config', config);
      slot.append(el);
      return el;
    };
    add('same').setAttribute('config', '/t/same.json');
    const changed = add('changed', '/t/first.json');
    setTimeout(() => changed.setAttribute('config', '/t/later.json'));
  </script>`);
  await expect(page.locator('#same')).toContainText('Harbour Skin');
  await expect(page.locator('#changed')).toContainText('Sunrise Skin');
  for (const id of ['#same', '#changed']) await expect(page.locator(id)).not.toContainText('Biorestoration');
  await expect(page.locator('#changed')).not.toContainText('First Skin');
});

test('Back to a share link the widget already started from keeps what the visitor changed since (verify40 F2)', async ({ page }) => {
  await hostPage(page, '/t/anchors.html', '<a href="#faq">FAQ</a><treatment-estimator eager></treatment-estimator><h2 id="faq">FAQ</h2>', {
    head: '<script>window.ready = 0; addEventListener("estimator-ready", () => ready++);</script>',
    url: '/t/anchors.html#te-c=wrinkles:glogau-3&te-a=face&te-l=en',
  });
  await expect(concern(page, 'Fine lines and wrinkles')).toBeChecked();
  await concern(page, 'Acne scars').check();
  await page.getByRole('link', { name: 'FAQ' }).click();
  await expect(page).toHaveURL(/#faq$/);
  await page.goBack();
  await expect(page).toHaveURL(/#te-c=wrinkles/);
  await page.waitForTimeout(300);
  await expect(concern(page, 'Acne scars')).toBeChecked();
  await expect(concern(page, 'Fine lines and wrinkles')).toBeChecked();
  expect(await page.evaluate(() => window.ready)).toBe(1);
  // A link opened anew in this tab is news: the widget starts from it.
  await page.goto('/t/anchors.html#te-c=rosacea&te-a=face&te-l=en');
  await expect(concern(page, 'Rosacea')).toBeChecked();
  await expect(concern(page, 'Acne scars')).not.toBeChecked();
});

test('on a right-to-left page the widget still reads left to right', async ({ page }) => {
  await page.route('**/t/rtl.html', (route) =>
    route.fulfill({
      contentType: 'text/html; charset=utf-8',
      body: `<!doctype html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>RTL</title>
<link rel="icon" href="data:,"><script type="module" src="/treatment-estimator.js"></script></head>
<body><main><treatment-estimator eager></treatment-estimator></main></body></html>`,
    }),
  );
  await page.goto('/t/rtl.html');
  await expect(concern(page, 'Acne scars')).toBeVisible();
  expect(await page.locator('.te-root').evaluate((el) => getComputedStyle(el).direction)).toBe('ltr');
});

test.describe('a panic', () => {
  test.use({ expectedErrors: [/^treatment-estimator crashed: /] });

  test('replaces every widget with the contact card and logs one clear error', async ({ page, consoleErrors }) => {
    await hostPage(page, '/t/crash.html', `
      <treatment-estimator id="ok" eager data-layer></treatment-estimator>
      <treatment-estimator id="boom" eager crash-test="mount"></treatment-estimator>`);
    for (const id of ['ok', 'boom']) {
      const card = page.locator(`#${id}`).getByRole('region', { name: 'Talk to us about microneedling' });
      await expect(card).toContainText('Biorestoration Medical & Aesthetics');
      await expect(card.getByRole('link', { name: 'Call 801-501-9797' })).toBeVisible();
    }
    // The first widget's render was already scheduled when the second
    // trapped: it must not come back under the card, nor say it is ready.
    await page.waitForTimeout(500);
    await expect(page.getByRole('heading', { name: 'Your estimate' })).toHaveCount(0);
    await expect(page.getByRole('link', { name: 'Call 801-501-9797' })).toHaveCount(2);
    // Named by the element's id (verify40 F8). On a loaded machine the
    // first may have been drawn, and said it was ready, before the second
    // trapped (a CI run on two busy cores); never after.
    const events = await page.evaluate(() => window.dataLayer);
    expect(events.at(-1)).toEqual({ event: 'estimator_error', widget: 'ok' });
    expect(events.slice(0, -1)).toEqual(events.slice(0, -1).map(() => ({ event: 'estimator_ready', widget: 'ok' })));
    expect(events.length).toBeLessThanOrEqual(2);
    // The release build traps at once, without a message (scripts/release.sh).
    expect(consoleErrors.filter((e) => e.startsWith('treatment-estimator crashed: '))).toEqual([
      'treatment-estimator crashed: RuntimeError: unreachable',
    ]);
    // A widget that starts after the crash shows the card of one with the
    // same config; without such a twin, it says so in a line.
    await page.evaluate(() => {
      window.failed = [];
      document.addEventListener('estimator-error', (e) => window.failed.push(e.target.id));
      const other = '<script type="application/json">{"clinic": {"name": "Other"}}</script>';
      for (const [id, inline, lang] of [['late', ''], ['tarde', '', 'es'], ['other', other], ['otra', other, 'es']]) {
        const el = document.createElement('treatment-estimator');
        el.id = id;
        if (lang) el.lang = lang;
        el.setAttribute('eager', '');
        el.innerHTML = inline;
        document.querySelector('main').append(el);
      }
    });
    const late = page.locator('#late').getByRole('region', { name: 'Talk to us about microneedling' });
    await expect(late.getByRole('link', { name: 'Call 801-501-9797' })).toBeVisible();
    // Without a twin in its language, the clinic's links in another.
    await expect(page.locator('#tarde').getByRole('link', { name: 'Call 801-501-9797' })).toBeVisible();
    await expect(page.locator('#other')).toContainText('The estimator is unavailable. Please contact the clinic.');
    await expect(page.locator('#other')).not.toContainText('801-501-9797');
    await expect(page.locator('#otra')).toContainText('La calculadora no está disponible. Por favor, comuníquese con la clínica.');
    // Each tells the host it could not start.
    expect((await page.evaluate(() => window.failed)).sort()).toEqual(['late', 'other', 'otra', 'tarde']);
    // An attribute changed after the crash still counts, and is told again.
    await page.evaluate(() => (document.querySelector('#other').lang = 'es'));
    await expect(page.locator('#other')).toContainText('La calculadora no está disponible.');
    expect((await page.evaluate(() => window.failed)).sort()).toEqual(['late', 'other', 'other', 'otra', 'tarde']);
  });
});

test.describe('a panic in a callback', () => {
  test.use({ expectedErrors: [/^treatment-estimator crashed: /] });

  test('after start-up, every widget becomes its own contact card and the host hears of it once each', async ({ page, consoleErrors }) => {
    const other = `<script type="application/json">${JSON.stringify({ clinic: clinic({ name: 'Sunrise Skin' }) })}</script>`;
    await hostPage(page, '/t/crash-later.html', `
      <treatment-estimator id="a" eager data-layer>${other}</treatment-estimator>
      <treatment-estimator id="b" eager></treatment-estimator>`);
    await page.evaluate(() => {
      window.heard = [];
      for (const name of ['estimator-error', 'estimator-book']) {
        document.addEventListener(name, (e) => window.heard.push(`${e.target.id} ${e.type} ${JSON.stringify(e.detail)}`));
      }
    });
    for (const id of ['a', 'b']) await expect(page.locator(`#${id}`).getByRole('heading', { name: 'Your estimate' })).toBeVisible();
    // A widget that traps from a timer, as a click's handler would.
    await page.evaluate(() => {
      const el = document.createElement('treatment-estimator');
      el.id = 'c';
      el.setAttribute('eager', '');
      el.setAttribute('crash-test', 'later');
      document.querySelector('main').append(el);
    });
    const card = (id) => page.locator(`#${id}`).getByRole('region', { name: 'Talk to us about microneedling' });
    await expect(card('a').getByRole('link', { name: 'Call 555-0100' })).toBeVisible();
    await expect(card('a')).not.toContainText('Biorestoration');
    for (const id of ['b', 'c']) await expect(card(id).getByRole('link', { name: 'Call 801-501-9797' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Your estimate' })).toHaveCount(0);
    // The card's links still report, though the module is dead.
    await card('b').getByRole('link', { name: /Call/ }).evaluate((a) => a.addEventListener('click', (e) => e.preventDefault()));
    await card('b').getByRole('link', { name: /Call/ }).click();
    expect((await page.evaluate(() => window.heard)).sort()).toEqual([
      'a estimator-error {}',
      'b estimator-book {"route":"phone"}',
      'b estimator-error {}',
      'c estimator-error {}',
    ]);
    expect(await page.evaluate(() => window.dataLayer.map((e) => e.event))).toContain('estimator_error');
    expect(consoleErrors.filter((e) => e.startsWith('treatment-estimator crashed: '))).toEqual([
      'treatment-estimator crashed: RuntimeError: unreachable',
    ]);
  });
});

test.describe('after a panic', () => {
  test.use({ expectedErrors: [/^treatment-estimator crashed: /] });

  test('the card follows the visitor\'s language, takes the focus, and comes back when the widget is moved', async ({ page }) => {
    await hostPage(page, '/t/crash-focus.html', `
      <treatment-estimator id="a" eager></treatment-estimator><section id="elsewhere"></section>`);
    const a = page.locator('#a');
    await a.getByRole('combobox', { name: 'Language' }).selectOption('es');
    await expect(a.getByRole('heading', { name: 'Su estimación' })).toBeVisible();
    await a.getByRole('checkbox', { name: 'Cicatrices de acné', exact: true }).focus();
    await page.evaluate(() => {
      const el = document.createElement('treatment-estimator');
      el.setAttribute('eager', '');
      el.setAttribute('crash-test', 'later');
      document.querySelector('main').append(el);
    });
    const heading = a.getByRole('heading', { name: 'Hable con nosotros sobre el microneedling' });
    await expect(heading).toBeFocused();
    await page.evaluate(() => document.querySelector('#elsewhere').append(document.querySelector('#a')));
    await expect(page.locator('#elsewhere #a').getByRole('link', { name: /801-501-9797/ })).toBeVisible();
  });
});

test.describe('a crash\'s card', () => {
  test.use({ expectedErrors: [/^treatment-estimator crashed: /] });

  test('says the clinic\'s own words on its button, in the visitor\'s language', async ({ page }) => {
    const config = {
      clinic: clinic(),
      wording: { en: { book_label: 'Request a visit' }, es: { book_label: 'Pida una visita' } },
    };
    await hostPage(page, '/t/crash-label.html', `
      <treatment-estimator id="a" eager><script type="application/json">${JSON.stringify(config)}</script></treatment-estimator>`);
    const a = page.locator('#a');
    await concern(a, 'Acne scars').check();
    await expect(a.getByRole('link', { name: /^Request a visit/ })).toBeVisible();
    await a.getByRole('combobox', { name: 'Language' }).selectOption('es');
    await expect(a.getByRole('link', { name: /^Pida una visita/ })).toBeVisible();
    await page.evaluate(() => {
      const el = document.createElement('treatment-estimator');
      el.setAttribute('eager', '');
      el.setAttribute('crash-test', 'later');
      document.querySelector('main').append(el);
    });
    const card = a.getByRole('region', { name: 'Hable con nosotros sobre el microneedling' });
    await expect(card.getByRole('link', { name: /^Pida una visita/ })).toHaveAttribute('href', 'https://clinic.example/contact');
    await expect(card).not.toContainText('Pida una consulta');
  });
});

test.describe('a host page\'s own WebAssembly', () => {
  test.use({ expectedErrors: [/^unreachable$/] });

  test('trapping in a listener for the widget\'s events is the host\'s error, not a crash of the widget', async ({ page, consoleErrors, pageErrors }) => {
    // A module whose one function is `unreachable`, called from the host's
    // listener, below which the widget's own frames dispatched the event.
    const host = `<script>
      const bytes = new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0, 1, 4, 1, 96, 0, 0, 3, 2, 1, 0,
        7, 7, 1, 3, 98, 111, 111, 0, 0, 10, 5, 1, 3, 0, 0, 11]);
      const { boo } = new WebAssembly.Instance(new WebAssembly.Module(bytes)).exports;
      document.addEventListener('estimator-estimate', () => window.armed && boo());
    </script>`;
    await hostPage(page, '/t/host-wasm.html', `<treatment-estimator eager></treatment-estimator>${host}`);
    await expect(estimate(page)).toBeVisible();
    await page.evaluate(() => (window.armed = true));
    await concern(page, 'Acne scars').check();
    await expect.poll(() => pageErrors).toEqual(['unreachable']);
    await page.evaluate(() => (window.armed = false));
    await concern(page, 'Fine lines and wrinkles').check();
    await expect(estimate(page)).toContainText('sessions');
    await expect(page.getByRole('region', { name: 'Talk to us about microneedling' })).toHaveCount(0);
    expect(consoleErrors).toEqual([]);
  });
});

test.describe('injection', () => {
  test.use({ expectedErrors: [/^treatment-estimator config: /] });

  for (let batch = 0; batch < corpus.length; batch += 8) {
    const payloads = corpus.slice(batch, batch + 8);
    test(`payloads ${batch + 1}–${batch + payloads.length} execute nothing`, async ({ page }) => {
      const dialogs = [];
      page.on('dialog', (d) => {
        dialogs.push(d.message());
        d.dismiss();
      });
      const requests = [];
      page.on('request', (r) => requests.push(r.url()));
      for (const [i, p] of payloads.entries()) {
        // Text fields: valid config, rendered as text.
        await page.route(`**/xss/text-${i}.json`, (r) =>
          r.fulfill({
            json: {
              clinic: clinic({ name: p, phone: p, address: [p, `x ${p}`] }),
              wording: { en: { title: p, intro: p, note: p, book_label: p } },
              add_ons: [{ id: 'x', kind: 'other', name: { en: p }, percent_of_session: 10 }],
            },
          }),
        );
        // Link fields: refused, so the contact card renders (from the default).
        await page.route(`**/xss/link-${i}.json`, (r) =>
          r.fulfill({ json: { clinic: clinic({ contact_form_url: p, booking_url: p, name: p }) } }),
        );
      }
      const first = encodeURIComponent(payloads[0]);
      const url = `/t/xss-${batch}.html?te_concerns=${first}&te_areas=${first}&utm_source=${first}#te-c=${first}&te-a=${first}`;
      await page.route(`**/t/xss-${batch}.js`, (r) =>
        r.fulfill({
          contentType: 'text/javascript',
          body: `const payloads = ${JSON.stringify(payloads)};
            const main = document.querySelector('main');
            payloads.forEach((p, i) => {
              for (const kind of ['text', 'link']) {
                const el = document.createElement('treatment-estimator');
                el.id = kind + i;
                el.setAttribute('eager', '');
                el.setAttribute('debug', '');
                el.setAttribute('config', '/xss/' + kind + '-' + i + '.json');
                for (const a of ['concerns', 'areas', 'theme', 'lang', 'locale', 'currency']) el.setAttribute(a, p);
                if (kind === 'text') el.setAttribute('concerns', 'acne-scars,' + p);
                main.append(el);
              }
            });`,
        }),
      );
      await hostPage(page, `/t/xss-${batch}.html`, '', {
        head: `<script type="module" src="/t/xss-${batch}.js"></script>`,
        url,
      });
      for (const [i] of payloads.entries()) {
        await expect(page.locator(`#text${i} .te-root`).first()).toBeVisible();
        await expect(page.locator(`#link${i} .te-root`).first()).toBeVisible();
      }
      await page.locator('#text0').getByRole('checkbox', { name: /PRP|Acne scars/ }).first().click().catch(() => {});
      await page.waitForTimeout(300);
      const report = await page.evaluate((payloads) => {
        const bad = [];
        const hosts = [...document.querySelectorAll('treatment-estimator')];
        for (const host of hosts) {
          const root = host.shadowRoot;
          for (const el of root.querySelectorAll('*')) {
            const tag = el.tagName.toLowerCase();
            if (['script', 'iframe', 'object', 'embed', 'img', 'style', 'meta', 'base', 'form', 'image', 'foreignobject'].includes(tag)) {
              bad.push(`${host.id}: <${tag}>`);
            }
            for (const attr of el.getAttributeNames()) {
              if (attr.startsWith('on')) bad.push(`${host.id}: ${tag}[${attr}]`);
            }
            if (tag === 'a' && !/^(https?:|tel:|mailto:)/.test(el.getAttribute('href') || '')) {
              bad.push(`${host.id}: a[href=${el.getAttribute('href')}]`);
            }
          }
          for (const prop of ['--te-accent', '--te-font', '--te-bg']) {
            const v = host.style.getPropertyValue(prop);
            if (v) bad.push(`${host.id}: ${prop}=${v}`);
          }
        }
        // Text payloads are shown as text, verbatim.
        const shown = payloads.map((p, i) =>
          document.getElementById('text' + i).shadowRoot.textContent.includes(p.trim()) ||
          /[\\u0000-\\u001f]/.test(p));
        return { bad, shown, xss: window.__xss, scripts: document.scripts.length };
      }, payloads);
      expect(report.bad).toEqual([]);
      expect(report.shown.every(Boolean)).toBe(true);
      expect(dialogs).toEqual([]);
      expect(page.url()).toContain(`/t/xss-${batch}.html`);
      expect(report.scripts).toBe(2);
      // Nothing was fetched from anywhere but this origin.
      expect(requests.filter((u) => !u.startsWith('http://127.0.0.1:'))).toEqual([]);
    });
  }
});

test('privacy: a whole visit requests only the widget\'s own files and stores nothing', async ({ page, context }) => {
  const requests = [];
  page.on('request', (r) => requests.push(new URL(r.url()).pathname));
  await openDemo(page);
  await concern(page, 'Acne scars').check();
  await concern(page, 'Hair loss (androgenetic alopecia)').check();
  for (const b of await page.getByRole('button', { name: /None of these apply|Not pregnant or breastfeeding/ }).all()) await b.click();
  await page.getByRole('radio', { name: '22 or older' }).check();
  const own = ['/demo.css', '/estimator.css', '/estimator.js', '/estimator_bg.wasm', '/index.html', '/treatment-estimator.js'];
  // An English visit never downloads the Spanish file.
  expect([...new Set(requests)].sort()).toEqual([...own].sort());
  await page.getByRole('combobox', { name: 'Language' }).selectOption('es');
  await page.getByRole('combobox', { name: 'Idioma' }).selectOption('en');
  await page.getByRole('combobox', { name: 'Language' }).selectOption('es');
  await page.getByRole('combobox', { name: 'Idioma' }).selectOption('en');
  await expect(estimate(page).getByRole('status').first()).toContainText('sessions');
  // Picking Spanish twice fetched its file once.
  expect(requests.filter((p) => p === '/estimator-es.json')).toHaveLength(1);
  expect([...new Set(requests)].sort()).toEqual([...own, '/estimator-es.json'].sort());
  expect(await context.cookies()).toEqual([]);
  const stored = await page.evaluate(async () => ({
    cookie: document.cookie,
    local: localStorage.length,
    session: sessionStorage.length,
    idb: (await indexedDB.databases()).length,
  }));
  expect(stored).toEqual({ cookie: '', local: 0, session: 0, idb: 0 });
});

test('the configured config URL is the only other request', async ({ page }) => {
  const requests = [];
  page.on('request', (r) => requests.push(new URL(r.url()).pathname));
  await page.goto('/examples/strict-csp.html');
  await expect(page.getByRole('region', { name: 'Your estimate' }).getByRole('status')).toContainText('sessions');
  const widget = requests.filter((p) => !p.startsWith('/examples/') || p.endsWith('.json'));
  expect([...new Set(widget)].sort()).toEqual(
    ['/estimator.css', '/estimator.js', '/estimator_bg.wasm', '/examples/clinic-config.json', '/treatment-estimator.js'].sort(),
  );
});

test.describe('the contact card', () => {
  test.use({ expectedErrors: [/^treatment-estimator config: /] });

  test('reports a booking route like the estimator, also to dataLayer', async ({ page }) => {
    await hostPage(page, '/t/card-book.html', `
      <treatment-estimator id="card" eager data-layer><script type="application/json">
        {"clinic": {"name": "Card Clinic", "phone": "555-0100", "email": "hi@card.example",
                    "contact_form_url": "https://card.example/contact", "fax": "1"}}
      </script></treatment-estimator>`);
    const card = page.getByRole('region', { name: 'Talk to us about microneedling' });
    await expect(card).toContainText('Card Clinic');
    await page.evaluate(() => {
      window.booked = [];
      document.addEventListener('estimator-book', (e) => window.booked.push([e.target.id, e.detail.route]));
      window.addEventListener('click', (e) => e.preventDefault(), true);
    });
    await card.getByRole('link', { name: 'Call 555-0100' }).click();
    await card.getByRole('link', { name: 'E-mail hi@card.example' }).click();
    await card.getByRole('link', { name: /Book a consultation/ }).click();
    await card.getByText('Card Clinic').click();
    expect(await page.evaluate(() => window.booked)).toEqual([
      ['card', 'phone'],
      ['card', 'email'],
      ['card', 'contact-form'],
    ]);
    // The bad config's estimator-error went to the data layer first.
    expect(await page.evaluate(() => window.dataLayer.map((e) => e.route ?? e.event))).toEqual([
      'estimator_error',
      'phone',
      'email',
      'contact-form',
    ]);
  });
});

// verify52 F3: a browser too old for the widget (Safari before 16.4, no
// constructable style sheets) never defines the element; what the page put
// inside it shows instead, as README says, and is hidden once the widget runs.
test('what the page puts inside the element shows in a browser too old for the widget, and only there', async ({ page }) => {
  const body = '<treatment-estimator eager><p>Call us on 801-501-9797</p></treatment-estimator>';
  await hostPage(page, '/t/inside.html', body);
  await expect(page.getByRole('checkbox', { name: 'Acne scars', exact: true })).toBeVisible();
  await expect(page.getByText('Call us on 801-501-9797')).toBeHidden();
  const old = await page.context().newPage();
  await old.addInitScript(() => { delete window.CSSStyleSheet; });
  old.on('pageerror', () => {});
  await hostPage(old, '/t/inside-old.html', body);
  await expect(old.getByText('Call us on 801-501-9797')).toBeVisible();
  expect(await old.evaluate(() => customElements.get('treatment-estimator'))).toBeUndefined();
});
