// Close variants of the thirty-first session's fixes (verify68,
// /work/notes/verify68.md): each failed on the first version of its fix.
import { test, expect, hostPage, concern, streamingServer, restartWith, consoleLines } from './fixtures.mjs';

// Fix 6: once pregnancy is answered "Yes", "About you"'s button answers
// breastfeeding only, yet reads "None of the others apply to me", which
// reads as an answer to the age and skin type beside it: verify57 F7 again.
test('verify68 F1: "About you" with pregnancy answered Yes does not offer "None of the others apply to me"', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 700 });
  await page.goto('/index.html');
  await concern(page, 'Acne scars').check();
  const about = page.getByRole('group', { name: 'About you', exact: true });
  await about.getByRole('group', { name: /pregnant/ }).getByRole('radio', { name: 'Yes', exact: true }).check();
  await expect(about.getByRole('button')).toHaveCount(0);
});

// Fix 4: with the README's sticky-header set-up (scroll-padding-top and
// --te-view-top), the estimate starts below the header but is still as
// tall as the whole screen: its end is below the screen, and a control
// Tab focuses there stays hidden.
test('verify68 F2: with --te-view-top set for a sticky header, a control focused by Tab at the end of the estimate is on screen', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await hostPage(page, '/t/v68-sticky.html',
    '<p style="height:300px">intro</p><treatment-estimator eager></treatment-estimator><p style="height:1500px">footer</p>',
    { head: '<style>body{margin:0} header{position:sticky;top:0;height:80px;background:#036;z-index:5} html{scroll-padding-top:80px} treatment-estimator{--te-view-top:80px}</style><header></header>' });
  for (const name of ['Acne scars', 'Fine lines and wrinkles', 'Stretch marks', 'Hair loss (androgenetic alopecia)', 'Sun damage and pigmentation']) {
    await concern(page, name).check();
  }
  const print = page.getByRole('button', { name: 'Print summary' });
  await page.getByRole('button', { name: 'Copy link to this estimate' }).focus();
  await page.keyboard.press('Tab');
  await expect(print).toBeFocused();
  await page.waitForTimeout(300);
  const box = await print.boundingBox();
  const height = await page.evaluate(() => innerHeight);
  expect(box.y + box.height, 'Print summary\'s bottom within the screen').toBeLessThanOrEqual(height);
});

// Fix 2: `radius: 50%` passes the loader's check (padding-top takes a
// percentage), and a percentage radius is elliptical on every box that is
// not square: the widget becomes ovals and, the estimate now being a scroll
// box, its text is clipped at the rounded corners.
test('verify68 F3: a percentage radius (radius: 50%) is refused, as an elliptical radius is', async ({ page }) => {
  const lines = consoleLines(page, ['warning']);
  await hostPage(page, '/t/v68-radius.html', '<treatment-estimator eager theme="radius: 50%"></treatment-estimator>');
  await expect(concern(page, 'Acne scars')).toBeVisible();
  const el = page.locator('treatment-estimator');
  const radius = await el.evaluate((e) => getComputedStyle(e.shadowRoot.querySelector('.te-root')).borderTopLeftRadius);
  expect(radius).not.toMatch(/%/);
  expect(lines.filter((l) => /theme entry refused: radius: 50%/.test(l))).toHaveLength(1);
});

// Fix 3's variant: only the unknown-attribute warning was said once; the
// theme's refusals (the loader's and the widget's), the currency without
// prices and "no config read" came again at each restart.
test('verify68 F5: a set-up warning is said once, not again at each restart', async ({ page }) => {
  const lines = consoleLines(page, ['warning']);
  await hostPage(page, '/t/v68-once.html',
    '<treatment-estimator eager currency="GBP" theme="radius: 8px 4px; accent: url(x); shade"><script>var notConfig = 1;</script></treatment-estimator>');
  await expect(concern(page, 'Acne scars')).toBeVisible();
  const el = page.locator('treatment-estimator');
  await restartWith(el, 'concerns', 'wrinkles');
  await restartWith(el, 'lang', 'es');
  await restartWith(el, 'concerns', 'acne-scars');
  const said = (pattern) => lines.filter((l) => pattern.test(l));
  expect(said(/theme entry refused: radius: 8px 4px/)).toHaveLength(1);
  expect(said(/theme entry refused: accent: url\(x\)/)).toHaveLength(1);
  expect(said(/theme entry refused: shade/)).toHaveLength(1);
  expect(said(/currency.*GBP.*without the clinic's own prices/)).toHaveLength(1);
  expect(said(/no config read/)).toHaveLength(1);
  // Another element on the page hears its own.
  await page.evaluate(() => document.querySelector('main').insertAdjacentHTML('beforeend', '<treatment-estimator eager theme="shade"></treatment-estimator>'));
  await expect.poll(() => said(/theme entry refused: shade/).length).toBe(2);
});

// Fix 5: the frame posts the focused control's place when focus moves; the
// parent scrolls to it when the message arrives. "Go to the first
// unanswered question" also scrolls the question to the top at once; now
// and then the message, handled after, scrolls the page again from
// coordinates that no longer hold, and the question's text ends above the
// screen (seen 1 run in 3 on examples/iframe.html at 320 px; the script
// embed always leaves it 8 px below the top).
test('verify68 F6: in the iframe embed, "Go to the first unanswered question" by keyboard leaves the question\'s text on screen (repeated)', async ({ page }) => {
  test.setTimeout(90_000);
  await page.setViewportSize({ width: 320, height: 640 });
  const tops = [];
  for (let run = 0; run < 6; run++) {
    await page.goto('/examples/iframe.html');
    const frame = page.frames().length > 1 ? page.frames().find((f) => f.url().includes('embed.html')) : null;
    const f = frame ?? page.frameLocator('iframe');
    await f.getByRole('checkbox', { name: 'Stretch marks', exact: true }).check();
    await page.waitForTimeout(400);
    await f.getByRole('button', { name: /See your estimate/ }).first().focus();
    await page.keyboard.press('Enter');
    await page.waitForTimeout(1200);
    await f.getByRole('button', { name: 'Go to the first unanswered question' }).first().focus();
    await page.keyboard.press('Enter');
    await page.waitForTimeout(1200);
    const frameTop = await page.locator('iframe').evaluate((x) => x.getBoundingClientRect().top);
    const top = await f.locator('treatment-estimator').first().evaluate((e) => e.shadowRoot.activeElement.closest('fieldset').getBoundingClientRect().top);
    tops.push(Math.round(frameTop + top));
  }
  expect(tops.filter((t) => t < 0), `question tops: ${tops}`).toEqual([]);
});

// The same jump on a busy page (verify72: F6's test failed 1 run in 6 of a
// full `make test` beside other builds). The frame of this origin shares
// the page's thread: when it is busy past the 100 ms the frame script
// waits on the jump button's focus message, the browser runs the key press
// before that timer, already due; the jump scrolls the page to the
// question and posts the radio's message, but the timer runs first and
// scrolls to the button, then the radio's message scrolls back only as far
// as the radio: the question's text 48 px above the screen, every time.
test('verify72: in the iframe embed, a jump pressed while the page is busy past the focus message\'s settling leaves the question\'s text on screen', async ({ page }) => {
  test.setTimeout(60_000);
  await page.setViewportSize({ width: 320, height: 640 });
  const tops = [];
  for (let run = 0; run < 3; run++) {
    await page.goto('/examples/iframe.html');
    const f = page.frameLocator('iframe');
    await f.getByRole('checkbox', { name: 'Stretch marks', exact: true }).check();
    await page.waitForTimeout(400);
    await f.getByRole('button', { name: /See your estimate/ }).first().focus();
    await page.keyboard.press('Enter');
    await page.waitForTimeout(1200);
    // At the next focus message (the jump button's), 500 ms of other work.
    await page.evaluate(() => {
      const busy = (event) => {
        if (event.data?.type !== 'treatment-estimator:focus') return;
        removeEventListener('message', busy, true);
        setTimeout(() => {
          const start = performance.now();
          while (performance.now() - start < 500);
        });
      };
      addEventListener('message', busy, true);
    });
    await f.getByRole('button', { name: 'Go to the first unanswered question' }).first().focus();
    // Pressed during that work, when the message's 100 ms have passed.
    await page.waitForTimeout(150);
    await page.keyboard.press('Enter');
    await page.waitForTimeout(1200);
    const frameTop = await page.locator('iframe').evaluate((x) => x.getBoundingClientRect().top);
    const top = await f.locator('treatment-estimator').first().evaluate((e) => e.shadowRoot.activeElement.closest('fieldset').getBoundingClientRect().top);
    tops.push(Math.round(frameTop + top));
  }
  expect(tops, 'question tops').toEqual([8, 8, 8]);
});

// Fix 1: a config address that redirects to a login page (a staging site,
// a members-only folder) was named, but not where it led: "is the address
// right?" when the address is right and the answer is a login page.
test.describe('verify68 F4', () => {
  test.use({ expectedErrors: [/treatment-estimator config/] });

  test('a config address redirected to an HTML page names where it was sent', async ({ page }) => {
    const server = await streamingServer({
      '/t/members/page.html': (res) =>
        res.end('<!doctype html><html lang="en"><head><link rel="icon" href="data:,"><script type="module" src="/treatment-estimator.js"></script></head><body><treatment-estimator eager debug config="clinic.json"></treatment-estimator></body></html>'),
      '/t/members/clinic.json': (res) => {
        res.writeHead(302, { location: '/account/login?next=clinic.json' });
        res.end();
      },
      '/account/login': (res) => res.end('<!doctype html><title>Log in</title><form></form>'),
    });
    try {
      await page.goto(`${server.origin}/t/members/page.html`);
      const card = page.getByRole('region', { name: 'Talk to us about microneedling' });
      await expect(card.getByRole('listitem')).toHaveText([/^\(file\): could not load clinic\.json \(http:\/\/127\.0\.0\.1:\d+\/t\/members\/clinic\.json\): a web page, not JSON \(sent on to http:\/\/127\.0\.0\.1:\d+\/account\/login\?next=clinic\.json\): is the address right\?$/]);
    } finally {
      server.close();
    }
  });
});
