// The widget in the boxes clinic pages put it in that take their content's
// width: a "Get an estimate" <dialog>, a popover, a page builder's flex
// row, an inline-block, a float (verify74 F1, /work/notes/verify74.md: the
// widget is a size container, and was 50 px wide in each, 26 on a phone,
// one word per line).
import { test, expect, hostPage, concern, answerAllSafetyQuestions } from './fixtures.mjs';

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

// verify76 F1 (/work/notes/verify76.md): in a box that scrolls (Bootstrap's
// scrollable modal, written out), the estimate beside the questions was as
// tall as the window, so its Book, Call and Print were below the modal's
// end until the last question.
const modal = `<style>.modal{position:fixed;inset:0;overflow:hidden}
.modal-dialog{margin:1.75rem auto;max-width:1140px;height:calc(100% - 3.5rem)}
.modal-content{display:flex;flex-direction:column;max-height:100%;overflow:hidden;background:#fff}
.modal-header,.modal-footer{padding:1rem;flex:none}
.modal-body{flex:1 1 auto;overflow-y:auto;padding:1rem}</style>
<div class="modal"><div class="modal-dialog"><div class="modal-content">
<div class="modal-header"><h5>Get an estimate</h5></div>
<div class="modal-body"><treatment-estimator eager></treatment-estimator></div>
<div class="modal-footer"><button>Close</button></div></div></div></div>`;

test('verify76 F1: in a scrolling modal the estimate beside the questions fits the modal', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await hostPage(page, '/t/modal.html', modal);
  await concern(page, 'Acne scars').check();
  await concern(page, 'Fine lines and wrinkles').check();
  await answerAllSafetyQuestions(page);
  const body = page.locator('.modal-body');
  await body.evaluate((b) => (b.scrollTop = (b.scrollHeight - b.clientHeight) / 2));
  const result = page.locator('treatment-estimator .te-result');
  await expect(result.getByRole('button', { name: 'Print summary' })).toBeAttached();
  await expect.poll(async () => {
    const [r, b] = [await result.boundingBox(), await body.boundingBox()];
    return r.y + r.height <= b.y + b.height + 1;
  }).toBe(true);
});

test('verify76 F1: moved out of the modal onto the page, the estimate is a screen high again', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await hostPage(page, '/t/modal-out.html', modal);
  await concern(page, 'Acne scars').check();
  await concern(page, 'Fine lines and wrinkles').check();
  const result = page.locator('treatment-estimator .te-result');
  const inModal = (await result.boundingBox()).height;
  // Moved in one go, as a single-page app does: the widget stays.
  await page.evaluate(() => document.querySelector('main').append(document.querySelector('treatment-estimator')));
  await expect(concern(page, 'Acne scars')).toBeChecked();
  await expect.poll(async () => (await result.boundingBox()).height).toBeGreaterThan(inModal + 100);
});

test('verify76 F1: a box that holds floats (overflow: auto) but does not scroll leaves the estimate a screen high', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await hostPage(page, '/t/clearfix.html', '<div style="overflow:auto"><treatment-estimator eager></treatment-estimator></div>');
  await concern(page, 'Acne scars').check();
  await concern(page, 'Fine lines and wrinkles').check();
  const box = await page.locator('treatment-estimator .te-result').boundingBox();
  expect(box.height).toBeGreaterThan(400);
  expect(box.height).toBeLessThanOrEqual(800);
});

test.describe('verify76 F2-F4: the loading and unavailable lines', () => {
  test.use({ expectedErrors: [/^treatment-estimator could not start: |Failed to load resource: .* 404|^treatment-estimator config: |^Failed to load resource/] });

  test('F2: "unavailable" is in the page\'s text colour, readable on a dark site', async ({ page }) => {
    await page.route('**/estimator_bg.wasm', (r) => r.fulfill({ status: 404, body: 'gone' }));
    await hostPage(page, '/t/dark.html', '<div style="background:#121212;color:#eeeeee"><treatment-estimator eager></treatment-estimator></div>');
    const line = page.locator('treatment-estimator').getByText('The estimator is unavailable');
    await expect(line).toBeVisible();
    expect(await line.evaluate((e) => getComputedStyle(e).color)).toBe('rgb(238, 238, 238)');
  });

  test('F3: "Loading…" says its language and direction, as the widget', async ({ page }) => {
    await page.route('**/estimator_bg.wasm', () => {}); // never answers
    await hostPage(page, '/t/rtl.html', '<div dir="rtl" lang="ar"><treatment-estimator eager></treatment-estimator><treatment-estimator eager lang="es"></treatment-estimator></div>');
    const [en, es] = [page.locator('treatment-estimator').first(), page.locator('treatment-estimator').last()];
    await expect(en.getByRole('status')).toHaveText('Loading…');
    await expect(en.getByRole('status')).toHaveAttribute('lang', 'en');
    await expect(en.getByRole('status')).toHaveAttribute('dir', 'ltr');
    await expect(es.getByRole('status')).toHaveText('Cargando…');
    await expect(es.getByRole('status')).toHaveAttribute('lang', 'es');
  });

  test('F4: a contact card is as tall as it is: no loading reservation under it', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await hostPage(page, '/t/card-gap.html', '<treatment-estimator eager config="/t/missing.json"></treatment-estimator><p>After</p>');
    const el = page.locator('treatment-estimator');
    await expect(el.locator('.te-contact-card')).toBeVisible();
    const [host, card] = [await el.boundingBox(), await el.locator('.te-contact-card').boundingBox()];
    expect(host.height - card.height).toBeLessThan(40);
  });
});
