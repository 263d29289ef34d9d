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

test('fine lines and wrinkles share sessions with acne scars', async ({ page }) => {
  await openDemo(page);
  await concern(page, 'Fine lines and wrinkles').check();
  await expect(estimate(page).getByRole('status')).toContainText('4 sessions');
  await concern(page, 'Acne scars').check();
  await expect(estimate(page).getByRole('status')).toContainText('4–5 sessions');
});
