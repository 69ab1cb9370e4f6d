// The timeline: fits the filtered events, ticks adapt from years to days, ranges are bars,
// month-precision dates are spans over their month, sub-events sit under their parent,
// brushing sets a date window that the URL, list and map follow, and the keyboard walks it.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertClean, bundledDataset, screenshot, pinchApart, serverAndBrowser, openApp, timelineGeometry, waitForParam, dayOf, lastDayOf } from './harness.mjs';

const dataset = bundledDataset();
const visit = dataset.events.find((e) => e.id === 'c-mrs-delegation-strasbourg-2024');
const monthOnly = dataset.events.find((e) => e.id === 'e-mrs-40th-anniversary-2023');

// Chronological, as the app orders events (first day, last day, id).
const chronological = [...dataset.events].sort((a, b) =>
  dayOf(a.start) - dayOf(b.start) || lastDayOf(a.end ?? a.start) - lastDayOf(b.end ?? b.start) || (a.id < b.id ? -1 : 1));

const env = serverAndBrowser();

async function open(path = '') {
  const session = await openApp(env.browser, env.server, path, { width: 1280, height: 900 });
  await session.page.locator('.timeline__mark').first().waitFor();
  return session;
}

/** Where the timeline draws its days (see the harness), with the strip scrolled into view. */
async function scale(page) {
  await page.locator('.timeline').scrollIntoViewIfNeeded();
  return timelineGeometry(page);
}

const tickLabels = (page) => page.locator('.timeline__tick text').allTextContents();

async function zoomOn(page, day, until) {
  for (let i = 0; i < 40; i++) {
    const s = await scale(page);
    if (until(s)) return;
    // Below the dates, within the part of the chart on screen (the strip scrolls when tall).
    const shown = await page.locator('.timeline').boundingBox();
    await page.mouse.move(s.x(day), Math.min(s.box.y + s.box.height, shown.y + shown.height) - 6);
    await page.mouse.wheel(0, -250);
    await page.waitForFunction((before) => Number(document.querySelector('.timeline').dataset.end) !== before, s.end);
  }
  throw new Error('zoom did not reach the target');
}

test('at true scale the timeline fits every event and labels years; zooming in turns ticks into months, then days', async () => {
  const { page, context, problems } = await open(`?event=${visit.id}&scale=true`);
  const s = await scale(page);
  const first = Math.min(...dataset.events.map((e) => dayOf(e.start)));
  const last = Math.max(...dataset.events.map((e) => lastDayOf(e.end ?? e.start)));
  assert.ok(s.dayStart < first && s.dayEnd > last + 1, 'every event is in view');
  assert.equal(await page.locator('.timeline__break').count(), 0, 'true scale has no breaks');
  // The years with events (and perhaps the next, where the last titles are written).
  const years = (labels) => labels.filter((label) => label <= '2024');
  assert.deepEqual(years(await tickLabels(page)), ['2020', '2021', '2022', '2023', '2024']);
  assert.equal(await page.locator('.timeline__mark').count(), dataset.events.length);
  await page.locator('.region--timeline').screenshot({ path: 'target/screenshots/timeline-whole-span.png' });

  const may = dayOf('2024-05-29');
  await zoomOn(page, may, (v) => v.dayEnd - v.dayStart < 700);
  assert.ok((await tickLabels(page)).some((l) => /^Q[1-4] 20\d\d$/.test(l)), `quarter ticks: ${await tickLabels(page)}`);
  await zoomOn(page, may, (v) => v.dayEnd - v.dayStart < 200);
  assert.ok((await tickLabels(page)).some((l) => /^(Jan 2024|Feb|Mar|Apr|May|Jun|Jul)$/.test(l)), `month ticks: ${await tickLabels(page)}`);
  await zoomOn(page, may, (v) => v.dayEnd - v.dayStart < 45);
  const days = await tickLabels(page);
  assert.ok(days.some((l) => /^\d{1,2} (May|Jun)/.test(l)), `day ticks: ${days}`);

  // The visit, 26–31 May, is a bar six days long; its days sit in rows below it.
  const z = await scale(page);
  const bar = page.locator(`.timeline__mark[data-event-id="${visit.id}"]`);
  assert.equal(await bar.getAttribute('data-kind'), 'bar');
  const barBox = await bar.boundingBox();
  const sixDays = z.x(dayOf('2024-06-01')) - z.x(dayOf('2024-05-26'));
  const barWidth = Number(await bar.locator('rect').getAttribute('width'));
  assert.ok(Math.abs(barWidth - sixDays) < 1, `bar ${barWidth}px for ${sixDays}px`);
  for (const child of dataset.events.filter((e) => e.parent === visit.id)) {
    const childBox = await page.locator(`.timeline__mark[data-event-id="${child.id}"]`).boundingBox();
    assert.ok(childBox.y > barBox.y, `${child.id} sits below its parent`);
  }
  await page.locator('.region--timeline').screenshot({ path: 'target/screenshots/timeline-one-month.png' });

  // "Fit" shows every event again.
  await page.getByRole('button', { name: 'Fit', exact: true }).click();
  assert.deepEqual(years(await tickLabels(page)), ['2020', '2021', '2022', '2023', '2024']);
  assertClean(problems);
  await context.close();
});

test('an event known only to its month is a span over the whole month, labelled with the month', async () => {
  const { page, context, problems } = await open();
  const mid = dayOf('2023-05-16');
  await zoomOn(page, mid, (v) => v.dayEnd - v.dayStart < 120);
  const span = page.locator(`.timeline__mark[data-event-id="${monthOnly.id}"]`);
  assert.equal(await span.getAttribute('data-kind'), 'span');
  assert.equal(await span.getAttribute('data-label'), 'May 2023');
  const s = await scale(page);
  const box = await span.boundingBox();
  const month = s.x(dayOf('2023-06-01')) - s.x(dayOf('2023-05-01'));
  assert.ok(Math.abs(box.width - month) < 3, `span ${box.width}px, month ${month}px`);
  assert.ok(Math.abs(box.x - s.x(dayOf('2023-05-01'))) < 3, 'starts on the 1st and spans the month, not a point');
  assert.ok((await span.textContent()).includes('May 2023'));
  // Hovering names the event with its precision.
  await span.hover();
  await page.locator('.timeline-tooltip').getByText('May 2023').waitFor();
  assertClean(problems);
  await context.close();
});

test('brushing the axis sets a date window that the URL, the list and the map follow', async () => {
  const { page, context, problems } = await open();
  const s = await scale(page);
  const y = s.box.y + 12;
  await page.mouse.move(s.x(dayOf('2021-07-01')) + 1, y);
  await page.mouse.down();
  await page.mouse.move(s.x(dayOf('2021-10-01')), y, { steps: 4 });
  await page.mouse.move(s.x(dayOf('2021-12-31')) - 1, y, { steps: 4 });
  await page.mouse.up();
  await waitForParam(page, 'from');
  const params = new URL(page.url()).searchParams;
  const [from, to] = [dayOf(params.get('from')), dayOf(params.get('to'))];
  // Within two pixels' worth of days of where the drag started and ended.
  const tolerance = 2 / (s.x(dayOf('2021-12-31')) - s.x(dayOf('2021-12-30')));
  assert.ok(Math.abs(from - dayOf('2021-07-01')) <= tolerance && Math.abs(to - dayOf('2021-12-31')) <= tolerance, `${params}`);

  const inWindow = dataset.events.filter((e) => dayOf(e.start) <= to && lastDayOf(e.end ?? e.start) >= from).map((e) => e.id);
  await page.locator('#result-count').getByText(`${inWindow.length} of ${dataset.events.length} events`).waitFor();
  const listed = await page.locator('.event-row').evaluateAll((rows) => rows.map((r) => r.dataset.eventId));
  assert.deepEqual(new Set(listed), new Set(inWindow));
  // The map follows: Shenyang (August 2021) stays, Strasbourg (2024) goes.
  await page.locator('.map__marker[data-places="Shenyang"]').waitFor();
  assert.equal(await page.locator('.map__marker[data-places="Strasbourg"]').count(), 0);
  // The timeline keeps the other events in view, dimmed, with the window shaded.
  await page.locator('.timeline__window').waitFor();
  assert.ok((await page.locator('.timeline__mark--outside').count()) > 0);
  await page.locator('.region--timeline').screenshot({ path: 'target/screenshots/timeline-brushed.png' });

  await page.getByRole('button', { name: 'Clear dates' }).click();
  await page.locator('#result-count').getByText(`${dataset.events.length} of`).waitFor();
  assertClean(problems);
  await context.close();
});

test('keyboard: arrows walk the events in time, Enter opens one; a selection from the list is highlighted', async () => {
  const { page, context, problems } = await open();
  await page.locator('.timeline').focus();
  await page.keyboard.press('ArrowRight');
  await page.locator(`.timeline__mark--cursor[data-event-id="${chronological[0].id}"]`).waitFor();
  await page.keyboard.press('ArrowRight');
  await page.locator(`.timeline__mark--cursor[data-event-id="${chronological[1].id}"]`).waitFor();
  await page.getByText(`${chronological[1].title.en}. Press Enter to open.`).waitFor();
  await page.keyboard.press('Enter');
  await waitForParam(page, 'event', chronological[1].id);
  await page.keyboard.press('ArrowLeft');
  await page.locator(`.timeline__mark--cursor[data-event-id="${chronological[0].id}"]`).waitFor();

  await page.locator(`.event-row[data-event-id="${visit.id}"] a`).click();
  await page.locator(`.timeline__mark--selected[data-event-id="${visit.id}"]`).waitFor();
  assertClean(problems);
  await context.close();
});

test('two fingers pinching apart zoom the timeline around their midpoint', async () => {
  const { page, context, problems } = await open();
  const before = await scale(page);
  await pinchApart(page.locator('.timeline__svg'), { yFraction: 0.95 });
  const after = await scale(page);
  const ratio = (before.end - before.start) / (after.end - after.start);
  assert.ok(Math.abs(ratio - 3) < 0.2, `zoomed ${ratio}×, expected 3×`);
  const middle = (s) => (s.start + s.end) / 2;
  assert.ok(Math.abs(middle(after) - middle(before)) < (before.end - before.start) * 0.01, 'around the midpoint');
  assertClean(problems);
  await context.close();
});

test('a filter keeps the marks and rows of the events it keeps: moved to their dates, renumbered', async () => {
  const { page, context, problems } = await open();
  // Tag every mark and row; a tag that survives the filter shows the element was kept.
  await page.evaluate(() => document.querySelectorAll('.timeline__mark, .event-row').forEach((e) => { e.kept = true; }));
  await page.getByRole('checkbox', { name: /^France \d/ }).check();
  await waitForParam(page, 'country', 'FR');
  const french = dataset.events.filter((e) => e.countries.includes('FR') || e.venue?.country === 'FR');
  await page.locator('#result-count').getByText(`${french.length} of ${dataset.events.length} events`).waitFor();

  const s = await scale(page);
  const marks = await page.locator('.timeline__mark').evaluateAll((marks) => marks.map((m) => {
    const box = m.firstElementChild.getBoundingClientRect();
    return { id: m.dataset.eventId, kept: m.kept === true, middle: box.x + box.width / 2 };
  }));
  assert.deepEqual(new Set(marks.map((m) => m.id)), new Set(french.map((e) => e.id)));
  for (const mark of marks) {
    const event = french.find((e) => e.id === mark.id);
    const middle = s.x((dayOf(event.start) + lastDayOf(event.end ?? event.start) + 1) / 2);
    assert.ok(Math.abs(mark.middle - middle) < 1.5, `${mark.id} drawn at ${mark.middle}, its dates at ${middle}`);
    assert.ok(mark.kept, `${mark.id} was moved, not drawn anew`);
  }
  const rows = await page.locator('.event-row').evaluateAll((rows) => rows.map((r) => ({
    kept: r.kept === true, place: r.getAttribute('aria-posinset'), of: r.getAttribute('aria-setsize'),
  })));
  assert.deepEqual(rows.map((r) => r.place), rows.map((_, k) => String(k + 1)));
  assert.ok(rows.every((r) => r.kept && r.of === String(french.length)), JSON.stringify(rows));
  await page.locator('.region--timeline').screenshot({ path: 'target/screenshots/timeline-filtered.png' });
  assertClean(problems);
  await context.close();
});
