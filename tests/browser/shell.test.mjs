// The application shell: it mounts from a plain static server, lays out its four regions
// from phone to large screen, and stays within its own origin.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertClean, bundledDataset, screenshot, serverAndBrowser, sidewaysOverflow, openApp } from './harness.mjs';

const env = serverAndBrowser();

async function box(page, selector) {
  const b = await page.locator(selector).boundingBox();
  assert.ok(b, `${selector} is not visible`);
  return b;
}

for (const width of [360, 1280, 1920]) {
  test(`shell renders all regions at ${width} px without errors`, async () => {
    const { page, context, problems } = await openApp(env.browser, env.server, '', { width, height: 900 });
    await assert.doesNotReject(page.getByRole('heading', { level: 1, name: 'Cooperation Atlas' }).waitFor());
    // On a phone the filters wait behind a button; the panel waits for a selection everywhere.
    const headings = width < 720 ? ['Map', 'Timeline'] : ['Filters', 'Map', 'Timeline'];
    for (const name of headings) {
      await page.getByRole('heading', { level: 2, name, exact: true }).waitFor();
    }
    await page.getByRole('heading', { level: 2, name: /^Events \d+$/ }).waitFor();
    await screenshot(page, `shell-${width}`);
    const overflow = await sidewaysOverflow(page);
    assert.ok(overflow <= 0, `page scrolls sideways by ${overflow} px`);
    assertClean(problems);
    await context.close();
  });
}

test('regions sit side by side on a wide screen and stack on a phone', async () => {
  const first = bundledDataset().events[0].id;
  const wide = await openApp(env.browser, env.server, `?event=${first}`, { width: 1280, height: 900 });
  const [filters, map, panel, list] = await Promise.all(['.region--filters', '.region--map', '.region--panel', '.region--list'].map((s) => box(wide.page, s)));
  assert.ok(filters.x + filters.width <= map.x, 'filters are left of the map');
  assert.ok(map.x + map.width <= panel.x, 'the panel is right of the map');
  assert.ok(panel.y + panel.height <= list.y + 1 && Math.abs(panel.x - list.x) < 1, 'the panel docks above the list');
  await wide.context.close();

  const phone = await openApp(env.browser, env.server, '', { width: 360, height: 800 });
  const order = [];
  for (const selector of ['.filters-button', '.region--map', '.region--timeline', '.region--list']) {
    order.push(await box(phone.page, selector));
  }
  for (let i = 1; i < order.length; i++) {
    assert.ok(order[i].y >= order[i - 1].y + order[i - 1].height - 1, `region ${i} is below region ${i - 1}`);
    assert.ok(order[i].width > 300, `region ${i} uses the phone's width`);
  }
  await phone.context.close();
});

test('the event list shows every bundled event', async () => {
  const { page, context, problems } = await openApp(env.browser, env.server, '');
  const expected = bundledDataset().events.length;
  await assert.doesNotReject(page.locator('.event-row').nth(expected - 1).waitFor());
  assert.equal(await page.locator('.event-row').count(), expected);
  assertClean(problems);
  await context.close();
});

test('a Content-Security-Policy limits the page to its own origin', async () => {
  const { page, context, problems } = await openApp(env.browser, env.server, '');
  const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  assert.match(csp, /default-src 'self'/);
  assert.match(csp, /connect-src 'self'/);
  assert.doesNotMatch(csp, /CSP_SCRIPT_HASHES|unsafe-inline|\*/);
  // A request the policy forbids is refused by the browser itself.
  const refused = await page.evaluate(async () => {
    try {
      await fetch('https://example.org/');
      return false;
    } catch {
      return true;
    }
  });
  assert.ok(refused, 'fetch to another origin must be refused');
  problems.consoleErrors = problems.consoleErrors.filter((m) => !m.includes('Content Security Policy'));
  assertClean(problems);
  await context.close();
});
