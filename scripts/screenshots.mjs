// Screenshots of the built demo page (dist/) for docs/screenshots/: first
// state, a result and a stop outcome, at 375 px and 1280 px wide, plus the
// print layout. Run: node scripts/screenshots.mjs (after trunk build --release).
import { chromium } from '@playwright/test';
import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';

const port = 4199;
const server = spawn('node', ['tests/e2e/server.mjs'], {
  env: { ...process.env, TE_PORT: String(port) },
  stdio: 'ignore',
});
await new Promise((r) => setTimeout(r, 500));
const out = process.env.TE_SHOTS || 'docs/screenshots';
mkdirSync(out, { recursive: true });

const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
});
try {
  for (const width of [375, 1280]) {
    const page = await browser.newPage({ viewport: { width, height: 900 } });
    await page.goto(`http://127.0.0.1:${port}/index.html`);
    const widget = page.locator('.te-root').first();
    await widget.getByRole('checkbox', { name: 'Acne scars', exact: true }).waitFor();
    await widget.screenshot({ path: `${out}/first-state-${width}.png` });

    await widget.getByRole('checkbox', { name: 'Acne scars', exact: true }).check();
    await widget.getByRole('checkbox', { name: 'Fine lines and wrinkles', exact: true }).check();
    for (const button of await widget.getByRole('button', { name: /None of these apply|Not pregnant or breastfeeding/ }).all()) {
      await button.click();
    }
    await widget.getByRole('radio', { name: '22 or older' }).check();
    await widget.getByRole('radio', { name: /^III: / }).check();
    await widget.screenshot({ path: `${out}/result-${width}.png` });
    // The whole estimate: on a desktop screen shorter than it, it scrolls
    // on its own, so the shot is taken on a screen tall enough for all of it.
    await page.setViewportSize({ width, height: 4000 });
    await page
      .getByRole('region', { name: 'Your estimate' })
      .screenshot({ path: `${out}/result-panel-${width}.png` });
    await page.setViewportSize({ width, height: 900 });

    await page.getByRole('group', { name: 'Are you pregnant, or could you be?' }).getByRole('radio', { name: 'Yes' }).check();
    await page
      .getByRole('region', { name: 'Your estimate' })
      .screenshot({ path: `${out}/stop-outcome-${width}.png` });
    if (width === 1280) {
      await page.getByRole('group', { name: 'Are you pregnant, or could you be?' }).getByRole('radio', { name: 'No', exact: true }).check();
      await page.setViewportSize({ width: 816, height: 1056 });
      await page.emulateMedia({ media: 'print' });
      await page.screenshot({ path: `${out}/print.png`, fullPage: true });
      await page.pdf({ path: `${out}/print.pdf`, format: 'Letter' });
    }
    await page.close();
  }
  console.log(`screenshots written to ${out}/`);
} finally {
  await browser.close();
  server.kill();
}
