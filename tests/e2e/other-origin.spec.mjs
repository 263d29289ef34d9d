// The iframe embed with the widget on another origin than the page, as on
// a clinic's site: examples/iframe-other-origin.html on localhost, its
// frame and frame script on 127.0.0.1.
import { test, expect } from './fixtures.mjs';
import config from '../../playwright.config.mjs';

const status = (scope) => scope.getByRole('region', { name: 'Your estimate' }).getByRole('status');

// Playwright can lose track of a cross-origin frame that loads again
// while it loads (a frame in its own process): here both origins share
// one process, and still have two origins' rules.
const { launchOptions } = config.use;
test.use({
  launchOptions: {
    ...launchOptions,
    args: [...launchOptions.args, '--disable-site-isolation-trials', '--disable-features=IsolateOrigins,site-per-process'],
  },
});

test('an iframe embed on another origin: no console warnings, and a copied link is the host page without its visit parameters', async ({ page, context }) => {
  // The host page on localhost; its frame and frame script on 127.0.0.1.
  const files = new URL(test.info().project.use.baseURL).origin;
  const host = files.replace('127.0.0.1', 'localhost');
  for (const origin of [files, host]) await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
  const warnings = [];
  page.on('console', (m) => ['warning', 'error'].includes(m.type()) && warnings.push(m.text()));
  // The frame script passes the campaign on to the frame, which loads again.
  const forwarded = `${files}/embed.html?concerns=acne-scars&utm_source=mail&gclid=g1`;
  // An e-mail tool's recipient id (verify46 F5) stays out of the link too.
  await page.goto(`${host}/examples/iframe-other-origin.html?utm_source=mail&gclid=g1&ref=menu&mc_eid=r1`);
  await expect(page.locator('iframe')).toHaveAttribute('src', forwarded);
  const el = page.frameLocator('iframe').locator('treatment-estimator');
  await expect(status(el)).toContainText('4–5 sessions');
  // The frame got the campaign for its booking link all the same.
  await expect(el.getByRole('link', { name: /Book a consultation/ })).toHaveAttribute('href', /utm_source=mail&gclid=g1$/);
  // By keyboard: a click scrolls the page to the button, and the frame's
  // sticky estimate then glides to the page's new view, so under load the
  // click landed beside the button (1 run in 40; the panel got it).
  await el.getByRole('button', { name: 'Copy link to this estimate' }).press('Enter');
  await expect(el.getByText('Link copied.')).toBeVisible();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(link).toBe(`${host}/examples/iframe-other-origin.html?ref=menu#te-c=acne-scars&te-a=face&te-l=en`);
  expect(warnings).toEqual([]);
});
