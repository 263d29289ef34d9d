// The widget in the boxes clinic pages put it in that take their content's
// width: a "Get an estimate" <dialog>, a popover, a page builder's flex
// row, an inline-block, a float (verify74 F1, /work/notes/verify74.md: the
// widget is a size container, and was 50 px wide in each, 26 on a phone,
// one word per line).
import { test, expect, hostPage, concern } from './fixtures.mjs';

const boxes = {
  dialog: '<dialog id="box"><treatment-estimator eager></treatment-estimator></dialog>',
  popover: '<div popover id="box"><treatment-estimator eager></treatment-estimator></div>',
  'flex row': '<div style="display:flex;gap:1rem"><aside style="width:200px">Opening hours</aside><treatment-estimator eager></treatment-estimator></div>',
  'flex row, wrapped': '<div style="display:flex;gap:1rem"><aside style="width:200px">Opening hours</aside><div style="max-width:64rem;margin:2rem auto"><treatment-estimator eager></treatment-estimator></div></div>',
  'inline-block': '<div style="display:inline-block"><treatment-estimator eager></treatment-estimator></div>',
  float: '<div style="float:right"><treatment-estimator eager></treatment-estimator></div>',
};

// The host's width, and the title's lines (its height over its line height).
const measure = (page) => page.locator('treatment-estimator').evaluate((el) => {
  const title = el.shadowRoot.querySelector('h2');
  return {
    width: el.getBoundingClientRect().width,
    right: el.getBoundingClientRect().right,
    lines: Math.round(title.getBoundingClientRect().height / parseFloat(getComputedStyle(title).lineHeight)),
  };
});

for (const [width, least] of [[1280, 832], [375, 280]]) {
  for (const [name, body] of Object.entries(boxes)) {
    test(`verify74 F1: in a ${name} at ${width} px the widget is readable`, async ({ page }) => {
      await page.setViewportSize({ width, height: 800 });
      await hostPage(page, `/t/box-${width}.html`, body);
      await page.evaluate(() => {
        const box = document.getElementById('box');
        if (box?.showModal) box.showModal();
        else box?.showPopover();
      });
      await expect(concern(page, 'Acne scars')).toBeVisible();
      const { width: got, right, lines } = await measure(page);
      // 832 px: wide enough for the estimate beside the questions (52em).
      expect(got).toBeGreaterThanOrEqual(least);
      expect(right).toBeLessThanOrEqual(width);
      expect(lines).toBeLessThanOrEqual(2);
    });
  }
}

test.describe('verify74 F1: the contact card', () => {
  test.use({ expectedErrors: [/^treatment-estimator config: |^Failed to load resource/] });
  test('in a flex row is readable too, and the width it asks for is no text', async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 800 });
    await hostPage(page, '/t/card-row.html', '<div style="display:flex"><treatment-estimator eager config="/t/missing.json"></treatment-estimator></div>');
    const el = page.locator('treatment-estimator');
    await expect(el.locator('.te-contact-card')).toBeVisible();
    expect(await el.evaluate((e) => e.getBoundingClientRect().width)).toBeGreaterThanOrEqual(280);
    // Nothing of it is read, found or shown.
    expect(await el.ariaSnapshot()).not.toMatch(/xxx/);
    expect(await page.locator('main').innerText()).not.toMatch(/xxx/);
  });
});
