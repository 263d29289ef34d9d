import { test, expect, estimate, concern, openDemo } from './fixtures.mjs';

test('ticking Acne scars shows sessions, a US-dollar price range and the phone link', async ({ page }) => {
  await openDemo(page);
  const result = estimate(page);
  await expect(result.getByRole('status')).toContainText('Choose at least one concern');

  await concern(page, 'Acne scars').check();
  await expect(result.getByRole('status')).toContainText('4–5 sessions');
  await expect(result.getByRole('status')).toContainText(/\$900\s*–\s*\$3,150/);

  const call = result.getByRole('link', { name: /Call 801-501-9797/ });
  await expect(call).toHaveAttribute('href', 'tel:+18015019797');
  await expect(result.getByRole('link', { name: /Book a consultation/ })).toBeVisible();
  await expect(result.getByRole('link', { name: /info@biorestoration\.com/ })).toHaveAttribute(
    'href',
    /^mailto:info@biorestoration\.com\?subject=/,
  );
  await expect(result.locator('address')).toContainText('12101 S. State Street #101');
});

test('skin and scalp plans read as one sentence each, and the e-mail names the scalp', async ({ page }) => {
  await openDemo(page);
  const status = estimate(page).getByRole('status');
  await concern(page, 'Acne scars').check();
  await concern(page, 'Hair loss (androgenetic alopecia)').check();
  await expect(status).toContainText(
    'Skin: 4–5 sessions, every 4 weeks, over 12–16 weeks. Scalp: 12 sessions, every week, over 11 weeks. Indicative price',
  );
  const body = async () => {
    const href = await estimate(page).getByRole('link', { name: /info@biorestoration\.com/ }).getAttribute('href');
    return new URL(href).searchParams.get('body');
  };
  expect(await body()).toContain('Areas to treat: Face, Scalp');
  // Hair loss starts at "Not sure": its grades are men's or women's stages.
  expect(await body()).toContain('- Hair loss (androgenetic alopecia) — Not sure');
  expect(await body()).toContain('Scalp: 12 sessions, every week');

  // No area for the skin concern: the plan without a price, one full stop.
  await page.getByRole('checkbox', { name: 'Face', exact: true }).uncheck();
  await concern(page, 'Hair loss (androgenetic alopecia)').uncheck();
  await expect(status).toContainText('4–5 sessions, every 4 weeks, over 12–16 weeks. Choose an area to see a price.');
  await expect(status).not.toContainText('..');
  expect(await body()).not.toContain('Areas to treat');
});

test('the e-mail calls a grade left at its default assumed, until the visitor picks one, even the same', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await openDemo(page);
  const body = async () => {
    const href = await estimate(page).getByRole('link', { name: /info@biorestoration\.com/ }).getAttribute('href');
    return new URL(href).searchParams.get('body');
  };
  await concern(page, 'Acne scars').check();
  await concern(page, 'Fine lines and wrinkles').check();
  await expect.poll(body).toContain('- Acne scars — Grade 3: moderate (assumed, not picked)');
  expect(await body()).toContain('- Fine lines and wrinkles — Type II: moderate (assumed, not picked)');
  // A click on the grade already shown (no change event) picks it.
  const moderate = page.getByRole('group', { name: /^Acne scars/ }).getByRole('radio', { name: 'Grade 3: moderate' });
  await expect(moderate).toBeChecked();
  await moderate.click();
  await expect.poll(body).toContain('- Acne scars — Grade 3: moderate\r\n');
  expect(await body()).toContain('Type II: moderate (assumed, not picked)');
  // By keyboard (Chromium's Space on a checked radio sends no click):
  // away and back picks it.
  const typeTwo = page.getByRole('group', { name: /^Fine lines and wrinkles/ }).getByRole('radio', { name: 'Type II: moderate' });
  await typeTwo.focus();
  await page.keyboard.press('ArrowDown');
  await expect.poll(body).toContain('- Fine lines and wrinkles — Type III: advanced\r\n');
  await page.keyboard.press('ArrowUp');
  await expect(typeTwo).toBeChecked();
  await expect.poll(body).not.toContain('assumed');
  // The share link carries a picked grade, and leaves an assumed one out.
  await concern(page, 'Fine lines and wrinkles').uncheck();
  await concern(page, 'Fine lines and wrinkles').check();
  await page.getByRole('button', { name: 'Copy link to this estimate' }).click();
  await expect(estimate(page).getByText(/^Link copied\./)).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(/#te-c=wrinkles,acne-scars:grade-3&te-a=face&te-l=en$/);
});

test('fine lines and sun damage ask the face\'s photo-aging type once, and the e-mail gives it for both', async ({ page }) => {
  await openDemo(page);
  await concern(page, 'Fine lines and wrinkles').check();
  await concern(page, 'Sun damage and pigmentation').check();
  const groups = page.getByRole('group', { name: /Glogau photo-aging type/ });
  await expect(groups).toHaveCount(1);
  await expect(groups).toHaveAccessibleName('Fine lines and wrinkles, Sun damage and pigmentation · Glogau photo-aging type');
  await groups.getByRole('radio', { name: 'Type III: advanced' }).check();
  const href = await estimate(page).getByRole('link', { name: /info@biorestoration\.com/ }).getAttribute('href');
  const body = new URL(href).searchParams.get('body');
  expect(body).toContain('- Fine lines and wrinkles — Type III: advanced\r\n- Sun damage and pigmentation — Type III: advanced\r\n');
});

test('fine lines and wrinkles share sessions with acne scars', async ({ page }) => {
  await openDemo(page);
  await concern(page, 'Fine lines and wrinkles').check();
  await expect(estimate(page).getByRole('status')).toContainText('4 sessions');
  await concern(page, 'Acne scars').check();
  await expect(estimate(page).getByRole('status')).toContainText('4–5 sessions');
});
