import { test, expect, saidSummary, hostPage, openDemo, concern, restartWith } from './fixtures.mjs';

const widget = (page, id) => page.locator(`treatment-estimator#${id}`);
const status = (scope) => scope.getByRole('region', { name: 'Your estimate' }).getByRole('status');

test('two instances on one page keep independent state', async ({ page }) => {
  await page.goto('/examples/plain.html');
  const first = widget(page, 'first');
  const second = widget(page, 'second');
  // Prefilled by attribute: acne scars in the first, wrinkles in the second.
  await expect(first.getByRole('checkbox', { name: 'Acne scars', exact: true })).toBeChecked();
  await expect(second.getByRole('checkbox', { name: 'Fine lines and wrinkles', exact: true })).toBeChecked();
  await expect(second.getByRole('checkbox', { name: 'Acne scars', exact: true })).not.toBeChecked();
  await expect(status(first)).toContainText('4–5 sessions');
  await expect(status(first)).toContainText('$900');
  // The second has its own clinic (inline JSON config), currency and title.
  await expect(second.getByRole('heading', { name: 'Plan your skin treatment' })).toBeVisible();
  await expect(second).toContainText('Sunrise Skin Studio');
  await expect(status(second)).toContainText('€');

  await first.getByRole('checkbox', { name: 'Stretch marks', exact: true }).check();
  await expect(status(first)).toContainText('4–5 sessions');
  await expect(first.getByRole('checkbox', { name: 'Stretch marks', exact: true })).toBeChecked();
  await expect(second.getByRole('checkbox', { name: 'Stretch marks', exact: true })).not.toBeChecked();
  await second.getByRole('checkbox', { name: 'Fine lines and wrinkles', exact: true }).uncheck();
  await expect(status(second)).toContainText('Choose at least one concern');
  await expect(status(first)).toContainText('sessions');
});

test('zero CSP violations under the strict policy, Trusted Types included', async ({ page }) => {
  const response = await page.goto('/examples/strict-csp.html');
  expect(response.headers()['content-security-policy']).toBe(
    "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; require-trusted-types-for 'script'",
  );
  const el = page.locator('treatment-estimator');
  await expect(status(el)).toContainText('4–5 sessions');
  // The widget sets no HTML strings (innerHTML), which Trusted Types would
  // refuse: the whole result is there, the chart's SVG and the table too.
  await expect(el.getByRole('figure', { name: 'Your timeline' })).toContainText('first to last session');
  await expect(el.locator('.te-price-range')).toHaveText(/\$900\s–\s\$3,150/);
  expect(await el.locator('.te-price svg rect').last().evaluate((r) => r.namespaceURI)).toBe('http://www.w3.org/2000/svg');
  expect(await el.locator('.te-timeline circle').first().evaluate((c) => c.namespaceURI)).toBe('http://www.w3.org/2000/svg');
  await expect(el.getByRole('table')).toContainText('Total');
  await el.getByRole('checkbox', { name: 'Stretch marks', exact: true }).check();
  await el.getByRole('button', { name: /Not pregnant or breastfeeding: About you/ }).click();
  await expect(status(el)).toContainText('sessions');
  // The widget's own styles applied (the shadow root's stylesheet loaded).
  const radius = await el.locator('.te-root').evaluate((n) => getComputedStyle(n).borderTopLeftRadius);
  expect(radius).toBe('12px');
  expect(await page.evaluate(() => window.cspViolations)).toEqual([]);
});

const probes = [
  ['.te-root', ['fontFamily', 'fontSize', 'color', 'paddingTop', 'lineHeight', 'letterSpacing', 'textTransform', 'textAlign']],
  ['.te-card', ['display', 'borderTopStyle', 'marginTop', 'paddingTop', 'backgroundColor']],
  ['.te-card label', ['fontSize', 'visibility', 'fontWeight']],
  ['.te-check', ['display', 'opacity', 'width']],
  ['.te-result-title', ['fontSize', 'marginTop']],
  ['.te-btn--primary', ['visibility', 'backgroundColor', 'fontSize']],
  ['svg', ['display']],
];

async function computed(page) {
  const root = page.locator('treatment-estimator').first();
  await expect(status(root)).toContainText('sessions');
  return root.evaluate((host, probes) => {
    const out = {};
    for (const [selector, props] of probes) {
      const el = host.shadowRoot.querySelector(selector);
      const style = getComputedStyle(el);
      for (const p of props) out[`${selector} ${p}`] = style[p];
    }
    out.width = host.getBoundingClientRect().width > 200;
    return out;
  }, probes);
}

test('hostile host CSS leaves the widget as on the plain page, and the widget leaves the host alone', async ({ page }) => {
  await page.setViewportSize({ width: 900, height: 900 });
  // The plain page's first widget: the same default clinic and prefill.
  await page.goto('/examples/plain.html');
  const plain = await computed(page);

  // The host page's own styles, measured with the widget's script blocked.
  await page.route('**/treatment-estimator.js', (route) =>
    route.fulfill({ contentType: 'text/javascript', body: '// blocked for the measurement' }),
  );
  const hostStyles = async () =>
    page.evaluate(() => {
      const pick = (el) => {
        const s = getComputedStyle(el);
        return [s.fontFamily, s.fontSize, s.color, s.margin, s.display, s.lineHeight].join('|');
      };
      return {
        h1: pick(document.querySelector('h1')),
        p: pick(document.querySelector('form p')),
        submit: pick(document.getElementById('host-submit')),
        body: pick(document.body),
        sheets: document.styleSheets.length,
        bodyChildren: document.body.children.length,
      };
    });
  await page.goto('/examples/hostile-css.html');
  const hostBefore = await hostStyles();
  await page.unroute('**/treatment-estimator.js');

  await page.goto('/examples/hostile-css.html');
  const hostile = await computed(page);
  // Letter spacing alone comes through, by design: a visitor's text-spacing
  // tool (WCAG 1.4.12) is a page style like this one (verify64 M3).
  expect(hostile['.te-root letterSpacing']).toBe('2px');
  expect({ ...hostile, '.te-root letterSpacing': 'normal' }).toEqual(plain);
  expect(await hostStyles()).toEqual(hostBefore);
});

test('no button inside a host form submits it', async ({ page }) => {
  await page.goto('/examples/hostile-css.html');
  const el = page.locator('treatment-estimator');
  await expect(status(el)).toContainText('sessions');
  const url = page.url();
  for (const button of await el.getByRole('button').all()) {
    if (await button.isVisible()) await button.click();
  }
  const pregnant = el.getByRole('group', { name: 'Are you pregnant, or could you be?' }).getByRole('radio', { name: 'No', exact: true });
  await pregnant.focus();
  await page.keyboard.press('Enter');
  await el.getByRole('checkbox', { name: 'Rosacea', exact: true }).focus();
  await page.keyboard.press('Enter');
  await page.waitForTimeout(200);
  expect(await page.evaluate(() => window.hostSubmits)).toBe(0);
  expect(page.url()).toBe(url);
});

test('the iframe follows its content height and forwards events', async ({ page }) => {
  await page.setViewportSize({ width: 800, height: 800 });
  await page.goto('/examples/iframe.html');
  const frameEl = page.locator('iframe#frame');
  await expect(frameEl).toHaveAttribute('title', 'Microneedling plan estimator');
  const frame = page.frameLocator('iframe#frame');
  await expect(status(frame.locator('treatment-estimator'))).toContainText('4–5 sessions');
  // The frame's page has its landmark: a screen reader's list there is not empty.
  await expect(frame.getByRole('main').locator('treatment-estimator')).toHaveCount(1);
  const fits = async () =>
    frameEl.evaluate((f) => {
      const inner = f.contentDocument.documentElement;
      return { frame: f.getBoundingClientRect().height, content: Math.ceil(inner.getBoundingClientRect().height) };
    });
  await expect.poll(async () => { const h = await fits(); return h.frame >= h.content && h.frame - h.content < 2; }).toBe(true);
  const before = (await fits()).frame;
  await frame.getByRole('checkbox', { name: 'Hair loss (androgenetic alopecia)', exact: true }).check();
  await expect.poll(async () => (await fits()).frame).toBeGreaterThan(before);
  await expect.poll(async () => { const h = await fits(); return h.frame >= h.content && h.frame - h.content < 2; }).toBe(true);
  const heights = await fits();
  expect(Number.isInteger(heights.frame)).toBe(true);

  const names = await page.evaluate(() => window.teEvents.map((e) => `${e.source} ${e.name}`));
  expect(names).toContain('frame estimator-ready');
  const last = await page.evaluate(() => window.teEvents.filter((e) => e.name === 'estimator-estimate').at(-1).detail);
  expect(last.concerns).toEqual(['acne-scars', 'hair-loss']);
});

test('in the iframe embed, "Copy link" links the host page, and opening it there restores the plan', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const framePages = [];
  page.on('request', (r) => r.url().includes('/embed.html') && framePages.push(r.url()));
  await page.goto('/examples/iframe.html');
  const frame = page.frameLocator('iframe#frame');
  const el = frame.locator('treatment-estimator');
  await expect(status(el)).toContainText('4–5 sessions');
  await frame.getByRole('radio', { name: 'Grade 4: severe' }).check();
  await frame.getByRole('checkbox', { name: 'Neck', exact: true }).check();
  const summary = await saidSummary(el.getByRole('region', { name: 'Your estimate' }));
  // By keyboard: a click scrolls the page to the button, and the frame's
  // sticky estimate then glides to the page's new view, so under load the
  // click could land beside the button (other-origin.spec.mjs).
  await el.getByRole('button', { name: 'Copy link to this estimate' }).press('Enter');
  await expect(el.getByText('Link copied.')).toBeVisible();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  const origin = new URL(page.url()).origin;
  expect(link).toBe(`${origin}/examples/iframe.html#te-c=acne-scars:grade-4&te-a=face,neck&te-l=en`);
  // The host page's address came by message: the frame loaded once.
  expect(framePages).toEqual([`${origin}/embed.html?concerns=acne-scars`]);

  const other = await context.newPage();
  await other.goto(link);
  const again = other.frameLocator('iframe#frame').locator('treatment-estimator');
  await expect(again.getByRole('radio', { name: 'Grade 4: severe' })).toBeChecked();
  await expect(status(again)).toHaveText(summary);
  await other.close();

  // The frame may copy (a frame from another origin needs the page's leave).
  await expect(page.locator('iframe#frame')).toHaveAttribute('allow', /clipboard-write/);
  // A share link opened in this same tab changes only the fragment: the
  // frame starts again from it.
  await page.goto(`${origin}/examples/iframe.html#te-c=wrinkles:glogau-3&te-a=neck&te-l=en`);
  await expect(frame.getByRole('checkbox', { name: 'Fine lines and wrinkles', exact: true })).toBeChecked();
  await expect(frame.getByRole('checkbox', { name: 'Acne scars', exact: true })).not.toBeChecked();
  await expect(frame.getByRole('checkbox', { name: 'Neck', exact: true })).toBeChecked();
  // "Start over" in the frame takes the share link out of this page's
  // address too: a reload does not bring the shared choices back.
  await frame.getByRole('button', { name: 'Start over' }).click();
  await expect.poll(() => page.url()).toBe(`${origin}/examples/iframe.html`);
  await page.reload();
  await expect(status(el)).toContainText('4–5 sessions');
  await expect(frame.getByRole('checkbox', { name: 'Fine lines and wrinkles', exact: true })).not.toBeChecked();

  // A crafted frame address cannot point the links at another site.
  const frameUrl = await page.locator('iframe#frame').getAttribute('src');
  // The frame shows the same plan before and after: wait for the new page.
  const reloaded = page.waitForEvent('framenavigated', (f) => f.url().includes('share-url='));
  await page.locator('iframe#frame').evaluate((f, src) => {
    const u = new URL(src, location.href);
    u.searchParams.set('share-url', 'https://elsewhere.example/');
    u.hash = '';
    f.src = u.href;
  }, frameUrl);
  await reloaded;
  await expect(status(el)).toContainText('4–5 sessions');
  // By keyboard, as above: a click could land beside the gliding button.
  await el.getByRole('button', { name: 'Copy link to this estimate' }).press('Enter');
  await expect(el.getByText('Link copied.')).toBeVisible();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toMatch(new RegExp(`^${origin}/examples/iframe\\.html#te-c=`));
  expect(copied).not.toContain('elsewhere');
});

test('events fire with the documented detail, and dataLayer is opt-in', async ({ page }) => {
  await page.goto('/examples/plain.html');
  const first = widget(page, 'first');
  await expect(status(first)).toContainText('4–5 sessions');
  const events = () => page.evaluate(() => window.teEvents);
  await expect.poll(async () => (await events()).filter((e) => e.name === 'estimator-ready').length).toBe(2);
  const estimate = (await events()).filter((e) => e.name === 'estimator-estimate' && e.source === 'first').at(-1);
  expect(estimate.detail).toEqual({
    concerns: ['acne-scars'],
    areas: ['face'],
    sessions: { min: 4, max: 5 },
    price: { min: 900, max: 3150 },
    currency: 'USD',
    language: 'en',
  });
  // An answer that changes nothing in the event sends none: darker skin
  // spaces the sessions further apart, which the event does not carry.
  const sent = async () => (await events()).filter((e) => e.name === 'estimator-estimate' && e.source === 'first').length;
  const before = await sent();
  await first.getByRole('radio', { name: /^V: / }).check();
  await expect(first.locator('.te-summary')).toContainText('every 6 weeks');
  await page.waitForTimeout(200);
  expect(await sent()).toBe(before);
  // A stop answer is not told either (verify46 F2: its "defer" reached
  // the page's tag manager): the page heard the plan for the concerns.
  await first.getByRole('group', { name: 'Are you pregnant, or could you be?' }).getByRole('radio', { name: 'Yes' }).check();
  await expect(first.getByText(/not just yet/i).first()).toBeVisible();
  await page.waitForTimeout(200);
  expect(await sent()).toBe(before);
  const all = (await events()).filter((e) => e.name === 'estimator-estimate');
  expect(all.every((e) => !('eligibility' in e.detail))).toBe(true);
  expect(all.filter((e) => e.source === 'first').at(-1).detail).toMatchObject({ sessions: { min: 4, max: 5 }, price: { min: 900, max: 3150 } });

  // Book: which route was taken. The booking page learns nothing of this
  // page's address, whose query may hold a visitor's details (verify46 F4:
  // a host's lax Referrer-Policy sent it whole), and gets no opener.
  await page.context().route('https://biorestoration.com/**', (r) => r.fulfill({ body: 'contact form' }));
  const asked = page.context().waitForEvent('request', (r) => r.url().startsWith('https://biorestoration.com/'));
  const popup = page.waitForEvent('popup');
  await first.getByRole('link', { name: /Book a consultation/ }).click();
  expect((await asked).headers().referer).toBeUndefined();
  expect(await (await popup).evaluate(() => [document.referrer, window.opener])).toEqual(['', null]);
  await (await popup).close();
  const book = (await events()).filter((e) => e.name === 'estimator-book').at(-1);
  expect(book).toEqual({ name: 'estimator-book', source: 'first', detail: { route: 'contact-form' } });
  // The phone and e-mail links name their routes (the host page keeps the
  // browser from following them); a click elsewhere in the block is no route.
  await page.evaluate(() => window.addEventListener('click', (e) => e.preventDefault(), true));
  const routes = async () => (await events()).filter((e) => e.name === 'estimator-book').map((e) => e.detail.route);
  await first.getByRole('link', { name: /Call 801-501-9797/ }).click();
  await first.getByRole('link', { name: /E-mail info@biorestoration.com/ }).click();
  await first.locator('address').click();
  await first.getByRole('heading', { name: 'Biorestoration Medical & Aesthetics' }).click();
  expect(await routes()).toEqual(['contact-form', 'phone', 'email']);

  // Only the second instance opted in to dataLayer.
  const layer = await page.evaluate(() => window.dataLayer);
  expect(layer.length).toBeGreaterThan(0);
  expect(layer.map((e) => e.event)).toContain('estimator_estimate');
  // Each push names its widget (verify40 F8: two widgets' were the same).
  expect(layer.every((e) => e.widget === 'second' && !('eligibility' in e))).toBe(true);
  expect(layer.every((e) => !e.concerns || !e.concerns.includes('acne-scars'))).toBe(true);
});

test('a page view is no estimate: the empty form sends ready alone, a ticked concern its estimate', async ({ page }) => {
  // verify30 F4: every page load sent an estimate with no concerns, so a
  // clinic's analytics counted each page view as one.
  await page.addInitScript(() => {
    window.seen = [];
    for (const name of ['estimator-ready', 'estimator-estimate'])
      document.addEventListener(name, (e) => window.seen.push(name === 'estimator-ready' ? 'ready' : e.detail.concerns.join() || 'none'));
  });
  await openDemo(page);
  const seen = () => page.evaluate(() => window.seen);
  await expect.poll(seen).toEqual(['ready']);
  // Nor is a safety answer on the empty form (verify31 F1).
  const pregnant = page.getByRole('group', { name: 'Are you pregnant, or could you be?' });
  await pregnant.getByRole('radio', { name: 'No', exact: true }).check();
  await page.waitForTimeout(300);
  expect(await seen()).toEqual(['ready']);
  await concern(page, 'Acne scars').check();
  await expect.poll(seen).toEqual(['ready', 'acne-scars']);
  // Emptied again, the host hears it: its last estimate is gone; then
  // nothing until a concern is ticked again.
  await page.getByRole('button', { name: 'Start over' }).click();
  await expect.poll(seen).toEqual(['ready', 'acne-scars', 'none']);
  await pregnant.getByRole('radio', { name: 'Yes' }).check();
  await page.waitForTimeout(300);
  expect(await seen()).toEqual(['ready', 'acne-scars', 'none']);
});

test('prefill from URL parameters, and UTM forwarding to the booking link', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/examples/plain.html?te_concerns=stretch-marks&te_areas=abdomen&utm_source=newsletter&utm_campaign=spring%20glow&gclid=g123&ref=menu');
  const first = widget(page, 'first');
  await expect(first.getByRole('checkbox', { name: 'Stretch marks', exact: true })).toBeChecked();
  // The URL's lists replace the attributes' (concerns="acne-scars", the face).
  await expect(first.getByRole('checkbox', { name: 'Acne scars', exact: true })).not.toBeChecked();
  await expect(first.getByRole('checkbox', { name: 'Abdomen', exact: true })).toBeChecked();
  await expect(first.getByRole('checkbox', { name: 'Face', exact: true })).not.toBeChecked();
  const book = first.getByRole('link', { name: /Book a consultation/ });
  await expect(book).toHaveAttribute(
    'href',
    'https://biorestoration.com/contact/?utm_source=newsletter&utm_campaign=spring%20glow&gclid=g123',
  );
  // The Calendly link of the second clinic: prefill (a1) and tracking.
  const calendly = await widget(page, 'second').getByRole('link', { name: /Book a consultation/ }).getAttribute('href');
  expect(calendly).toMatch(/^https:\/\/calendly\.com\/sunrise-skin\/consultation\?a1=/);
  expect(calendly).toContain('&utm_source=newsletter&utm_campaign=spring%20glow&gclid=g123');
  // Its concerns="wrinkles" gave way to the URL's stretch marks too.
  // The e-mail's lines (verify35 N3): each concern with its grade, the
  // areas, then the plan, so the receptionist sees what the price covers.
  expect(decodeURIComponent(calendly)).toMatch(/a1=- Stretch marks — [^\r]+\r\nAreas to treat: Abdomen\r\n3–8 sessions/);
  expect(decodeURIComponent(calendly)).not.toContain('Fine lines and wrinkles');

  // A copied link leaves this visit's prefill, campaign and ad click behind:
  // whoever opens it books as themselves, not as this visitor's ad click.
  await first.getByRole('button', { name: 'Copy link to this estimate' }).click();
  await expect(first.getByText('Link copied.')).toBeVisible();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  const origin = new URL(page.url()).origin;
  expect(link).toMatch(new RegExp(`^${origin}/examples/plain\\.html\\?ref=menu#te-c=stretch-marks:[a-z-]+&te-a=abdomen&te-l=en$`));
  await page.goto(link);
  await expect(first.getByRole('checkbox', { name: 'Abdomen', exact: true })).toBeChecked();
  await expect(first.getByRole('link', { name: /Book a consultation/ })).toHaveAttribute('href', 'https://biorestoration.com/contact/');
});

test('in the iframe embed on a desktop, the estimate stays in view beside the questions, as in the script embed', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/examples/iframe.html');
  const frame = page.frameLocator('iframe#frame');
  const el = frame.locator('treatment-estimator');
  await expect(status(el)).toContainText('4–5 sessions');
  const heading = el.getByRole('heading', { name: 'Your estimate' });
  await expect(heading).toBeInViewport();
  // 2,500 px down the frame, among the questions (nearer its end, as in the
  // script embed, the estimate's own end shows instead: it is taller than
  // the window).
  await page.evaluate(() => scrollTo(0, document.querySelector('#frame').offsetTop + 2500));
  await expect(heading).toBeInViewport();
  // And back up with the page.
  await page.evaluate(() => scrollTo(0, 0));
  await expect(heading).toBeInViewport();
});

test('under a host page\'s sticky header, the jumps and the estimate stop below it (README)', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await hostPage(
    page,
    '/t/sticky-header.html',
    `<header id="bar" style="position: sticky; top: 0; height: 64px; background: #222; z-index: 1"></header>
     <p style="height: 600px">The clinic's article</p><treatment-estimator eager></treatment-estimator>
     <p style="height: 1500px">More of the page</p>`,
    { head: '<style>html { scroll-padding-top: 64px } treatment-estimator { --te-view-top: 64px }</style>' },
  );
  const el = page.locator('treatment-estimator');
  await el.getByRole('checkbox', { name: 'Acne scars', exact: true }).check();
  const result = el.getByRole('region', { name: 'Your estimate' });
  await expect(status(el)).toContainText('sessions');
  // Among the questions, the estimate stays in view just below the header.
  await page.mouse.wheel(0, 1200);
  await expect.poll(() => result.evaluate((r) => Math.round(r.getBoundingClientRect().top))).toBe(64 + 16);
  // "Go to the first unanswered question" and "Start over" land below it
  // too, with room for the focus ring (0.5em: verify39 F4).
  await el.getByRole('button', { name: 'Go to the first unanswered question' }).click();
  const question = el.getByRole('group', { name: 'How old are you?' });
  await expect(question.getByRole('radio').first()).toBeFocused();
  await expect.poll(() => question.evaluate((q) => Math.round(q.getBoundingClientRect().top))).toBe(64 + 8);
  await el.getByRole('button', { name: 'Start over' }).click();
  const first = el.getByRole('heading', { name: '1. What would you like to improve?' });
  await expect(first).toBeFocused();
  await expect.poll(() => first.evaluate((h) => Math.round(h.getBoundingClientRect().top))).toBeGreaterThanOrEqual(64);
});

test('an element added after the script loaded mounts, and removing it leaves nothing running', async ({ page }) => {
  await page.goto('/examples/plain.html');
  await expect(status(widget(page, 'first'))).toContainText('sessions');
  await page.evaluate(() => {
    const el = document.createElement('treatment-estimator');
    el.id = 'late';
    el.setAttribute('concerns', 'rosacea');
    document.querySelector('main').append(el);
    el.scrollIntoView();
  });
  const late = widget(page, 'late');
  await expect(late.getByRole('checkbox', { name: 'Rosacea', exact: true })).toBeChecked();
  await expect(status(late)).toContainText('assessed in person');
  const readyBefore = await page.evaluate(() => window.teEvents.filter((e) => e.source === 'late').length);
  expect(readyBefore).toBeGreaterThan(0);
  await page.evaluate(() => {
    window.lateEl = document.getElementById('late');
    window.lateEl.remove();
  });
  expect(await page.evaluate(() => window.lateEl.shadowRoot.querySelectorAll('.te-root').length)).toBe(0);
  // Re-inserting mounts it afresh.
  await page.evaluate(() => document.querySelector('main').append(window.lateEl));
  await expect(status(widget(page, 'late'))).toContainText('assessed in person');
});

test('a clinic that prices no scalp shows hair loss as priced at the consultation, never 0', async ({ page }) => {
  await page.goto('/examples/plain.html');
  const second = widget(page, 'second');
  await second.getByRole('checkbox', { name: 'Fine lines and wrinkles', exact: true }).uncheck();
  await second.getByRole('checkbox', { name: 'Hair loss (androgenetic alopecia)', exact: true }).check();
  // "Not sure" of the stage (hair loss's default) asks the clinic to
  // confirm it: some stages get no numbers (verify27 M2).
  await expect(status(second)).toHaveText(
    '12 sessions, every week, over 11 weeks. The clinic prices this at your consultation. Some points are to be discussed at the consultation.',
  );
  await expect(second.getByRole('region', { name: 'Your estimate' })).not.toContainText('€0');
});

// The example page loads the frame script async in its <head>; cached,
// it ran before the iframe was parsed, found no frame, and a share link's
// fragment never reached it (a CI run failed on the test above). A
// synchronous script in the <head> always runs before: the frame still
// gets the fragment and the page's campaign parameters.
test('the frame script in the page\'s <head> still sets up the frames parsed after it', async ({ page }) => {
  const frames = [];
  page.on('request', (r) => r.url().includes('/embed.html') && frames.push(r.url()));
  await hostPage(
    page,
    '/t/head-frame.html',
    '<iframe data-treatment-estimator id="frame" src="/embed.html?concerns=acne-scars" title="Estimator"></iframe>',
    { head: '<script src="/treatment-estimator-frame.js"></script>', url: '/t/head-frame.html?utm_source=mail#te-c=acne-scars:grade-4&te-a=face&te-l=en' },
  );
  const el = page.frameLocator('iframe#frame').locator('treatment-estimator');
  await expect(el.getByRole('radio', { name: 'Grade 4: severe' })).toBeChecked();
  await expect(page.locator('iframe#frame')).toHaveAttribute('allow', /clipboard-write/);
  expect(frames.at(-1)).toContain('utm_source=mail');
});

// verify37 F5: a clinic that uploaded embed.html but not its settings
// script got the default clinic's phone and e-mail on its own page.
test.describe('an iframe page whose settings script is missing', () => {
  test.use({ expectedErrors: [/^treatment-estimator config: |^Failed to load resource/] });

  test('shows no clinic\'s details rather than the default clinic\'s', async ({ page, consoleErrors }) => {
    await page.route('**/treatment-estimator-embed.js', (r) => r.fulfill({ status: 404, body: 'missing' }));
    await page.goto('/embed.html?config=/examples/clinic-config.json&concerns=acne-scars');
    const card = page.getByRole('region', { name: 'Talk to us about microneedling' });
    await expect(card).toBeVisible();
    await expect(page.locator('treatment-estimator')).not.toContainText('801-501-9797');
    expect(consoleErrors.some((e) => /config="": the attribute is empty/.test(e))).toBe(true);
  });
});

// verify46 F1: embed.html's address is a link anyone can write. A config
// inside it (data:) or on another site showed a stranger's phone, prices
// and booking link under the clinic's address; opened as a page of its own,
// a theme could hide "not right for you" in the background's colour.
test.describe('embed.html\'s address cannot change the clinic or hide the verdict', () => {
  test.use({ expectedErrors: [/^treatment-estimator config: /] });

  test('a config from inside the link or another site is not read', async ({ page, consoleErrors }) => {
    const fake = JSON.stringify({ clinic: { name: 'Biorestoration Medical & Aesthetics', phone: '900-555-0199', booking_url: 'https://evil.example/deposit' } });
    const asked = [];
    page.on('request', (r) => asked.push(r.url()));
    for (const config of [`data:application/json,${encodeURIComponent(fake)}`, 'https://evil.example/clinic.json']) {
      const from = consoleErrors.length;
      await page.goto(`/embed.html?concerns=acne-scars&config=${encodeURIComponent(config)}`);
      const card = page.getByRole('region', { name: 'Talk to us about microneedling' });
      await expect(card).toBeVisible();
      await expect(page.locator('treatment-estimator')).not.toContainText('900-555-0199');
      await expect(page.locator('treatment-estimator')).not.toContainText('Biorestoration');
      const said = consoleErrors.slice(from);
      expect(said.some((e) => e.includes('takes a config file from its own site') && e.includes(config.slice(0, 20)))).toBe(true);
      // Said once (the card is drawn after the widget said it), and nothing
      // else about the config (verify52 F6: "the attribute is empty" too).
      expect(said.filter((e) => e.includes('config'))).toHaveLength(1);
    }
    expect(asked.filter((u) => new URL(u).hostname === 'evil.example')).toEqual([]);
    // A file on its own site still is.
    await page.goto('/embed.html?concerns=acne-scars&config=%2Fexamples%2Fclinic-config.json');
    await expect(status(page)).toContainText('sessions');
  });

  test('opened as a page of its own, it ignores theme, currency and locale; in a frame it takes a theme', async ({ page }) => {
    const warnings = [];
    page.on('console', (m) => m.type() === 'warning' && warnings.push(m.text()));
    const hidden = 'text:%23a1262b;muted:%23a1262b;bg:%23a1262b;surface:%23a1262b';
    await page.goto(`/embed.html?concerns=keloid&theme=${hidden}&currency=JPY&locale=en-US-u-nu-hanidec`);
    const verdict = page.getByText(/may not be right for you/i).first();
    await expect(verdict).toBeVisible();
    const [color, background] = await verdict.evaluate((e) => {
      let b = e;
      while (b && getComputedStyle(b).backgroundColor === 'rgba(0, 0, 0, 0)') b = b.parentElement ?? b.getRootNode().host;
      return [getComputedStyle(e).color, b ? getComputedStyle(b).backgroundColor : 'none'];
    });
    expect(color).not.toBe('rgb(161, 38, 43)');
    expect(background).not.toBe('rgb(161, 38, 43)');
    expect(warnings.filter((w) => / ignored: only a page that frames embed\.html sets it$/.test(w)).length).toBe(3);
    await page.goto(`/embed.html?concerns=acne-scars&currency=JPY`);
    await expect(status(page)).toContainText('$900');
    // In its frame, the page around it sets them.
    await hostPage(
      page,
      '/t/themed-frame.html',
      `<iframe data-treatment-estimator id="frame" src="/embed.html?concerns=acne-scars&theme=accent:%23aa0000" title="Estimator"></iframe><script src="/treatment-estimator-frame.js"></script>`,
    );
    const framed = page.frameLocator('iframe#frame');
    await expect(status(framed)).toContainText('4–5 sessions');
    await expect(framed.getByRole('link', { name: /Book a consultation/ })).toHaveCSS('background-color', 'rgb(170, 0, 0)');
  });
});

test('the iframe page takes the widget\'s language and title, also when the visitor switches', async ({ page }) => {
  await page.goto('/embed.html?lang=es&concerns=acne-scars');
  const el = page.locator('treatment-estimator');
  await expect(el.getByRole('region', { name: 'Su estimación' }).getByRole('status')).toContainText('4–5 sesiones');
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');
  await expect(page).toHaveTitle('Calculadora de plan de microneedling (microagujas)');
  // Its landmark too: inside a host page's `main` (verify39 F6).
  await expect(page.getByRole('main', { name: 'Calculadora de plan de microneedling (microagujas)' })).toBeVisible();
  await el.getByRole('combobox').selectOption('en');
  await expect(status(el)).toContainText('4–5 sessions');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page).toHaveTitle('Microneedling plan estimator');
  await expect(page.getByRole('main', { name: 'Microneedling plan estimator' })).toBeVisible();
  // verify38 G1: with nothing ticked (no estimate event) too, either way.
  // An English page, whose title already is the widget's, names its
  // landmark too (verify41 G2).
  await page.goto('/embed.html');
  await expect(page.getByRole('main', { name: 'Microneedling plan estimator' })).toBeVisible();
  await page.goto('/embed.html?lang=es');
  await expect(el.getByRole('checkbox', { name: 'Cicatrices de acné', exact: true })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');
  await expect(page).toHaveTitle('Calculadora de plan de microneedling (microagujas)');
  await el.getByRole('combobox').selectOption('en');
  await expect(el.getByRole('checkbox', { name: 'Acne scars', exact: true })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page).toHaveTitle('Microneedling plan estimator');
});

test('embed.html opened as a page of its own ignores a share-url, even from its own site', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const base = test.info().project.use.baseURL;
  const share = encodeURIComponent(`${base}/examples/plain.html`);
  await page.goto(`/embed.html?concerns=acne-scars&share-url=${share}`, { referer: `${base}/examples/index.html` });
  // Linked to from its own site: only the missing frame refuses the address.
  expect(await page.evaluate(() => document.referrer)).toBe(`${base}/examples/index.html`);
  const el = page.locator('treatment-estimator');
  await expect(status(el)).toContainText('4–5 sessions');
  await el.getByRole('button', { name: 'Copy link to this estimate' }).click();
  await expect(el.getByText('Link copied.')).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(/\/embed\.html\?concerns=acne-scars&share-url=/);
});

test('a share-url set after the widget started is used by the next copy, and keeps the answers', async ({ page, context }) => {
  // The iframe's parent tells the frame its address by message, which can
  // come after the visitor has started (a slow host page, a busy phone):
  // the widget restarted then, losing the answers and a copy's confirmation.
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/examples/plain.html');
  const first = widget(page, 'first');
  await expect(status(first)).toContainText('4–5 sessions');
  await first.getByRole('checkbox', { name: 'Fine lines and wrinkles', exact: true }).check();
  const ready = () => page.evaluate(() => window.teEvents.filter((e) => e.name === 'estimator-ready' && e.source === 'first').length);
  const readyBefore = await ready();
  await first.getByRole('button', { name: 'Copy link to this estimate' }).click();
  await expect(first.getByText('Link copied.')).toBeVisible();
  await page.evaluate(() => document.getElementById('first').setAttribute('share-url', 'https://clinic.example/plan?x=1'));
  await expect(first.getByText('Link copied.')).toBeVisible();
  await expect(first.getByRole('checkbox', { name: 'Fine lines and wrinkles', exact: true })).toBeChecked();
  await first.getByRole('button', { name: 'Copy link to this estimate' }).click();
  await expect(first.getByText('Link copied.')).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe('https://clinic.example/plan?x=1#te-c=wrinkles,acne-scars&te-a=face&te-l=en');
  // Not an http(s) address: this page's again, as at start.
  await page.evaluate(() => document.getElementById('first').setAttribute('share-url', 'javascript:alert(1)'));
  await first.getByRole('button', { name: 'Copy link to this estimate' }).click();
  await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toMatch(/\/examples\/plain\.html#te-c=/);
  expect(await ready()).toBe(readyBefore);
});

// verify51 F3: a theme's properties stayed on the element after `theme`
// changed to one without them, or was removed; the page's own stay.
test('a theme changed or removed takes its old properties with it, and leaves the page\'s own', async ({ page }) => {
  await hostPage(page, '/t/retheme.html',
    '<treatment-estimator eager style="--te-bg: #fafafa" theme="radius: 2px; accent: #123456"></treatment-estimator>');
  const el = page.locator('treatment-estimator');
  await expect(el.getByRole('checkbox', { name: 'Acne scars', exact: true })).toBeVisible();
  const props = () => el.evaluate((e) => ['--te-radius', '--te-accent', '--te-bg'].map((p) => e.style.getPropertyValue(p).trim()));
  expect(await props()).toEqual(['2px', '#123456', '#fafafa']);
  await restartWith(el, 'theme', 'accent: #654321');
  expect(await props()).toEqual(['', '#654321', '#fafafa']);
  await restartWith(el, 'theme', null);
  expect(await props()).toEqual(['', '', '#fafafa']);
});

// verify51 F2, F4, F6: a host's dark-mode switch (a new `theme`), its own
// language switch, a tab panel taken out and put back later: the visitor's
// answers, safety ones too, and language carry on. A new preselection or
// config starts afresh; changes made together start the widget once.
test('a restart for a theme, language or currency, or a widget put back, keeps the answers', async ({ page }) => {
  await hostPage(page, '/t/keep.html', '<div id="tab"><treatment-estimator eager></treatment-estimator></div><div style="height: 5000px"></div>');
  const el = page.locator('treatment-estimator');
  const acne = el.getByRole('checkbox', { name: /^(Acne scars|Cicatrices de acné)$/ });
  const severe = el.getByRole('radio', { name: /^Grado 4|^Grade 4/ });
  const pregnant = el.getByRole('group', { name: /pregnant|embarazada/ }).getByRole('radio', { name: /^(No)$/ });
  await acne.check();
  await severe.check();
  await pregnant.check();
  const readies = () => el.evaluate((e) => e.teReadies);
  await el.evaluate((e) => e.addEventListener('estimator-ready', () => (e.teReadies = (e.teReadies || 0) + 1)));
  const estimates = async () => (await page.evaluate(() => window.dataLayer ?? [])).filter((d) => d.event === 'estimator_estimate').length;
  await el.evaluate((e) => e.setAttribute('data-layer', ''));
  await el.getByRole('checkbox', { name: 'Neck', exact: true }).check();
  await expect.poll(estimates).toBe(1);
  // verify54 F6: the control with the focus keeps it, an opened
  // "Aftercare" stays open; F5: the same estimate is not sent again.
  await el.getByText('Aftercare', { exact: true }).click();
  const aftercare = el.locator('details.te-aftercare');
  await expect(aftercare).toHaveAttribute('open', '');
  await severe.focus();
  // The page stays where the visitor has it (verify55 N1: focusing the
  // control again scrolled to it).
  await page.evaluate(() => scrollBy(0, 600));
  const scrolled = await page.evaluate(() => scrollY);
  const kept = async (language) => {
    await expect(acne).toBeChecked();
    await expect(severe).toBeChecked();
    await expect(pregnant).toBeChecked();
    await expect(el.locator('.te-root')).toHaveAttribute('lang', language);
  };
  await restartWith(el, 'theme', 'accent: #123456');
  await kept('en');
  await expect(severe).toBeFocused();
  await expect(aftercare).toHaveAttribute('open', '');
  expect(await page.evaluate(() => scrollY)).toBe(scrolled);
  await page.waitForTimeout(300);
  expect(await estimates()).toBe(1);
  // The visitor's own pick of Spanish outlives a new currency and theme.
  await el.getByRole('combobox', { name: 'Language' }).selectOption('es');
  await kept('es');
  await restartWith(el, 'locale', 'es-MX');
  await kept('es');
  // The page's language changed: it takes that one.
  await restartWith(el, 'lang', 'es');
  await kept('es');
  await restartWith(el, 'lang', 'en');
  await kept('en');
  // A control without an id keeps the focus too, by its place (verify55 N7).
  const startOver = el.getByRole('button', { name: 'Start over' });
  await startOver.focus();
  await restartWith(el, 'theme', 'accent: #654321');
  await kept('en');
  await expect(startOver).toBeFocused();
  // Taken out, and put back in a later task (a tab, a page builder), with
  // the visitor scrolled down into the form (verify54 F1: its box, shorter
  // than the form, was out of sight, and it waited to be scrolled to).
  await page.evaluate(() => new Promise((done) => {
    scrollTo(0, 2500);
    const e = document.querySelector('treatment-estimator');
    e.addEventListener('estimator-ready', done, { once: true });
    e.remove();
    setTimeout(() => document.getElementById('tab').append(e), 50);
  }));
  await kept('en');
  // Put back a few microtasks later, as a framework's flush does: moved,
  // not started again (F9).
  const moved = await readies();
  await el.evaluate((e) => {
    const tab = e.parentElement;
    e.remove();
    Promise.resolve().then(() => Promise.resolve()).then(() => tab.append(e));
  });
  await page.waitForTimeout(300);
  expect(await readies()).toBe(moved);
  await kept('en');
  // Five attributes in one task: one start.
  const before = await readies();
  await el.evaluate((e) => new Promise((ready) => {
    e.addEventListener('estimator-ready', ready, { once: true });
    for (const [name, value] of [['theme', 'radius: 3px'], ['locale', 'en-GB'], ['currency', 'GBP'], ['lang', 'en'], ['theme', 'radius: 4px']]) e.setAttribute(name, value);
  }));
  await kept('en');
  await page.waitForTimeout(300);
  expect(await readies()).toBe(before + 1);
  // Preselected concerns are the page's new start: only they are ticked.
  await restartWith(el, 'concerns', 'wrinkles');
  await expect(el.getByRole('checkbox', { name: 'Fine lines and wrinkles' })).toBeChecked();
  await expect(acne).not.toBeChecked();
  await expect(pregnant).not.toBeChecked();
});


// A restart that keeps the answers keeps the config's text (verify54 F3:
// each one downloaded it again, and offline a dark-mode switch turned the
// form into a contact card); one that starts afresh waits for the file
// with the old widget still in place (a "Loading…" box a screen high in
// between made the page jump).
test.describe('a restart and the config file', () => {
  test.use({ expectedErrors: [/^treatment-estimator config: \(file\): could not load \/t\/slow-config\.json: Failed to fetch$|^Failed to load resource: net::ERR_FAILED$/] });
  test('a restart keeps the config text, or waits for the file with the old widget in place', async ({ page, consoleErrors }) => {
    let [delay, downloads, offline] = [0, 0, false];
    await page.route('**/t/slow-config.json', async (route) => {
      downloads += 1;
      if (offline) return route.abort();
      await new Promise((done) => setTimeout(done, delay));
      route.fulfill({ contentType: 'application/json', body: JSON.stringify({ clinic: { name: 'Slow Clinic', phone: '801-555-0100' } }) });
    });
    await hostPage(page, '/t/slow.html', '<treatment-estimator eager config="/t/slow-config.json"></treatment-estimator>');
    const el = page.locator('treatment-estimator');
    const acne = el.getByRole('checkbox', { name: 'Acne scars', exact: true });
    await acne.check();
    await el.evaluate((e) => {
      e.teLoading = 0;
      new MutationObserver(() => (e.teLoading += e.shadowRoot.querySelector('.te-wait') ? 1 : 0))
        .observe(e.shadowRoot, { childList: true, subtree: true });
      e.addEventListener('estimator-error', () => (e.teErrors = (e.teErrors || 0) + 1));
    });
    offline = true;
    await restartWith(el, 'theme', 'accent: #123456');
    await expect(acne).toBeChecked();
    await expect(el.getByRole('heading', { name: /Slow Clinic/ })).toBeVisible();
    expect([downloads, await el.evaluate((e) => e.teErrors)]).toEqual([1, undefined]);
    // Other preselected concerns: the file again, the old widget meanwhile.
    [offline, delay] = [false, 800];
    const restarted = restartWith(el, 'concerns', 'rosacea');
    await page.waitForTimeout(300);
    await expect(acne).toBeVisible();
    await restarted;
    await expect(el.getByRole('checkbox', { name: 'Rosacea', exact: true })).toBeChecked();
    await expect(acne).not.toBeChecked();
    expect([downloads, await el.evaluate((e) => e.teLoading)]).toEqual([2, 0]);
    // A download that failed is tried again by the next restart (verify55
    // N2: the loader's own message was kept as the config, for good).
    [offline, delay] = [true, 0];
    await el.evaluate((e) => new Promise((failed) => {
      e.addEventListener('estimator-error', failed, { once: true });
      e.setAttribute('concerns', 'acne-scars');
    }));
    await expect(acne).toBeHidden();
    offline = false;
    await restartWith(el, 'theme', 'accent: #654321');
    await expect(acne).toBeChecked();
    expect(downloads).toBe(4);
    // The one failure said once: the browser's line and the widget's.
    expect(consoleErrors).toHaveLength(2);
  });});


// React's <Activity mode="hidden">, a suspended <Suspense> and Vue's v-show
// hide an element by an inline `display: none` (verify54 F4: the loader's
// `display: block !important` beat it).
test('an inline display: none hides the widget, as the hidden attribute does', async ({ page }) => {
  await hostPage(page, '/t/hide.html', '<treatment-estimator eager></treatment-estimator>');
  const el = page.locator('treatment-estimator');
  const acne = el.getByRole('checkbox', { name: 'Acne scars', exact: true });
  await expect(acne).toBeVisible();
  await el.evaluate((e) => e.style.setProperty('display', 'none', 'important'));
  await expect(acne).toBeHidden();
  await el.evaluate((e) => e.removeAttribute('style'));
  await expect(acne).toBeVisible();
  await el.evaluate((e) => (e.style.display = 'none'));
  await expect(acne).toBeHidden();
});

// verify54 F7: on a hash router's page (`#/estimate`) the copied link was
// `page#te-c=…`, which the router showed as "Not found", and "Start over"
// took the route out of the address bar.
test('on a hash router\'s page the share link and "Start over" keep the route', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await hostPage(page, '/t/hashapp.html', '<treatment-estimator eager></treatment-estimator>', { url: '/t/hashapp.html#/estimate' });
  const el = page.locator('treatment-estimator');
  await el.getByRole('checkbox', { name: 'Acne scars', exact: true }).check();
  await el.getByRole('button', { name: 'Copy link to this estimate' }).click();
  await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toMatch(/#\/estimate\?te-c=acne-scars/);
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(link).toMatch(/\/t\/hashapp\.html#\/estimate\?te-c=acne-scars&te-a=face&te-l=en$/);
  const other = await context.newPage();
  await hostPage(other, '/t/hashapp.html', '<treatment-estimator eager></treatment-estimator>', { url: link });
  await expect(other.locator('treatment-estimator').getByRole('checkbox', { name: 'Acne scars', exact: true })).toBeChecked();
  await other.locator('treatment-estimator').getByRole('button', { name: 'Start over' }).click();
  await expect.poll(() => other.evaluate(() => location.hash)).toBe('#/estimate');
});

// verify54 F8: React, Vue and Svelte set a prop as a property when the
// element has one of that name; the minified loader's own properties were
// single letters, and a prop `e` overwrote the widget's handle.
test('one-letter properties a framework sets on the element leave the widget working', async ({ page }) => {
  await hostPage(page, '/t/props.html', '<treatment-estimator eager></treatment-estimator>');
  const el = page.locator('treatment-estimator');
  const acne = el.getByRole('checkbox', { name: 'Acne scars', exact: true });
  await acne.check();
  await el.evaluate((e) => {
    for (const c of 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ$') e[c] = 'from the page';
  });
  await restartWith(el, 'theme', 'accent: #123456');
  await expect(acne).toBeChecked();
  await el.getByRole('checkbox', { name: 'Rosacea', exact: true }).check();
  await expect(el.getByRole('region', { name: 'Your estimate' })).toContainText('Rosacea');
});

// verify55 N3: a restart that starts afresh (new preselected concerns, a
// new config) forgets the estimate the last widget sent: the visitor's
// same choice again is news, and goes out.
test('after a fresh start the same estimate as before goes out again', async ({ page }) => {
  await hostPage(page, '/t/again.html', '<treatment-estimator eager></treatment-estimator>');
  const el = page.locator('treatment-estimator');
  await el.evaluate((e) => e.addEventListener('estimator-estimate', (ev) => (e.teSent = [...(e.teSent || []), ev.detail.concerns.join()])));
  const acne = el.getByRole('checkbox', { name: 'Acne scars', exact: true });
  await acne.check();
  await expect.poll(() => el.evaluate((e) => e.teSent)).toEqual(['acne-scars']);
  await restartWith(el, 'concerns', '');
  await expect(acne).not.toBeChecked();
  await acne.check();
  await expect.poll(() => el.evaluate((e) => e.teSent)).toEqual(['acne-scars', 'acne-scars']);
});

// verify55 N5: the iframe embed on a hash router's page: "Copy link" in
// the frame dropped the route, and "Start over" took it out of the address.
test('the iframe embed on a hash router\'s page keeps the route in the link and after "Start over"', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  // The shared host page (its loader finds no element of its own to start).
  const host = async (p, url) => {
    await hostPage(p, '/t/framehash.html', '<iframe data-treatment-estimator id="frame" src="/embed.html" title="Microneedling plan estimator"></iframe>', {
      head: '<script src="/treatment-estimator-frame.js" async></script>',
      url,
    });
    return p.frameLocator('iframe#frame').locator('treatment-estimator');
  };
  const el = await host(page, '/t/framehash.html#/estimate');
  await el.getByRole('checkbox', { name: 'Acne scars', exact: true }).check();
  await el.getByRole('button', { name: 'Copy link to this estimate' }).press('Enter');
  await expect(el.getByText('Link copied.')).toBeVisible();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(link).toMatch(/\/t\/framehash\.html#\/estimate\?te-c=acne-scars&te-a=face&te-l=en$/);
  const other = await context.newPage();
  const again = await host(other, link);
  await expect(again.getByRole('checkbox', { name: 'Acne scars', exact: true })).toBeChecked();
  await again.getByRole('button', { name: 'Start over' }).click();
  await expect.poll(() => other.evaluate(() => location.hash)).toBe('#/estimate');
});
