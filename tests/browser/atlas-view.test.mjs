// The atlas view as one screen: stable region hooks, titles readable on the timeline, linked
// highlighting between list, timeline and map, markers that never overlap at scale, and a
// fit that stops at a country's size.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { assertClean, bundledDataset, mapTransform, markerAlone, openApp, openPage, screenshot, serverAndBrowser, SYNTHETIC, waitForApp, waitForParam } from './harness.mjs';

/** How long a period of play lasts at normal speed (`PERIOD_MS` in play_controls.rs). */
const PERIOD_MS = 1_600;

const dataset = bundledDataset();
const env = serverAndBrowser({ files: { 'data/events-10000.json': { path: join(SYNTHETIC, 'events-10000.json') } } });

/** The titles written on the timeline that are on screen in full height, with their boxes. */
async function readableTitles(page) {
  return page.locator('.timeline__label').evaluateAll((labels) => {
    const chart = document.querySelector('.timeline__svg').getBoundingClientRect();
    return labels
      .map((label) => ({ text: label.textContent, box: label.getBoundingClientRect() }))
      .filter(({ text, box }) => text.length >= 3 && box.width > 0 && box.left >= chart.left - 1 && box.right <= chart.right + 1)
      .map(({ text, box }) => ({ text, left: box.left, right: box.right, top: box.top, bottom: box.bottom }));
  });
}

function overlapping(boxes) {
  const pairs = [];
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length; j++) {
      const [a, b] = [boxes[i], boxes[j]];
      if (a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5) pairs.push([a.text, b.text]);
    }
  }
  return pairs;
}

/** Where a region is drawn, as a share of the window, and whether it is wholly on screen. */
async function onScreen(page, selector) {
  return page.locator(selector).evaluate((element) => {
    const r = element.getBoundingClientRect();
    const inView = r.top >= -0.5 && r.left >= -0.5 && r.bottom <= innerHeight + 0.5 && r.right <= innerWidth + 0.5;
    return { share: (r.width * r.height) / (innerWidth * innerHeight), top: r.top, bottom: r.bottom, inView };
  });
}

for (const [width, height, mapShare] of [[1280, 720, 0.35], [1440, 900, 0.35], [390, 844, 0.25]]) {
  test(`at ${width}×${height} the map and the timeline are both on screen without scrolling`, async () => {
    for (const lang of ['en', 'zh-Hans']) {
      const { page, problems } = await openApp(env.browser, env.server, `?lang=${lang}`, { width, height, touch: width < 500 });
      await page.locator('.timeline__mark').first().waitFor();
      const map = await onScreen(page, '[data-region="map"] .map');
      const timeline = await onScreen(page, '[data-region="timeline"]');
      const header = await onScreen(page, '.site-header');
      // What a person sees without scrolling.
      await page.screenshot({ path: `target/screenshots/screen-${width}x${height}-${lang}.png` });
      console.log(`${width}×${height} ${lang}: map ${(map.share * 100).toFixed(1)} %, timeline ${(timeline.share * 100).toFixed(1)} %, header ${(header.bottom - header.top).toFixed(0)} px`);
      assert.ok(map.inView, `the map is cut off: ${JSON.stringify(map)}`);
      assert.ok(timeline.inView, `the timeline is cut off: ${JSON.stringify(timeline)}`);
      assert.ok(map.share >= mapShare, `the map takes ${(map.share * 100).toFixed(1)} % of the window`);
      if (width > 500) {
        assert.ok(timeline.share >= 0.12, `the timeline takes ${(timeline.share * 100).toFixed(1)} %`);
        assert.ok(header.bottom - header.top <= 56, `the header is ${header.bottom - header.top} px tall`);
      }
      assertClean(problems);
    }
  });
}

test('the filters rail collapses to its icon, giving the map room, and opens again', async () => {
  const { page, problems } = await openApp(env.browser, env.server, '?country=FR', { width: 1280, height: 720 });
  const before = await onScreen(page, '[data-region="map"] .map');
  await page.getByRole('button', { name: 'Hide the filters' }).click();
  const show = page.getByRole('button', { name: 'Filters (1)' });
  await show.waitFor();
  assert.equal(await show.getAttribute('aria-expanded'), 'false');
  await page.getByRole('checkbox', { name: /^France/ }).waitFor({ state: 'hidden' });
  await page.waitForFunction((share) => {
    const r = document.querySelector('[data-region="map"] .map').getBoundingClientRect();
    return (r.width * r.height) / (innerWidth * innerHeight) > share + 0.05;
  }, before.share);
  await screenshot(page, 'filters-collapsed');
  await show.focus();
  await page.keyboard.press('Enter');
  await page.getByRole('checkbox', { name: /^France/ }).waitFor();
  assertClean(problems);
});

test('every region carries its data-region hook', async () => {
  const { page, problems } = await openApp(env.browser, env.server, `?event=${dataset.events[0].id}`, { width: 1440, height: 900 });
  for (const region of ['filters', 'map', 'timeline', 'list', 'panel']) {
    assert.equal(await page.locator(`[data-region="${region}"]`).count(), 1, region);
  }
  assertClean(problems);
});

for (const [lang, minimum] of [['en', 10], ['zh-Hans', 10]]) {
  test(`at 1440×900 at least ${minimum} titles are readable on the timeline (${lang}), none overlapping`, async () => {
    const { page, problems } = await openApp(env.browser, env.server, `?lang=${lang}`, { width: 1440, height: 900 });
    await page.locator('.timeline__mark').first().waitFor();
    const titles = await readableTitles(page);
    console.log(`timeline titles (${lang}): ${titles.length} of ${dataset.events.length} readable`);
    assert.ok(titles.length >= minimum, `${titles.length} titles: ${titles.map((t) => t.text).join(' | ')}`);
    assert.deepEqual(overlapping(titles), [], 'titles overlap');
    // Each title shown belongs to the mark it sits beside.
    const sample = await page.locator('.timeline__mark').filter({ has: page.locator('.timeline__label') }).first();
    const id = await sample.getAttribute('data-event-id');
    const event = dataset.events.find((e) => e.id === id);
    const shown = (await sample.locator('.timeline__label').textContent()).replace('…', '');
    const title = lang === 'en' ? event.title.en : event.title.zh ?? event.title.en;
    assert.ok(title.startsWith(shown), `“${shown}” starts “${title}”`);
    await page.locator('[data-region="timeline"]').screenshot({ path: `target/screenshots/timeline-titles-${lang}.png` });
    assertClean(problems);
  });
}

test('hovering a list row, a timeline mark or a map marker highlights the event in the other two', async () => {
  const { page, problems } = await openApp(env.browser, env.server, '', { width: 1440, height: 900 });
  const shenyang = dataset.events.find((e) => e.venue?.city === 'Shenyang');
  const row = page.locator(`.event-row[data-event-id="${shenyang.id}"]`);
  const mark = page.locator(`.timeline__mark[data-event-id="${shenyang.id}"]`);
  const marker = await markerAlone(page, 'Shenyang');

  await row.hover();
  await mark.and(page.locator('.timeline__mark--highlighted')).waitFor();
  await marker.and(page.locator('.map__marker--highlighted')).waitFor();
  assert.equal(await page.locator('.timeline__mark--highlighted').count(), 1, 'only that mark');

  await page.mouse.move(0, 0);
  await page.locator('.timeline__mark--highlighted').first().waitFor({ state: 'detached' });
  await mark.locator('.timeline__point, .timeline__bar, .timeline__span').first().hover();
  await row.and(page.locator('.event-row--highlighted')).waitFor();
  await marker.and(page.locator('.map__marker--highlighted')).waitFor();

  await page.mouse.move(0, 0);
  await marker.hover();
  const atShenyang = dataset.events.filter((e) => e.venue?.city === 'Shenyang').map((e) => e.id).sort();
  await row.and(page.locator('.event-row--highlighted')).waitFor();
  const highlightedRows = await page.locator('.event-row--highlighted').evaluateAll((rows) => rows.map((r) => r.dataset.eventId).sort());
  assert.deepEqual(highlightedRows, atShenyang);
  await screenshot(page, 'linked-highlight');
  // Keyboard focus highlights too.
  await page.mouse.move(0, 0);
  await row.getByRole('link').focus();
  await mark.and(page.locator('.timeline__mark--highlighted')).waitFor();
  assertClean(problems);
});

test('with 10 000 events no two map markers overlap, at world and at continent zoom', async () => {
  const { page, problems } = await openApp(env.browser, env.server, '?data=data%2Fevents-10000.json', { width: 1440, height: 900 });
  await page.locator('.map__marker').first().waitFor({ timeout: 30_000 });
  const discs = () =>
    page.locator('.map__marker').evaluateAll((markers) =>
      markers.map((m) => {
        const drawn = [...m.querySelectorAll('.map__marker-dot, .map__marker-halo')].map((c) => c.getBoundingClientRect());
        const r = Math.max(...drawn.map((b) => b.width / 2));
        const b = drawn[0];
        return { x: b.left + b.width / 2, y: b.top + b.height / 2, r, count: m.querySelector('.map__marker-count').textContent };
      }),
    );
  const overlaps = (list) => {
    const found = [];
    for (let i = 0; i < list.length; i++) {
      for (let j = i + 1; j < list.length; j++) {
        const [a, b] = [list[i], list[j]];
        if (Math.hypot(a.x - b.x, a.y - b.y) < a.r + b.r - 0.5) found.push(`${a.count}/${b.count}`);
      }
    }
    return found;
  };
  const world = await discs();
  assert.ok(world.length > 10, `${world.length} markers`);
  assert.deepEqual(overlaps(world), [], 'overlapping markers at world zoom');
  assert.ok(world.every((d) => d.count.length <= 4), `counts fit their discs: ${world.map((d) => d.count).join(' ')}`);
  await page.locator('[data-region="map"]').screenshot({ path: 'target/screenshots/map-10000-world.png' });

  // Zoom in twice around Europe: a continent.
  const box = await page.locator('.map__svg').boundingBox();
  await page.mouse.move(box.x + box.width * 0.52, box.y + box.height * 0.3);
  const k = (await mapTransform(page)).k;
  await page.mouse.wheel(0, -400);
  await page.waitForFunction((k) => Number(/scale\(([-\d.]+)\)/.exec(document.querySelector('.map__land').getAttribute('transform'))[1]) > k * 2, k);
  const continent = await discs();
  assert.deepEqual(overlaps(continent), [], 'overlapping markers at continent zoom');
  console.log(`10 000 events: ${world.length} markers at world zoom, ${continent.length} at continent zoom, no overlaps`);
  await page.locator('[data-region="map"]').screenshot({ path: 'target/screenshots/map-10000-continent.png' });
  assertClean(problems);
});

test('fitting to a single venue stops where its country and neighbours fill the map', async () => {
  const strasbourg = dataset.events.filter((e) => e.venue?.city === 'Strasbourg');
  assert.ok(strasbourg.length > 0);
  const { page, problems } = await openApp(env.browser, env.server, '?q=Strasbourg', { width: 1440, height: 900 });
  await page.locator('.map__marker[data-places="Strasbourg"]').waitFor();
  assert.equal(await page.locator('.map__marker').count(), 1, 'one place left');
  const { k } = await mapTransform(page);
  // The view is 1000 units across and the world 1000 units for 360°.
  const degreesAcross = (1000 / k) * 0.36;
  assert.ok(degreesAcross >= 25, `the map shows only ${degreesAcross.toFixed(1)}° of longitude`);
  await page.locator('[data-region="map"]').screenshot({ path: 'target/screenshots/map-one-venue.png' });
  assertClean(problems);
});

test('play steps a window of one period across the events, the list and map follow, pause stops it', async () => {
  const { page, problems } = await openPage(env.browser, env.server, { width: 1440, height: 900 });
  // The page's clock runs as usual, and the test can move it on to check that pausing stops
  // the timer, without waiting in real time.
  await page.clock.install();
  await page.goto(env.server.url(''));
  await waitForApp(page);
  const timeline = page.locator('[data-region="timeline"]');
  await timeline.getByRole('combobox', { name: 'Play speed' }).selectOption('2×');
  await timeline.getByRole('button', { name: 'Play' }).click();
  await waitForParam(page, 'from');
  const first = new URL(page.url()).searchParams.get('from');
  assert.match(first, /^\d{4}$/, 'the bundled span of years plays a year at a time');
  assert.equal(new URL(page.url()).searchParams.get('to'), first);
  // The list holds exactly the events of that year.
  const year = Number(first);
  const inYear = dataset.events.filter((e) => Number(e.start.slice(0, 4)) <= year && Number((e.end ?? e.start).slice(0, 4)) >= year);
  await page.waitForFunction((n) => document.querySelectorAll('.event-row').length === n, inYear.length);
  await screenshot(page, 'play-first-year');
  // The next period comes by itself.
  await page.waitForFunction((from) => new URL(location.href).searchParams.get('from') !== from, first);
  const second = new URL(page.url()).searchParams.get('from');
  assert.equal(Number(second), year + 1);
  await timeline.getByRole('button', { name: 'Pause' }).click();
  const paused = page.url();
  // Nothing moves in the next three periods at this speed (the clock is moved on at once).
  await page.clock.runFor(3 * PERIOD_MS);
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(done)));
  assert.equal(page.url(), paused, 'pause stopped the play');
  // The whole play is one step in the history: Back returns to no window.
  await page.goBack();
  await waitForParam(page, 'from', null);
  assertClean(problems);
});
