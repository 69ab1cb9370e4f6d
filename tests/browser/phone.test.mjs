// The atlas on a 390×844 touch phone: regions stacked with no sideways scrolling, filters in
// a drawer, the event panel as a sheet, tap targets of at least 44 px, and real touch input
// (Chromium's touch emulation) panning and pinching the map and the timeline.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertClean, bundledDataset, screenshot, serverAndBrowser, openApp, mapTransform, waitForParam, sidewaysOverflow, selectedEvent } from './harness.mjs';

const env = serverAndBrowser();
const dataset = bundledDataset();
const PHONE = { width: 390, height: 844, touch: true };

const open = (query) => openApp(env.browser, env.server, query, PHONE);

/** Touches `points` (arrays of [x, y] per finger, one array per step) on the real touchscreen. */
async function touch(page, steps) {
  const cdp = await page.context().newCDPSession(page);
  const points = (step) => step.map(([x, y], id) => ({ x, y, id }));
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: points(steps[0]) });
  for (const step of steps.slice(1)) {
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: points(step) });
  }
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
}

/** Visible controls smaller than 44×44 CSS pixels, described. */
async function smallTapTargets(page) {
  return page.evaluate(() => {
    // Timeline marks are left out: on a phone the list below is the way to open an event.
    const controls = document.querySelectorAll('button, a[href], input:not([type=checkbox]):not([type=file]), select, label.facet__label, [role=button]');
    const small = [];
    for (const element of controls) {
      const r = element.getBoundingClientRect();
      const style = getComputedStyle(element);
      if (r.width === 0 || r.height === 0 || style.visibility === 'hidden' || element.closest('[hidden], .visually-hidden')) continue;
      if (element.classList.contains('skip-link')) continue;
      if (r.height < 44 || r.width < 44) small.push(`${element.tagName.toLowerCase()}.${element.className} "${element.textContent.trim().slice(0, 30)}" ${Math.round(r.width)}×${Math.round(r.height)}`);
    }
    return small;
  });
}

test('at 390×844 the header fits without sideways scroll and every language is one menu away', async () => {
  for (const [lang, label, next, nextLabel] of [['en', 'Language', 'zh-Hant', '語言'], ['zh-Hans', '语言', 'en', 'Language']]) {
    const { page, context, problems } = await open(`?lang=${lang}`);
    const header = page.locator('.site-header');
    const fit = await header.evaluate((h) => {
      const controls = [...h.querySelectorAll('button, select, label')].filter((c) => c.getBoundingClientRect().width > 0);
      return {
        // Elements a person could scroll sideways (hidden text for screen readers aside).
        scroll: [h, ...h.querySelectorAll('*')]
          .filter((e) => !e.closest('.visually-hidden') && ['auto', 'scroll'].includes(getComputedStyle(e).overflowX) && e.scrollWidth > e.clientWidth + 1)
          .map((e) => e.className),
        outside: controls.filter((c) => c.getBoundingClientRect().left < 0 || c.getBoundingClientRect().right > innerWidth).map((c) => c.textContent.trim()),
        controls: controls.length,
      };
    });
    assert.deepEqual(fit.scroll, [], 'nothing in the header scrolls sideways');
    assert.deepEqual(fit.outside, [], 'every header control is wholly on screen');
    assert.ok(fit.controls >= 3, `${fit.controls} controls`);
    assert.ok((await sidewaysOverflow(page)) <= 0);
    // One language menu with every language, the current one chosen.
    const menu = header.getByRole('combobox', { name: label });
    assert.equal(await menu.isVisible(), true);
    const options = await menu.locator('option').evaluateAll((all) => all.map((o) => [o.value, o.textContent]));
    assert.deepEqual(options.map(([value]) => value), ['en', 'zh-Hans', 'zh-Hant']);
    assert.equal(await menu.inputValue(), lang);
    assert.equal(await header.getByRole('group', { name: label }).count(), 0, 'the three buttons wait for wider screens');
    assert.deepEqual(await smallTapTargets(page), []);
    await page.locator('.site-header').screenshot({ path: `target/screenshots/phone-header-${lang}.png` });
    await menu.selectOption(next);
    await waitForParam(page, 'lang', next);
    await header.getByRole('combobox', { name: nextLabel }).waitFor();
    assert.equal(await page.locator('html').getAttribute('lang'), next);
    assertClean(problems);
    await context.close();
  }
});

test('at 390×844 the regions stack without sideways scrolling and every tap target is 44 px', async () => {
  const { page, context, problems } = await open();
  const boxes = [];
  for (const selector of ['.filters-button', '.region--map', '.region--timeline', '.region--list']) {
    const box = await page.locator(selector).boundingBox();
    assert.ok(box, `${selector} is shown`);
    boxes.push(box);
  }
  for (let i = 1; i < boxes.length; i++) assert.ok(boxes[i].y >= boxes[i - 1].y + boxes[i - 1].height - 1, `region ${i} is below region ${i - 1}`);
  assert.equal(await page.locator('.region--filters').isVisible(), false, 'filters wait in the drawer');
  const overflow = await sidewaysOverflow(page);
  assert.ok(overflow <= 0, `page scrolls sideways by ${overflow} px`);
  assert.deepEqual(await smallTapTargets(page), []);
  await screenshot(page, 'phone-main');
  assertClean(problems);
  await context.close();
});

test('the filter drawer opens, filters, and closes on "Show N events"', async () => {
  const { page, context, problems } = await open();
  const opener = page.getByRole('button', { name: 'Filters (0)' });
  await opener.tap();
  const drawer = page.locator('.region--filters');
  await drawer.waitFor({ state: 'visible' });
  assert.equal(await opener.getAttribute('aria-expanded'), 'true');
  const box = await drawer.boundingBox();
  assert.ok(box.x <= 0 && box.width >= 389 && box.y <= 0, `the drawer covers the screen: ${JSON.stringify(box)}`);
  assert.equal(await page.evaluate(() => document.activeElement.id), 'filters-title');
  assert.deepEqual(await smallTapTargets(page), []);
  await screenshot(page, 'phone-drawer');

  const russia = dataset.events.filter((e) => e.countries.includes('RU') || e.venue?.country === 'RU').length;
  await drawer.getByRole('checkbox', { name: /^Russia \d+$/ }).tap();
  await waitForParam(page, 'country', 'RU');
  await drawer.getByRole('button', { name: `Show ${russia} events` }).tap();
  await drawer.waitFor({ state: 'hidden' });
  await page.getByRole('button', { name: 'Filters (1)' }).waitFor();
  assert.equal(await page.locator('.event-row').count(), russia);
  assertClean(problems);
  await context.close();
});

test('an event opens as a sheet over the lower screen and closes again', async () => {
  const { page, context, problems } = await open();
  const first = page.locator('.event-row__link').first();
  const title = await first.locator('.event-row__title').textContent();
  await first.tap();
  const sheet = page.locator('.region--panel');
  await sheet.locator('#panel-event-title').getByText(title.trim()).waitFor();
  const box = await sheet.boundingBox();
  assert.ok(Math.abs(box.y + box.height - 844) <= 1, `the sheet sits on the bottom edge: ${JSON.stringify(box)}`);
  assert.ok(box.height <= 844 * 0.75, `the sheet leaves the top of the page in sight: ${box.height}`);
  assert.ok(box.width >= 389);
  assert.deepEqual(await smallTapTargets(page), []);
  await screenshot(page, 'phone-sheet');
  await sheet.getByRole('button', { name: 'Close' }).tap();
  await sheet.waitFor({ state: 'hidden' });
  assert.equal(selectedEvent(page.url()), null);
  assertClean(problems);
  await context.close();
});

test('a finger drags the map; two fingers pinch the map and the timeline', async () => {
  const { page, context, problems } = await open();
  const map = page.locator('.map');
  await map.scrollIntoViewIfNeeded();
  const m = await map.boundingBox();
  const [cx, cy] = [m.x + m.width / 2, m.y + m.height / 2];
  const start = await mapTransform(page);
  await touch(page, [[[cx, cy]], [[cx + 30, cy]], [[cx + 60, cy]], [[cx + 80, cy]]]);
  const dragged = await mapTransform(page);
  assert.ok(dragged.x > start.x + 20 && dragged.k === start.k, `drag: ${JSON.stringify([start, dragged])}`);
  await touch(page, [[[cx - 20, cy], [cx + 20, cy]], [[cx - 40, cy], [cx + 40, cy]], [[cx - 60, cy], [cx + 60, cy]]]);
  const pinched = await mapTransform(page);
  assert.ok(pinched.k > dragged.k * 2, `pinch zoomed the map: ${dragged.k} → ${pinched.k}`);

  const timeline = page.locator('.timeline');
  await timeline.scrollIntoViewIfNeeded();
  const span = async () => Number(await timeline.getAttribute('data-end')) - Number(await timeline.getAttribute('data-start'));
  const before = await span();
  // Below the dates strip, within the part of the chart on screen (it scrolls when tall).
  const t = await timeline.boundingBox();
  const [tx, ty] = [t.x + t.width / 2, t.y + t.height * 0.7];
  await touch(page, [[[tx - 20, ty], [tx + 20, ty]], [[tx - 40, ty], [tx + 40, ty]], [[tx - 60, ty], [tx + 60, ty]]]);
  assert.ok(await span() < before / 2, `pinch zoomed the timeline: ${before} → ${await span()}`);
  assertClean(problems);
  await context.close();
});
