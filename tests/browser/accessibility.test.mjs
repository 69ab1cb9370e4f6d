// Accessibility: axe-core finds no serious or critical violation in the main view, with the
// panel open, with filters active, with a date window, on a phone, and in the dark theme.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openPage, seriousAccessibilityViolations, serverAndBrowser, waitForApp } from './harness.mjs';

const env = serverAndBrowser();

const views = [
  ['main view', '', { width: 1280, height: 900 }],
  ['panel open with filters active', '?event=c-mrs-delegation-strasbourg-2024&country=FR&topic=awards&q=e-mrs', { width: 1280, height: 900 }],
  ['date window and an unknown event', '?event=nowhere&from=2021-07&to=2021-12&mode=hybrid', { width: 1280, height: 900 }],
  ['phone', '?event=roadshow-yingtan-2021', { width: 390, height: 844 }],
  ['dark theme with the panel open', '?event=cas-cnrs-strategic-dialogue-2024', { width: 1280, height: 900, colorScheme: 'dark' }],
];

for (const [name, path, viewport] of views) {
  test(`axe reports no serious or critical violation: ${name}`, async () => {
    const { page, context } = await openPage(env.browser, env.server, { ...viewport, bypassCSP: true });
    await page.goto(env.server.url(path));
    await waitForApp(page);
    await page.locator('.map__country').first().waitFor();
    assert.deepEqual(await seriousAccessibilityViolations(page), []);
    await context.close();
  });
}
