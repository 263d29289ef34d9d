// The iframe embed from another origin, in the browser's own process
// model (a frame of another site in its own process): the keyboard's focus
// is kept inside the page's view with its scroll margin, as in the script
// embed and a same-origin frame (verify64 L4).
import { test, expect } from './fixtures.mjs';

const ring = 5; // A 3 px focus ring 2 px outside the control.

test('in a frame from another origin, "Start over" leaves the focused heading\'s ring on screen', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await page.goto('/examples/iframe-other-origin.html');
  const frame = page.frameLocator('iframe').first();
  await frame.getByRole('checkbox', { name: 'Stretch marks', exact: true }).check();
  await frame.getByRole('button', { name: 'Start over' }).focus();
  await page.keyboard.press('Enter');
  const first = frame.getByRole('heading', { name: '1. What would you like to improve?' });
  await expect(first).toBeFocused();
  await expect.poll(async () => (await first.boundingBox()).y).toBeGreaterThanOrEqual(ring);
});

test('in a frame from another origin, a box ticked with the mouse at the view\'s edge does not move the page', async ({ page }) => {
  // Only the keyboard's focus is kept in view: a click shows no ring, and
  // a page that moved under the pointer would take the next click elsewhere.
  await page.setViewportSize({ width: 320, height: 640 });
  await page.goto('/examples/iframe-other-origin.html');
  // (Acne scars is ticked by the frame's address.)
  const scars = page.frameLocator('iframe').first().getByRole('checkbox', { name: 'Other scars (surgery or injury)', exact: true });
  await expect(scars).toBeVisible();
  const box = await scars.boundingBox();
  await page.evaluate((y) => scrollBy(0, y), box.y - 2);
  await expect.poll(async () => Math.round((await scars.boundingBox()).y)).toBe(2);
  const before = await page.evaluate(() => scrollY);
  const now = await scars.boundingBox();
  await page.mouse.click(now.x + now.width / 2, now.y + now.height / 2);
  await expect(scars).toBeChecked();
  await page.waitForTimeout(300);
  expect(await page.evaluate(() => scrollY)).toBe(before);
});
