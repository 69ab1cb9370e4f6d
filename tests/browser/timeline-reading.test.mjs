// The timeline a person can read: at the fitted zoom every filtered event's mark lies inside
// the visible strip and most titles are written long enough to read, at laptop and phone
// sizes, in English and Chinese; the axis's breaks keep every date where it belongs (a mark
// sits on its date and the pointer reads it on both sides of a break, and a window brushed
// across a break holds the real dates); the splitter moves by pointer and keyboard; true scale
// is a switch in the URL.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import {
  assertClean, bundledDataset, openApp, screenshot, serverAndBrowser, sidewaysOverflow, SYNTHETIC, timelineGeometry, waitForParam, dayOf, lastDayOf } from './harness.mjs';

const dataset = bundledDataset();
const env = serverAndBrowser({ files: { 'data/events-10000.json': { path: join(SYNTHETIC, 'events-10000.json') } } });

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
/** A day number as the app writes a day in English: "24 November 2021". */
const dayLabel = (day) => {
  const date = new Date(day * 86_400_000);
  return `${date.getUTCDate()} ${MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()}`;
};
/** The day number of an English day label ("24 November 2021"). */
const labelDay = (label) => {
  const [d, month, y] = label.split(' ');
  return Date.UTC(Number(y), MONTHS.indexOf(month), Number(d)) / 86_400_000;
};

/** Characters of a title that must be on screen, uncut, for it to count as readable. */
const READABLE_CHARS = 12;

/** The events a query keeps (only the country filter is used here). */
function kept(query) {
  const country = new URLSearchParams(query).get('country');
  return dataset.events.filter((e) => !country || e.countries.includes(country) || e.venue?.country === country);
}

/**
 * What a person can read on the timeline: the marks whose box lies inside the visible strip
 * (the strip's box, within the window), the titles written there with at least their first
 * twelve characters (or the whole title), any two titles that overlap, and tick labels cut
 * at the chart's edges.
 */
async function readability(page) {
  const titles = Object.fromEntries(dataset.events.map((e) => [e.id, e.title]));
  return page.evaluate(([titles, readableChars]) => {
    const strip = document.querySelector('.timeline').getBoundingClientRect();
    const visible = { left: strip.left, right: strip.right, top: strip.top, bottom: Math.min(strip.bottom, innerHeight) };
    const inside = (r) => r.left >= visible.left - 0.5 && r.right <= visible.right + 0.5 && r.top >= visible.top - 0.5 && r.bottom <= visible.bottom + 0.5;
    const marks = [...document.querySelectorAll('.timeline__mark')];
    const marksInside = marks.filter((m) => inside(m.firstElementChild.getBoundingClientRect())).length;
    const labels = [...document.querySelectorAll('.timeline__label')].map((label) => {
      const id = label.closest('.timeline__mark').dataset.eventId;
      const text = label.textContent.replace(/…$/, '');
      const title = (label.getAttribute('lang') ?? 'en').startsWith('zh') ? titles[id].zh : titles[id].en;
      const box = label.getBoundingClientRect();
      const readable = inside(box) && title.startsWith(text) && (text.length >= readableChars || text === title);
      return { id, text, readable, box: { left: box.left, right: box.right, top: box.top, bottom: box.bottom } };
    });
    const svg = document.querySelector('.timeline__svg').getBoundingClientRect();
    const cutTicks = [...document.querySelectorAll('.timeline__tick text')]
      .map((t) => ({ text: t.textContent, box: t.getBoundingClientRect() }))
      .filter(({ box }) => box.left < svg.left - 0.5 || box.right > svg.right + 0.5)
      .map(({ text }) => text);
    // The axis's own words: each break's length, the break marks and the tick labels, none
    // drawn over another.
    const axisWords = [
      ...[...document.querySelectorAll('.timeline__break-label')].map((t) => ({ text: `break ${t.textContent}`, box: t.getBoundingClientRect() })),
      ...[...document.querySelectorAll('.timeline__break-mark')].map((m) => ({ text: 'break mark', box: m.getBoundingClientRect() })),
      ...[...document.querySelectorAll('.timeline__tick text')].map((t) => ({ text: `tick ${t.textContent}`, box: t.getBoundingClientRect() })),
    ].map(({ text, box }) => ({ text, box: { left: box.left, right: box.right, top: box.top, bottom: box.bottom } }));
    return { marks: marks.length, marksInside, labels, cutTicks, axisWords };
  }, [titles, READABLE_CHARS]);
}

function overlapping(labels) {
  const pairs = [];
  for (let i = 0; i < labels.length; i++) {
    for (let j = i + 1; j < labels.length; j++) {
      const [a, b] = [labels[i].box, labels[j].box];
      if (a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5) pairs.push([labels[i].text, labels[j].text]);
    }
  }
  return pairs;
}

const TARGETS = [
  { width: 1440, height: 900, query: '', titles: 20 },
  { width: 1280, height: 720, query: '', titles: 15 },
  { width: 1280, height: 720, query: 'country=FR', titles: 12 },
  { width: 390, height: 844, query: '', titles: 8 },
];

for (const { width, height, query, titles } of TARGETS) {
  test(`at ${width}×${height}${query ? ` with ${query}` : ''} every mark is in the strip and at least ${titles} titles can be read`, async () => {
    const expected = kept(query);
    for (const lang of ['en', 'zh-Hans']) {
      for (const colorScheme of ['light', 'dark']) {
        const { page, context, problems } = await openApp(env.browser, env.server, `?${query}${query ? '&' : ''}lang=${lang}`, { width, height, touch: width < 500, colorScheme });
        await page.locator('.timeline__mark').first().waitFor();
        const seen = await readability(page);
        const readable = seen.labels.filter((l) => l.readable).length;
        const name = `timeline-reading-${width}x${height}${query ? '-fr' : ''}-${lang}-${colorScheme}`;
        await page.screenshot({ path: `target/screenshots/${name}.png` });
        if (colorScheme === 'light') console.log(`${width}×${height} ${query || 'all'} ${lang}: marks ${seen.marksInside} of ${expected.length} in the strip, ${readable} titles readable`);
        assert.equal(seen.marks, expected.length, 'a mark per filtered event');
        assert.equal(seen.marksInside, expected.length, `marks inside the visible strip: ${seen.marksInside} of ${expected.length}`);
        assert.ok(readable >= titles, `${readable} readable titles: ${seen.labels.filter((l) => !l.readable).map((l) => l.text).join(' | ')}`);
        assert.deepEqual(overlapping(seen.labels), [], 'no two titles overlap');
        assert.deepEqual(seen.cutTicks, [], 'no tick label is cut at an edge');
        // A break's two labels (the glyph over its length) are one stack, not an overlap.
        const struck = overlapping(seen.axisWords).filter(([a, b]) => !(a.startsWith('break ') && b.startsWith('break ')));
        assert.deepEqual(struck, [], 'nothing on the axis is drawn over another');
        assert.ok((await sidewaysOverflow(page)) <= 0, 'no sideways scroll');
        assertClean(problems);
        await context.close();
      }
    }
  });
}

/**
 * The longest stretch of days no event covers, with the last one-day event before it and the
 * first one-day event after it (each as `{ e, first }`).
 */
function aroundTheLongestGap() {
  const spans = dataset.events.map((e) => ({ e, first: dayOf(e.start), last: lastDayOf(e.end ?? e.start) }));
  spans.sort((a, b) => a.first - b.first);
  let gap = { from: 0, to: 0 };
  let reach = -Infinity;
  for (const { first, last } of spans) {
    if (reach > -Infinity && first - reach > gap.to - gap.from) gap = { from: reach, to: first };
    reach = Math.max(reach, last);
  }
  const oneDay = spans.filter(({ first, last }) => first === last);
  return {
    gap,
    before: oneDay.filter(({ first }) => first <= gap.from).pop(),
    after: oneDay.find(({ first }) => first >= gap.to),
  };
}

test('a mark sits on its date on both sides of a break, and the pointer reads that date there', async () => {
  const { page, context, problems } = await openApp(env.browser, env.server, '', { width: 1280, height: 720 });
  await page.locator('.timeline__break').first().waitFor();
  const { before, after } = aroundTheLongestGap();
  // Both are one-day events, so the pointer at the middle of the mark is on that day, to
  // within what a pixel holds there (days are narrow where a period is long and sparse).
  for (const { e, first } of [before, after]) {
    assert.equal(e.end ?? e.start, e.start);
    const g = await timelineGeometry(page);
    const mark = page.locator(`.timeline__mark[data-event-id="${e.id}"]`);
    const dot = await mark.locator('circle').boundingBox();
    const middle = dot.x + dot.width / 2;
    assert.ok(Math.abs(middle - g.x(first + 0.5)) < 1.5, `${e.id} drawn at ${middle}, its day at ${g.x(first + 0.5)}`);
    await page.mouse.move(middle, dot.y + dot.height / 2);
    const pointer = page.locator('.timeline__pointer-date');
    await pointer.waitFor();
    const read = labelDay(await pointer.textContent());
    const perPixel = 1 / (g.x(first + 1) - g.x(first));
    assert.ok(Math.abs(read - first) <= Math.max(1, 1.5 * perPixel), `the pointer reads ${dayLabel(read)} over ${e.id} (${dayLabel(first)})`);
  }
  const g = await timelineGeometry(page);
  assert.ok(g.x(after.first) - g.x(before.first) < (after.first - before.first) * 0.2, 'the gap between them is shortened');
  await page.locator('.region--timeline').screenshot({ path: 'target/screenshots/timeline-break-pointer.png' });
  assertClean(problems);
  await context.close();
});

test('brushing across a break writes the real dates into the URL', async () => {
  const { page, context, problems } = await openApp(env.browser, env.server, '', { width: 1280, height: 720 });
  await page.locator('.timeline__break').first().waitFor();
  const { before, after } = aroundTheLongestGap();
  const g = await timelineGeometry(page);
  const [from, to] = [g.x(before.first + 0.5), g.x(after.first + 0.5)];
  const y = g.box.y + 22;
  await page.mouse.move(from, y);
  await page.mouse.down();
  await page.mouse.move((from + to) / 2, y, { steps: 4 });
  await page.mouse.move(to, y, { steps: 4 });
  await page.mouse.up();
  await waitForParam(page, 'from');
  await waitForParam(page, 'to');
  const params = new URL(page.url()).searchParams;
  const [first, last] = [dayOf(params.get('from')), dayOf(params.get('to'))];
  // The ends are the days under the pointer (to within two pixels' worth of days there), so
  // the window holds the real days of the gap between them.
  const within = (day, at) => Math.abs(day - at) <= 2 / (g.x(at + 1) - g.x(at)) + 1;
  assert.ok(within(first, before.first) && within(last, after.first), `${params}`);
  assert.ok(last - first >= after.first - before.first - 2, 'the gap is in the window');
  const inWindow = dataset.events.filter((e) => dayOf(e.start) <= last && lastDayOf(e.end ?? e.start) >= first);
  await page.locator('#result-count').getByText(`${inWindow.length} of ${dataset.events.length} events`).waitFor();
  assertClean(problems);
  await context.close();
});

test('the splitter gives the timeline more room by pointer and by keyboard', async () => {
  const { page, context, problems } = await openApp(env.browser, env.server, '', { width: 1280, height: 720 });
  const splitter = page.getByRole('separator', { name: 'Resize the map and the timeline' });
  const strip = page.locator('[data-region="timeline"]');
  const height = async () => (await strip.boundingBox()).height;
  const start = await height();
  const bar = await splitter.boundingBox();
  await page.mouse.move(bar.x + bar.width / 2, bar.y + bar.height / 2);
  await page.mouse.down();
  await page.mouse.move(bar.x + bar.width / 2, bar.y - 100, { steps: 5 });
  await page.mouse.up();
  await page.waitForFunction(([h]) => document.querySelector('[data-region="timeline"]').getBoundingClientRect().height > h + 80, [start]);
  const dragged = await height();
  assert.ok(Math.abs(dragged - start - 100) < 12, `the timeline grew by ${dragged - start} px for a 100 px drag`);
  // More rows: the titles have more room.
  const value = Number(await splitter.getAttribute('aria-valuenow'));
  await splitter.focus();
  await page.keyboard.press('ArrowDown');
  await page.waitForFunction(([v]) => Number(document.querySelector('[role=separator]').getAttribute('aria-valuenow')) === v + 5, [value]);
  assert.ok((await height()) < dragged - 20, 'ArrowDown gives the map back some room');
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowUp');
  await page.waitForFunction(([v]) => Number(document.querySelector('[role=separator]').getAttribute('aria-valuenow')) === v - 5, [value]);
  await page.screenshot({ path: 'target/screenshots/timeline-splitter.png' });
  assertClean(problems);
  await context.close();
});

test('"True scale" draws time without breaks and back, in the URL', async () => {
  const { page, context, problems } = await openApp(env.browser, env.server, '', { width: 1440, height: 900 });
  const breaks = page.locator('.timeline__break');
  await breaks.first().waitFor();
  const trueScale = page.getByRole('button', { name: 'True scale' });
  assert.equal(await trueScale.getAttribute('aria-pressed'), 'false');
  await trueScale.click();
  await waitForParam(page, 'scale', 'true');
  await breaks.first().waitFor({ state: 'detached' });
  assert.equal(await trueScale.getAttribute('aria-pressed'), 'true');
  // At true scale, equal stretches of time take equal widths.
  const g = await timelineGeometry(page);
  const year = (y) => g.x(dayOf(`${y + 1}-01-01`)) - g.x(dayOf(`${y}-01-01`));
  assert.ok(Math.abs(year(2021) - year(2022)) < 1, `${year(2021)} and ${year(2022)} px`);
  await page.locator('.region--timeline').screenshot({ path: 'target/screenshots/timeline-true-scale.png' });
  await page.goBack();
  await waitForParam(page, 'scale', null);
  await breaks.first().waitFor();
  assertClean(problems);
  await context.close();
});

test('10 000 events: the timeline counts per bin, across the whole strip', async () => {
  const { page, context, problems } = await openApp(env.browser, env.server, '?data=data%2Fevents-10000.json', { width: 1280, height: 720 });
  await page.locator('#result-count').getByText('10,000 of 10,000 events').waitFor({ timeout: 60_000 });
  await page.locator('.timeline__bin').first().waitFor();
  assert.ok((await page.locator('.timeline__bin').count()) > 5, 'bins');
  assert.equal(await page.locator('.timeline__mark').count(), 0);
  for (const colorScheme of ['light', 'dark']) {
    await page.emulateMedia({ colorScheme });
    await screenshot(page, `timeline-10000-${colorScheme}`);
  }
  assertClean(problems);
  await context.close();
});
