// Accessibility: axe-core finds no serious or critical violation in the main view, with the
// panel open, with filters active, with a date window, on a phone, in the dark theme and in
// each language; and the keyboard alone gets from a filter to a shared link.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertClean, bundledDataset, openPage, seriousAccessibilityViolations, serverAndBrowser, waitForApp, waitForParam, openApp, selectedEvent } from './harness.mjs';

const env = serverAndBrowser();

const views = [
  ['main view', '', { width: 1280, height: 900 }],
  ['panel open with filters active', '?event=c-mrs-delegation-strasbourg-2024&country=FR&topic=awards&q=e-mrs', { width: 1280, height: 900 }],
  ['date window and an unknown event', '?event=nowhere&from=2021-07&to=2021-12&mode=hybrid', { width: 1280, height: 900 }],
  ['phone', '?event=roadshow-yingtan-2021', { width: 390, height: 844 }],
  ['dark theme with the panel open', '?event=cas-cnrs-strategic-dialogue-2024', { width: 1280, height: 900, colorScheme: 'dark' }],
  ['简体中文, panel open with filters active', '?event=c-mrs-delegation-strasbourg-2024&country=FR&lang=zh-Hans', { width: 1280, height: 900 }],
  ['繁體中文, dark theme with the panel open', '?event=cas-cnrs-strategic-dialogue-2024&lang=zh-Hant', { width: 1280, height: 900, colorScheme: 'dark' }],
  ['繁體中文 on a phone', '?event=roadshow-yingtan-2021&lang=zh-Hant', { width: 390, height: 844 }],
];

for (const [name, path, viewport] of views) {
  test(`axe reports no serious or critical violation: ${name}`, async () => {
    const { page, context } = await openApp(env.browser, env.server, path, { ...viewport, bypassCSP: true });
    await page.locator('.map__country').first().waitFor();
    assert.deepEqual(await seriousAccessibilityViolations(page), []);
    await context.close();
  });
}

/** Presses Tab until `matches` holds for the focused element; fails after `limit` presses. */
async function tabTo(page, description, matches, limit = 400) {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate(matches)) return;
  }
  assert.fail(`Tab never reached ${description}`);
}

/** Whether the focused element shows a focus ring. */
const focusRing = (page) => page.evaluate(() => {
  const style = getComputedStyle(document.activeElement);
  return style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
});

test('keyboard alone: skip link, search, a country, an event, and its link copied and opened', async () => {
  const { page, context, problems } = await openPage(env.browser, env.server, { width: 1280, height: 900 });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: env.server.origin });
  await page.goto(env.server.url());
  await waitForApp(page);

  // The first Tab reaches the skip link, and it moves focus to the list.
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement.className), 'skip-link');
  assert.ok(await focusRing(page), 'the skip link shows a focus ring');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.activeElement.id === 'event-list');

  await page.keyboard.press('Shift+Tab');
  await tabTo(page, 'the search box', () => document.activeElement.id === 'search-events');
  await page.keyboard.type('e-mrs');
  await waitForParam(page, 'q', 'e-mrs');
  await tabTo(page, 'the France checkbox', () => document.activeElement.closest('label')?.textContent.startsWith('France'));
  assert.ok(await focusRing(page), 'the checkbox shows a focus ring');
  await page.keyboard.press('Space');
  await waitForParam(page, 'country', 'FR');
  const announced = await page.locator('#result-count').textContent();
  // The count announced is the list's, out of every event of the dataset.
  const listed = await page.locator('.event-row').count();
  assert.equal(announced.trim(), `${listed} of ${bundledDataset().events.length} events`);
  assert.equal(await page.locator('#result-count').getAttribute('aria-live'), 'polite');

  await tabTo(page, 'the first event of the list', () => document.activeElement.matches('.event-row__link'));
  assert.ok(await focusRing(page), 'the event link shows a focus ring');
  const id = await page.evaluate(() => document.activeElement.closest('.event-row').dataset.eventId);
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.activeElement.id === 'panel-event-title');
  assert.equal(selectedEvent(page.url()), id);

  await tabTo(page, 'Copy link', () => document.activeElement.textContent === 'Copy link');
  await page.keyboard.press('Enter');
  await page.getByText('Link copied to the clipboard.').waitFor();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  const shared = new URL(link);
  assert.equal(selectedEvent(shared.href), id);
  assert.equal(shared.searchParams.get('country'), 'FR');
  assert.equal(shared.searchParams.get('q'), 'e-mrs');

  // Someone else opens the link: the same event, the same filters.
  const other = await openPage(env.browser, env.server, { width: 1280, height: 900 });
  await other.page.goto(link);
  await waitForApp(other.page);
  const title = await page.locator('#panel-event-title').textContent();
  await other.page.locator('#panel-event-title').getByText(title).waitFor();
  assert.equal(await other.page.locator('#result-count').textContent(), announced);
  assertClean(problems);
  assertClean(other.problems);
  await other.context.close();
  await context.close();
});
