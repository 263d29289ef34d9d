import { writeFileSync, mkdirSync } from 'node:fs';
import { test, expect, hostPage, saidSummary, restartWith } from './fixtures.mjs';

// 10 widgets on one page, 500 rapid random interactions across them. No
// console error may appear; afterwards each widget's answers (a share link,
// which holds no safety answers, plus the safety answers ticked on screen),
// summary and last estimate event are written to
// target/load-check.json, which tests/load_check.rs recomputes with the
// native model (run by scripts/test.sh right after this suite).
test('500 rapid random interactions across 10 instances', async ({ page, context }) => {
  test.setTimeout(120_000);
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const widgets = Array.from({ length: 10 }, (_, i) => `<treatment-estimator id="w${i}" eager></treatment-estimator>`).join('');
  await hostPage(page, '/t/load.html', widgets, {
    head: '<script type="module" src="/examples/event-log.js"></script>',
  });
  for (let i = 0; i < 10; i++) {
    await expect(page.locator(`#w${i}`).getByRole('checkbox', { name: 'Acne scars', exact: true })).toBeVisible();
  }
  const done = await page.evaluate(async () => {
    let seed = 20261128;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
    const hosts = [...document.querySelectorAll('treatment-estimator')];
    let clicks = 0;
    for (let n = 0; n < 500; n++) {
      const root = hosts[Math.floor(random() * hosts.length)].shadowRoot;
      const controls = [...root.querySelectorAll('input[type=checkbox], input[type=radio], button')].filter(
        (c) => !c.classList.contains('te-jump') && !/Copy link|Print/.test(c.textContent),
      );
      controls[Math.floor(random() * controls.length)].click();
      clicks++;
      if (n % 25 === 0) await new Promise((r) => setTimeout(r, 0));
    }
    await new Promise((r) => setTimeout(r, 300));
    return clicks;
  });
  expect(done).toBe(500);

  const results = [];
  for (let i = 0; i < 10; i++) {
    const w = page.locator(`#w${i}`);
    const summary = (await saidSummary(w.getByRole('region', { name: 'Your estimate' }))).trim();
    const copy = w.getByRole('button', { name: 'Copy link to this estimate' });
    let link = null;
    if (await copy.count()) {
      await copy.click();
      await expect(w.getByText('Link copied.')).toBeVisible();
      link = await page.evaluate(() => navigator.clipboard.readText());
    }
    const screening = await w.evaluate((el) =>
      [...el.shadowRoot.querySelectorAll('input[data-change=answer]:checked')].map((i) => `${i.dataset.q}:${i.value}`),
    );
    const event = await page.evaluate((id) => window.teEvents.filter((e) => e.source === id && e.name === 'estimator-estimate').at(-1)?.detail ?? null, `w${i}`);
    results.push({ id: `w${i}`, link, screening, summary, event });
  }
  expect(results.filter((r) => r.link).length).toBeGreaterThan(3);
  mkdirSync('target', { recursive: true });
  writeFileSync('target/load-check.json', JSON.stringify(results, null, 2));
});

// verify51 F1: Chromium keeps a radio button removed from a shadow root in
// that root's radio group, and with it the whole subtree it was removed
// with: each concern unticked kept its grade question (about 50 nodes), and
// each restart a whole widget (about 950). Garbage is collected before each
// count; the widget's own nodes come back, the old ones must not stay.
test('unticked concerns and restarts leave no old nodes behind', async ({ page }) => {
  await hostPage(page, '/t/leak.html', '<treatment-estimator eager concerns="acne-scars"></treatment-estimator>');
  const el = page.locator('treatment-estimator');
  const grade = el.getByRole('radio', { name: /^Grade 3/ });
  await expect(grade).toBeChecked();
  const cdp = await page.context().newCDPSession(page);
  const nodes = async () => {
    await cdp.send('HeapProfiler.collectGarbage');
    return (await cdp.send('Memory.getDOMCounters')).nodes;
  };
  const acne = el.getByRole('checkbox', { name: 'Acne scars', exact: true });
  const before = await nodes();
  for (let i = 0; i < 20; i++) {
    await acne.uncheck();
    await expect(grade).toHaveCount(0);
    await acne.check();
    await expect(grade).toBeChecked();
  }
  const afterTicks = await nodes();
  expect(afterTicks - before, 'nodes kept by 20 unticked concerns').toBeLessThan(300);
  // Each restart builds a new widget; the last old one may still be held
  // for a while, no more (one widget is about 950 nodes).
  for (let i = 0; i < 10; i++) {
    await restartWith(el, 'theme', `radius: ${i + 1}px`);
    await expect(grade).toBeChecked();
  }
  expect((await nodes()) - afterTicks, 'nodes kept by 10 restarts').toBeLessThan(1500);
});

// verify54 F2: the element keeps its destroyed widget's handle (with the
// answers, for when it is put back), and that handle kept the element's
// style, so no element removed from the page was ever collected. Counted
// after forced garbage collection: the removed elements themselves.
test('widgets removed from the page are collected', async ({ page }) => {
  await hostPage(page, '/t/gone.html', '<div id="route"></div>');
  const el = page.locator('treatment-estimator');
  for (let i = 0; i < 5; i++) {
    await page.evaluate(() => new Promise((ready) => {
      const e = document.createElement('treatment-estimator');
      e.setAttribute('eager', '');
      e.setAttribute('theme', 'radius: 3px');
      e.addEventListener('estimator-ready', ready, { once: true });
      document.getElementById('route').append(e);
    }));
    await el.getByRole('checkbox', { name: 'Acne scars', exact: true }).check();
    await el.evaluate((e) => e.remove());
    // Removed for good a task later.
    await page.waitForTimeout(50);
  }
  const cdp = await page.context().newCDPSession(page);
  const alive = async () => {
    await cdp.send('HeapProfiler.collectGarbage');
    const { result } = await cdp.send('Runtime.evaluate', { expression: "customElements.get('treatment-estimator').prototype" });
    const { objects } = await cdp.send('Runtime.queryObjects', { prototypeObjectId: result.objectId });
    const count = await cdp.send('Runtime.callFunctionOn', { objectId: objects.objectId, functionDeclaration: 'function () { return this.length; }', returnByValue: true });
    return count.result.value;
  };
  await expect.poll(alive).toBe(0);
});
