// Shared helpers, grouped by intent (find / act / check), and a fixture that
// fails any test during which the page logged an error or threw.
import { test as base, expect } from '@playwright/test';

export const test = base.extend({
  page: async ({ page }, use) => {
    const problems = [];
    page.on('console', (msg) => {
      if (msg.type() === 'error') problems.push(`console error: ${msg.text()}`);
    });
    page.on('pageerror', (err) => problems.push(`page error: ${err.message}`));
    await use(page);
    expect(problems, 'no console or page errors').toEqual([]);
  },
});

export { expect };

// find
export const estimate = (page) => page.getByRole('region', { name: 'Your estimate' });
export const concern = (page, name) => page.getByRole('checkbox', { name, exact: true });

// act
export async function openDemo(page) {
  await page.goto('/index.html');
  await expect(concern(page, 'Acne scars')).toBeVisible();
}
