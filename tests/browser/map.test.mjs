// The map: bundled base map, shading, arcs, clusters that split, selecting from markers and
// the tray, pan / zoom by mouse, wheel, pinch and keyboard, and fitting to filtered events.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertClean, markerAlone, markerDrift, mapCountryCount, bundledDataset, screenshot, pinchApart, serverAndBrowser, openApp, mapTransform, waitForParam, sidewaysOverflow, selectedEvent } from './harness.mjs';

const dataset = bundledDataset();
const visit = dataset.events.find((e) => e.id === 'c-mrs-delegation-strasbourg-2024');
const shenyang = dataset.events.find((e) => e.id === 'roadshow-shenyang-2021');
const forum = dataset.events.find((e) => e.id === 'china-russia-engineering-forum-2021');

const env = serverAndBrowser();

async function open(path = '', viewport = { width: 1280, height: 900 }) {
  const session = await openApp(env.browser, env.server, path, viewport);
  await session.page.locator('.map__country').first().waitFor();
  return session;
}


const marker = (page, place) => page.locator(`.map__marker[data-places="${place}"]`);

test('the bundled world map draws without asking any other origin, and shades the countries taking part', async () => {
  const { page, context, problems } = await open(`?event=${visit.id}`);
  assert.equal(await page.locator('.map__country').count(), mapCountryCount());
  const shaded = await page.locator('.map__country--shaded').evaluateAll((paths) => paths.map((p) => p.dataset.code).sort());
  assert.deepEqual(shaded, [...visit.countries].sort());
  // The Strasbourg meeting of Chinese and European societies has a line to China.
  assert.deepEqual(await page.locator('.map__arc').evaluateAll((a) => a.map((p) => p.dataset.country)), ['CN']);
  await marker(page, 'Strasbourg').and(page.locator('.map__marker--selected')).waitFor();
  const buildMs = Number(await page.locator('.map').getAttribute('data-build-ms'));
  assert.ok(buildMs > 0, 'decode time recorded');
  console.log(`map: base map decoded and paths built in ${buildMs} ms`);
  await page.locator('.region--map').screenshot({ path: 'target/screenshots/map-world.png' });

  await page.getByLabel('Cooperation lines').uncheck();
  await page.locator('.map__arc').first().waitFor({ state: 'detached' });
  assertClean(problems);
  await context.close();
});

test('a cluster splits when clicked, and eastern China shows its venues apart', async () => {
  const { page, context, problems } = await open();
  const beijingCluster = page.locator('.map__marker--cluster[data-places*="Beijing (Huairou)"]');
  await beijingCluster.waitFor();
  assert.match(await beijingCluster.getAttribute('data-places'), /Beijing\|Beijing \(Huairou\)|Beijing \(Huairou\)\|Beijing/);
  const before = (await mapTransform(page)).k;
  for (let click = 0; click < 6 && (await beijingCluster.count()) > 0; click++) {
    await beijingCluster.click();
  }
  assert.equal(await beijingCluster.count(), 0, 'the cluster split');
  await marker(page, 'Beijing').waitFor();
  await marker(page, 'Beijing (Huairou)').waitFor();
  assert.ok((await mapTransform(page)).k > before * 2, 'the map zoomed in');

  // Eastern China: Lanxi and Yingtan apart once zoomed to the region.
  await page.getByRole('button', { name: 'Fit to events' }).click();
  const east = page.locator('.map__marker--cluster[data-places*="Lanxi"]');
  for (let click = 0; click < 6 && (await east.count()) > 0; click++) {
    await east.click();
  }
  await marker(page, 'Lanxi').waitFor();
  await marker(page, 'Yingtan').waitFor();
  await page.locator('.region--map').screenshot({ path: 'target/screenshots/map-eastern-china.png' });
  assertClean(problems);
  await context.close();
});

test('markers select: one event directly, several through a list; tooltips name place and events', async () => {
  const { page, context, problems } = await open();
  const one = await markerAlone(page, 'Shenyang');
  await one.hover();
  const tooltip = page.locator('.map-tooltip');
  await tooltip.getByText('Shenyang', { exact: true }).waitFor();
  assert.ok((await tooltip.innerText()).includes(shenyang.title.en));
  await one.click();
  await page.locator('#panel-event-title').getByText(shenyang.title.en).waitFor();
  assert.equal(selectedEvent(page.url()), shenyang.id);

  const strasbourg = dataset.events.filter((e) => e.venue?.city === 'Strasbourg');
  await marker(page, 'Strasbourg').focus();
  await page.keyboard.press('Enter');
  const chooser = page.getByRole('dialog', { name: 'Events in Strasbourg' });
  await chooser.waitFor();
  assert.equal(await chooser.getByRole('link').count(), strasbourg.length);
  await page.waitForFunction(() => document.activeElement?.closest('.map__chooser'));
  await screenshot(page, 'map-chooser');
  await chooser.getByRole('link', { name: visit.title.en }).click();
  await page.locator('#panel-event-title').getByText(visit.title.en).waitFor();
  await chooser.waitFor({ state: 'detached' });
  assertClean(problems);
  await context.close();
});

test('online and unplaced events sit in the tray, never on the map, and select from there', async () => {
  const { page, context, problems } = await open();
  const unplaced = dataset.events.filter((e) => !e.venue);
  const tray = page.locator('.tray');
  // A strip on the map's edge with their count; it opens to list them.
  await tray.getByText(String(unplaced.length), { exact: true }).waitFor();
  assert.equal(await tray.locator('.tray__item').count(), 0, 'closed, the strip renders no rows');
  await tray.locator('summary').click();
  await tray.locator('.tray__item').nth(unplaced.length - 1).waitFor();
  assert.equal(await tray.locator('.tray__item').count(), unplaced.length);
  const markerEvents = await page.locator('.map__marker').evaluateAll((m) => m.map((g) => g.getAttribute('aria-label')).join(' '));
  assert.ok(!markerEvents.includes(forum.title.en), 'the online forum is not drawn on the map');
  await tray.getByRole('link', { name: new RegExp(forum.title.en) }).click();
  await page.locator('#panel-event-title').getByText(forum.title.en).waitFor();
  // An online event has no venue, so no arcs.
  assert.equal(await page.locator('.map__arc').count(), 0);
  assertClean(problems);
  await context.close();
});

test('drag pans, wheel zooms around the pointer, keyboard pans and zooms, and a moved map is not refitted', async () => {
  const { page, context, problems } = await open();
  const box = await page.locator('.map__svg').boundingBox();
  const start = await mapTransform(page);

  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width / 2 + 120, box.y + box.height / 2 + 40, { steps: 5 });
  await page.mouse.up();
  const dragged = await mapTransform(page);
  assert.ok(dragged.x > start.x + 50 && dragged.k === start.k, `drag moved the map: ${JSON.stringify([start, dragged])}`);

  // Wheel at a point: the world under the pointer stays put.
  const px = box.x + box.width * 0.3;
  const py = box.y + box.height * 0.4;
  const worldUnder = ({ x, y, k, viewHeight }) => [((px - box.x) * 1000 / box.width - x) / k, ((py - box.y) * viewHeight / box.height - y) / k];
  const beforeWheel = await mapTransform(page);
  await page.mouse.move(px, py);
  await page.mouse.wheel(0, -300);
  await page.waitForFunction((k) => {
    const t = document.querySelector('.map__land').getAttribute('transform');
    return Number(/scale\(([-\d.]+)\)/.exec(t)[1]) > k * 1.5;
  }, beforeWheel.k);
  const afterWheel = await mapTransform(page);
  const [a, b] = [worldUnder(beforeWheel), worldUnder(afterWheel)];
  assert.ok(Math.abs(a[0] - b[0]) < 0.5 && Math.abs(a[1] - b[1]) < 0.5, `zoom kept ${a} under the pointer, got ${b}`);

  // Keyboard, with the map focused.
  await page.locator('.map').focus();
  const k0 = (await mapTransform(page)).k;
  await page.keyboard.press('+');
  assert.ok((await mapTransform(page)).k > k0);
  const x0 = (await mapTransform(page)).x;
  await page.keyboard.press('ArrowLeft');
  assert.ok((await mapTransform(page)).x > x0);

  // The person moved the map: a filter change keeps their view.
  const held = await mapTransform(page);
  await page.getByRole('checkbox', { name: /^Russia \d/ }).check();
  await waitForParam(page, 'country', 'RU');
  assert.deepEqual(await mapTransform(page), held);
  // "Fit to events" shows the filtered venues again, and filtered-out venues are gone.
  await page.getByRole('button', { name: 'Fit to events' }).click();
  await marker(page, 'Shenyang').waitFor();
  assert.equal(await marker(page, 'Strasbourg').count(), 0);
  assertClean(problems);
  await context.close();
});

test('every marker stays on its venue after a drag, a wheel zoom and a keyboard pan', async () => {
  // Pins the bug where markers kept their place while the land moved under them.
  const { page, context, problems } = await open();
  const box = await page.locator('.map__svg').boundingBox();
  const onVenues = async (after) => {
    const drift = await markerDrift(page, dataset);
    const worst = drift.reduce((a, b) => (b.off > a.off ? b : a));
    assert.ok(worst.off <= 2, `after ${after}, ${worst.place} is ${worst.off.toFixed(1)} px off its venue`);
  };
  await onVenues('loading');
  const before = await mapTransform(page);
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width / 2 - 150, box.y + box.height / 2 + 60, { steps: 6 });
  await page.mouse.up();
  assert.notDeepEqual(await mapTransform(page), before, 'the drag moved the map');
  await onVenues('a drag');

  const zoomed = (await mapTransform(page)).k;
  await page.mouse.move(box.x + box.width * 0.6, box.y + box.height * 0.5);
  await page.mouse.wheel(0, -250);
  await page.waitForFunction((k) => {
    const t = document.querySelector('.map__land').getAttribute('transform');
    return Number(/scale\(([-\d.]+)\)/.exec(t)[1]) > k * 1.3;
  }, zoomed);
  await onVenues('a wheel zoom');

  await page.locator('.map').focus();
  const panned = (await mapTransform(page)).x;
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowUp');
  assert.ok((await mapTransform(page)).x < panned, 'the keys panned the map');
  await onVenues('a keyboard pan');
  await page.locator('.region--map').screenshot({ path: 'target/screenshots/map-markers-after-moves.png' });
  assertClean(problems);
  await context.close();
});

test('filter changes refit the map to the filtered venues, and two-finger pinch zooms', async () => {
  const { page, context, problems } = await open('?country=RU');
  const box = await page.locator('.map__svg').boundingBox();
  for (const place of ['Shenyang', 'Yingtan']) {
    const m = await marker(page, place).boundingBox();
    assert.ok(m && m.x >= box.x && m.x + m.width <= box.x + box.width && m.y >= box.y && m.y <= box.y + box.height, `${place} in view`);
  }
  assert.equal(await marker(page, 'Strasbourg').count(), 0);

  const k0 = (await mapTransform(page)).k;
  await pinchApart(page.locator('.map__svg'));
  assert.ok((await mapTransform(page)).k > k0 * 1.5, 'pinching apart zoomed in');
  problems.consoleErrors = problems.consoleErrors.filter((m) => !m.includes('setPointerCapture'));
  assertClean(problems);
  await context.close();
});

test('on a phone the map and its tray fit the screen', async () => {
  const { page, context, problems } = await open(`?event=${visit.id}`, { width: 390, height: 844 });
  const overflow = await sidewaysOverflow(page);
  await page.locator('.region--map').screenshot({ path: 'target/screenshots/map-phone.png' });
  assert.ok(overflow <= 0, `page scrolls sideways by ${overflow} px`);
  const map = await page.locator('.map').boundingBox();
  const tray = await page.locator('.tray').boundingBox();
  assert.ok(tray.x >= map.x - 1 && tray.x + tray.width <= map.x + map.width + 1, 'the tray is within the map\'s width');
  assertClean(problems);
  await context.close();
});
