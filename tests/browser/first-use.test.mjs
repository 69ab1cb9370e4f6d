// What five new users tripped over (issue #28), each checked as they met it: which dataset is
// shown and what a link of it can carry, focus given back when something closes, the phone's
// event sheet and filter drawer, markers clear of the map's controls, the network's legend and
// names, counted messages, pinyin order, chips on one line, and a 100 000-event load that
// never holds the page for more than 200 ms at a time.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { assertClean, bundledDataset, markerAlone, openApp, openPage, screenshot, SCREENSHOTS, serverAndBrowser, SYNTHETIC, waitForApp, waitForParam, selectedEvent } from './harness.mjs';

const dataset = bundledDataset();
const five = { ...dataset, events: dataset.events.filter((e) => !e.parent).slice(0, 5) };
const env = serverAndBrowser({
  files: {
    'data/five.json': { content: JSON.stringify(five) },
    'data/events-100000.json': { path: join(SYNTHETIC, 'events-100000.json') },
  },
});
const PHONE = { width: 390, height: 844, touch: true };
/** A file of three events of its own (ids the bundled dataset does not have). */
const three = () => {
  const events = dataset.events.filter((e) => !e.parent).slice(0, 3).map((e) => ({ ...e, id: `${e.id}-mine` }));
  return { name: 'three.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify({ ...dataset, events })) };
};

/** Where an element is drawn, or null when it is not. */
const box = (locator) => locator.evaluate((e) => {
  const r = e.getBoundingClientRect();
  return { left: r.left, top: r.top, right: r.right, bottom: r.bottom, width: r.width, height: r.height };
});
/** What a person sees without scrolling, as target/screenshots/NAME.png (phones' pages are long). */
const seen = (page, name) => page.screenshot({ path: join(SCREENSHOTS, `${name}.png`) });
const overlap = (a, b) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

test('the header names the dataset; a file\'s link says it cannot carry the file, and names it', async () => {
  for (const [lang, file, bundledName, carried, other] of [
    ['en', 'three.json (local file)', 'bundled', /cannot carry the file three\.json.*Send three\.json along/, /points to an event of another dataset: .* with the file three\.json/],
    ['zh-Hans', 'three.json（本地文件）', '内置', /链接无法携带文件 three\.json.*请把 three\.json 一并发送/, /此链接指向另一个数据集中的活动：.*来自文件 three\.json/],
  ]) {
    const { page, context, problems } = await openApp(env.browser, env.server, `?lang=${lang}`, { width: 1366, height: 768 });
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: env.server.origin });
    const name = page.locator('.site-header .dataset-name');
    await name.locator('.dataset-name__value').getByText(bundledName, { exact: true }).waitFor();
    await page.locator('input[type=file]').setInputFiles(three());
    await name.getByText(file).waitFor();
    await waitForParam(page, 'file', 'three.json');
    await page.locator('.event-row__link').first().click();
    await page.locator('#panel-event-title').waitFor();
    const id = selectedEvent(page.url());
    await page.locator('.copy-link .button').click();
    const status = page.locator('.copy-link__status');
    await status.getByText(carried).waitFor();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    assert.equal(new URL(copied).searchParams.get('file'), 'three.json', copied);
    assert.equal(selectedEvent(copied), id);
    await screenshot(page, `first-use-file-link-${lang}`);

    // Opened elsewhere (or reloaded), the link says whose event it is and which file to open.
    const elsewhere = await openPage(env.browser, env.server, { width: 1366, height: 768 });
    await elsewhere.page.goto(copied);
    await waitForApp(elsewhere.page);
    const alert = elsewhere.page.locator('.event-not-found');
    await alert.getByText(other).waitFor();
    assert.doesNotMatch(await alert.innerText(), /renamed|改名/);
    await elsewhere.page.locator('.url-notice').getByText(/three\.json/).waitFor();
    await elsewhere.page.locator('.dataset-name__value').getByText(bundledName, { exact: true }).waitFor();
    await screenshot(elsewhere.page, `first-use-other-dataset-${lang}`);
    // Opening that file brings the event back.
    await elsewhere.page.locator('input[type=file]').setInputFiles(three());
    await elsewhere.page.locator('#panel-event-title').waitFor();
    assert.equal(selectedEvent(elsewhere.page.url()), id);
    assertClean(elsewhere.problems);

    // The way back to the bundled dataset.
    await name.getByRole('link').click();
    await name.locator('.dataset-name__value').getByText(bundledName, { exact: true }).waitFor();
    await page.locator('#result-count').getByText(new RegExp(String(dataset.events.length))).waitFor();
    assertClean(problems);
    await context.close();
    await elsewhere.context.close();
  }
});

test('a data= dataset is named in the header and its address is in every copied link', async () => {
  const { page, context, problems } = await openApp(env.browser, env.server, '?data=data%2Ffive.json', { width: 1280, height: 720 });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: env.server.origin });
  await page.locator('.dataset-name__value').getByText('data/five.json').waitFor();
  await page.locator('.event-row__link').first().click();
  await page.locator('#panel-event-title').waitFor();
  await page.getByRole('button', { name: 'Copy link' }).click();
  await page.getByText('Link copied to the clipboard.').waitFor();
  assert.equal(await page.locator('.copy-link__note').count(), 0, 'no note about files');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  assert.equal(new URL(copied).searchParams.get('data'), 'data/five.json');
  const other = await openPage(env.browser, env.server);
  await other.page.goto(copied);
  await other.page.locator('#panel-event-title').getByText(five.events.find((e) => e.id === selectedEvent(copied)).title.en).waitFor();
  assertClean(problems);
  assertClean(other.problems);
  await context.close();
  await other.context.close();
});

test('an unknown event in a link that names a file says it is of another dataset, not renamed', async () => {
  const { page, context, problems } = await openApp(env.browser, env.server, '?file=visits.csv&event=2024-05-26-event-07c4bd63');
  await page.locator('.event-not-found').getByText(/another dataset.*visits\.csv/).waitFor();
  // Without a file the old message stands.
  await page.goto(env.server.url('?event=no-such-event'));
  await page.locator('.event-not-found').getByText(/renamed/).waitFor();
  assertClean(problems);
  await context.close();
});

/** What has keyboard focus, described by the hooks the test finds it with. */
const focused = (page) => page.evaluate(() => {
  const a = document.activeElement;
  return { tag: a.tagName.toLowerCase(), className: a.getAttribute('class') ?? '', row: a.closest('.event-row')?.dataset.eventId ?? null, places: a.dataset?.places ?? null };
});

test('focus goes back to what opened the panel, the place chooser, the drawer or a dialog', async () => {
  const { page, context, problems } = await openApp(env.browser, env.server, '', { width: 1280, height: 720 });
  // A list row: Enter opens, Escape closes, focus is on the row again; the same with "Close".
  const row = page.locator('.event-row').nth(2);
  const rowId = await row.getAttribute('data-event-id');
  for (const close of ['Escape', 'Close']) {
    await row.locator('a').focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.activeElement?.id === 'panel-event-title');
    if (close === 'Escape') await page.keyboard.press('Escape');
    else {
      await page.locator('.region--panel').getByRole('button', { name: 'Close' }).focus();
      await page.keyboard.press('Enter');
    }
    await page.waitForFunction((id) => document.activeElement?.closest('.event-row')?.dataset.eventId === id, rowId);
  }
  // A map marker of one event.
  const shenyang = await markerAlone(page, 'Shenyang');
  await shenyang.focus();
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.activeElement?.id === 'panel-event-title');
  await page.keyboard.press('Escape');
  await page.waitForFunction(() => document.activeElement?.dataset?.places === 'Shenyang');
  // The timeline: Enter opens the event its cursor is on; closing comes back to the timeline.
  await page.locator('.timeline').focus();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Enter');
  await page.locator('.region--panel-open').waitFor();
  await page.locator('.region--panel').getByRole('button', { name: 'Close' }).focus();
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.activeElement?.classList.contains('timeline'));
  // The place chooser of a place with several events, closed with Escape.
  await page.getByRole('button', { name: 'Fit to events' }).click();
  const strasbourg = await markerAlone(page, 'Strasbourg');
  await strasbourg.focus();
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.activeElement?.closest('.map__chooser'));
  await page.keyboard.press('Escape');
  await page.waitForFunction(() => document.activeElement?.dataset?.places === 'Strasbourg');
  // A choice in the chooser opens the event; closing it comes back to the place's marker.
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.activeElement?.closest('.map__chooser'));
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.activeElement?.id === 'panel-event-title');
  await page.keyboard.press('Escape');
  await page.waitForFunction(() => document.activeElement?.dataset?.places === 'Strasbourg');
  assert.deepEqual((await focused(page)).places, 'Strasbourg');

  // A dialog: the events two organizations share, opened from the network's table.
  await page.goto(env.server.url('?view=network'));
  await page.locator('.network-table summary').click();
  const partner = page.locator('.network-table__partners button').first();
  await partner.focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('button', { name: 'Close' }).focus();
  await page.keyboard.press('Enter');
  await dialog.waitFor({ state: 'detached' });
  await page.waitForFunction(() => document.activeElement?.closest('.network-table__partners'));
  assertClean(problems);
  await context.close();

  // The phone's filter drawer: Escape gives focus back to its button.
  const phone = await openApp(env.browser, env.server, '', PHONE);
  const opener = phone.page.getByRole('button', { name: 'Filters (0)' });
  await opener.focus();
  await phone.page.keyboard.press('Enter');
  await phone.page.waitForFunction(() => document.activeElement?.id === 'filters-title');
  await phone.page.keyboard.press('Escape');
  await phone.page.waitForFunction(() => document.activeElement?.classList.contains('filters-button'));
  assertClean(phone.problems);
  await phone.context.close();
});

test('on a phone a shared event opens as a sheet below the map, with its venue in view, and a handle', async () => {
  const event = dataset.events.find((e) => e.venue?.city === 'Strasbourg' && !e.parent);
  for (const lang of ['en', 'zh-Hans']) {
    const { page, context, problems } = await openApp(env.browser, env.server, `events/${event.id}/?lang=${lang}`, PHONE);
    const sheet = page.locator('.region--panel');
    await sheet.locator('#panel-event-title').waitFor();
    const selected = page.locator('.map__marker--selected .map__marker-dot');
    await selected.waitFor();
    await page.waitForFunction(() => {
      const dot = document.querySelector('.map__marker--selected .map__marker-dot')?.getBoundingClientRect();
      const map = document.querySelector('.map').getBoundingClientRect();
      const sheet = document.querySelector('.region--panel').getBoundingClientRect();
      return dot && dot.top >= map.top && dot.bottom <= map.bottom && dot.left >= map.left && dot.right <= map.right && dot.bottom <= sheet.top;
    });
    const s = await box(sheet);
    assert.ok(Math.abs(s.bottom - 844) <= 1, `the sheet sits on the bottom edge: ${JSON.stringify(s)}`);
    assert.ok(s.top >= (await box(page.locator('.map'))).bottom - 1, 'the whole map shows above the sheet');
    await seen(page, `first-use-phone-sheet-${lang}`);

    // The handle: named, moved with the keyboard up to the whole event and down to a peek.
    const handle = sheet.getByRole('separator', { name: lang === 'en' ? /Resize the event sheet/ : /调整活动面板的高度/ });
    const before = Number(await handle.getAttribute('aria-valuenow'));
    await handle.focus();
    await page.keyboard.press('ArrowUp');
    await page.waitForFunction((b) => Number(document.querySelector('.sheet-handle').getAttribute('aria-valuenow')) > b, before);
    await page.keyboard.press('Home');
    await page.waitForFunction(() => document.querySelector('.region--panel').getBoundingClientRect().height > 844 * 0.85);
    await page.keyboard.press('End');
    await page.waitForFunction(() => document.querySelector('.region--panel').getBoundingClientRect().height < 844 * 0.25);
    await seen(page, `first-use-phone-sheet-peek-${lang}`);
    // A finger drags it up again.
    const h = await box(handle);
    await page.mouse.move(h.left + h.width / 2, h.top + h.height / 2);
    await page.mouse.down();
    await page.mouse.move(h.left + h.width / 2, 300, { steps: 4 });
    await page.mouse.up();
    await page.waitForFunction(() => Math.abs(document.querySelector('.region--panel').getBoundingClientRect().top - 300) < 30);
    assertClean(problems);
    await context.close();
  }
});

test('Play turns into Pause where it stood, and nothing in the timeline\'s toolbar moves while playing', async () => {
  for (const [lang, size] of [['en', PHONE], ['zh-Hans', PHONE], ['en', { width: 1366, height: 768 }]]) {
    const { page, context, problems } = await openApp(env.browser, env.server, `?lang=${lang}`, size);
    const bar = page.locator('.region--timeline .region__bar');
    const controls = () => bar.locator('button, select').evaluateAll((all) => all.map((c) => {
      const r = c.getBoundingClientRect();
      return { text: c.textContent.trim() || c.getAttribute('aria-label'), left: Math.round(r.left), top: Math.round(r.top) };
    }));
    const play = page.locator('.play-controls__play');
    await play.scrollIntoViewIfNeeded();
    const before = await controls();
    const spot = await box(play);
    await play.click();
    await waitForParam(page, 'from');
    await page.waitForFunction(() => document.querySelector('.play-controls__play').getAttribute('aria-pressed') === 'true');
    const playing = await controls();
    assert.deepEqual(playing.map(({ left, top }) => [left, top]), before.map(({ left, top }) => [left, top]),
      `${lang} ${size.width}: the toolbar moved while playing: ${JSON.stringify(before)} -> ${JSON.stringify(playing)}`);
    await screenshot(page, `first-use-playing-${lang}-${size.width}`);
    // A tap where Play was is a tap on Pause.
    const x = spot.left + spot.width / 2;
    const y = spot.top + spot.height / 2;
    if (size.touch) await page.touchscreen.tap(x, y);
    else await page.mouse.click(x, y);
    await page.waitForFunction(() => document.querySelector('.play-controls__play').getAttribute('aria-pressed') === 'false');
    assertClean(problems);
    await context.close();
  }
});

test('in the phone\'s filter drawer "Show N events" stays on screen after ticking a topic far down', async () => {
  const { page, context, problems } = await openApp(env.browser, env.server, '', PHONE);
  await page.getByRole('button', { name: 'Filters (0)' }).tap();
  const drawer = page.locator('.region--filters');
  await drawer.waitFor({ state: 'visible' });
  const topics = drawer.locator('fieldset').filter({ hasText: 'Topic' }).locator('.facet__checkbox:not([disabled])');
  const last = topics.last();
  await last.scrollIntoViewIfNeeded();
  await last.tap();
  await waitForParam(page, 'topic');
  const done = drawer.locator('.filters__done');
  const b = await box(done);
  assert.ok(b.top >= 0 && b.bottom <= 844, `"Show N events" is on screen: ${JSON.stringify(b)}`);
  await seen(page, 'first-use-drawer-button');
  await done.tap();
  await drawer.waitFor({ state: 'hidden' });
  assertClean(problems);
  await context.close();
});

test('after Fit no marker sits under the map\'s toolbar or its tray; the chooser is drawn above the tray', async () => {
  for (const [width, height] of [[1366, 768], [1440, 900]]) {
    for (const lang of ['en', 'zh-Hans']) {
      const { page, context, problems } = await openApp(env.browser, env.server, `?country=RU&lang=${lang}`, { width, height });
      await page.locator('.map__marker').first().waitFor();
      await page.locator('.zoom-controls').first().getByRole('button').nth(2).click();
      const covered = await page.evaluate(() => {
        const controls = [document.querySelector('[data-region="map"] .region__bar'), document.querySelector('.tray')].map((c) => c.getBoundingClientRect());
        return [...document.querySelectorAll('.map__marker-dot')].filter((dot) => {
          const d = dot.getBoundingClientRect();
          return controls.some((c) => d.left < c.right && c.left < d.right && d.top < c.bottom && c.top < d.bottom);
        }).map((dot) => dot.closest('.map__marker').dataset.places);
      });
      assert.deepEqual(covered, [], `${width}×${height} ${lang}: markers under a control`);
      await screenshot(page, `first-use-fit-${width}-${lang}`);
      assertClean(problems);
      await context.close();
    }
  }
  // The chooser of a place with several events, over the tray: every choice can be seen. At
  // 1280×720 Strasbourg's chooser reaches down over the tray (at 1366×768 it ends above it).
  const { page, context, problems } = await openApp(env.browser, env.server, '', { width: 1280, height: 720 });
  const strasbourg = await markerAlone(page, 'Strasbourg');
  await strasbourg.click();
  const choices = page.locator('.map__chooser a');
  await choices.first().waitFor();
  const hidden = await choices.evaluateAll((links) => links.filter((a) => {
    const r = a.getBoundingClientRect();
    const x = r.left + Math.min(r.width / 2, 20);
    const y = r.top + r.height / 2;
    if (y > innerHeight || !a.closest('.map__chooser-list')) return false;
    const list = a.closest('.map__chooser-list').getBoundingClientRect();
    if (y < list.top || y > list.bottom) return false;
    return !document.elementFromPoint(x, y)?.closest('.map__chooser');
  }).map((a) => a.textContent));
  assert.deepEqual(hidden, [], 'choices hidden under another control');
  const [chooser, tray] = [await box(page.locator('.map__chooser')), await box(page.locator('.tray'))];
  assert.ok(overlap(chooser, tray), `the chooser opens over the tray: ${JSON.stringify([chooser, tray])}`);
  // Where the two meet, the chooser is the one drawn on top.
  const meet = { x: (Math.max(chooser.left, tray.left) + Math.min(chooser.right, tray.right)) / 2, y: (Math.max(chooser.top, tray.top) + Math.min(chooser.bottom, tray.bottom)) / 2 };
  assert.ok(await page.evaluate(({ x, y }) => Boolean(document.elementFromPoint(x, y)?.closest('.map__chooser')), meet), 'the chooser is drawn above the tray');
  await screenshot(page, 'first-use-chooser');
  assertClean(problems);
  await context.close();
});

test('the network has a legend of its colours and a name on every disc that has room', async () => {
  for (const [query, lang] of [['?view=network', 'en'], ['?view=network&lang=zh-Hans', 'zh-Hans'], ['?view=network&by=country', 'en']]) {
    const { page, context, problems } = await openApp(env.browser, env.server, query, { width: 1440, height: 900 });
    await page.waitForFunction(() => Number(document.querySelector('.network')?.dataset.layout) > 0);
    const legend = page.locator('.network-legend');
    await legend.locator('.network-legend__entry').first().waitFor();
    const result = await page.evaluate(() => {
      const swatches = [...document.querySelectorAll('.network-legend__entry')].map((e) => ({
        name: e.querySelector('.network-legend__name').textContent,
        colour: getComputedStyle(e.querySelector('.network-legend__swatch')).backgroundColor,
        count: Number(e.querySelector('.network-legend__count').textContent.replace(/,/g, '')),
      }));
      const discs = [...document.querySelectorAll('.network__node')].map((n) => ({
        label: n.getAttribute('aria-label'),
        colour: getComputedStyle(n.querySelector('circle')).fill,
      }));
      // In the drawing's own pixels: each disc, each written name's room (the width the app
      // gives it, a 15 px line), and whether an unnamed disc had room in any of its four places.
      const circles = [...document.querySelectorAll('.network__node circle')].map((c) => {
        const [x, y, r] = ['cx', 'cy', 'r'].map((a) => Number(c.getAttribute(a)));
        return { x, y, r, left: x - r, top: y - r, right: x + r, bottom: y + r };
      });
      const labels = [...document.querySelectorAll('.network__label')];
      const shown = labels.filter((l) => l.getAttribute('visibility') === 'visible').map((l) => {
        const [x, y, w] = [Number(l.getAttribute('x')), Number(l.getAttribute('y')), Number(l.dataset.room)];
        const anchor = l.getAttribute('text-anchor');
        const left = anchor === 'start' ? x : anchor === 'end' ? x - w : x - w / 2;
        return { left, right: left + w, top: y + 3 - 15, bottom: y + 3 };
      });
      const apart = (a, b) => a.right <= b.left + 1e-6 || a.left >= b.right - 1e-6 || a.bottom <= b.top + 1e-6 || a.top >= b.bottom - 1e-6;
      const withRoom = [];
      labels.forEach((label, i) => {
        if (label.getAttribute('visibility') === 'visible') return;
        const { x, y, r } = circles[i];
        const [w, h] = [Number(label.dataset.room), 15];
        const spots = [[x - w / 2, y + r + 2], [x - w / 2, y - r - 2 - h], [x + r + 3, y - h / 2], [x - r - 3 - w, y - h / 2]];
        const free = spots.some(([left, top]) => {
          const rect = { left, top, right: left + w, bottom: top + h };
          return shown.every((s) => apart(rect, s)) && circles.every((d, j) => j === i || apart(rect, d));
        });
        if (free) withRoom.push(label.textContent);
      });
      return { swatches, discs, named: shown.length, withRoom };
    });
    // Each colour names one thing, and every disc has a colour the legend names.
    const colours = result.swatches.map((s) => s.colour);
    assert.equal(new Set(colours).size, colours.length, `one colour per entry: ${colours}`);
    for (const disc of result.discs) assert.ok(colours.includes(disc.colour), `${disc.label}: ${disc.colour} is not in the legend`);
    assert.equal(result.swatches.reduce((n, s) => n + s.count, 0), result.discs.length);
    // An organization's disc has the colour of its country's entry.
    if (!query.includes('country')) {
      for (const disc of result.discs) {
        const entry = result.swatches.find((s) => disc.label.includes(`(${s.name})`) || disc.label.includes(`（${s.name}）`));
        if (entry) assert.equal(disc.colour, entry.colour, disc.label);
      }
    }
    assert.deepEqual(result.withRoom, [], 'discs left unnamed although a place had room');
    console.log(`${query}: ${result.named} of ${result.discs.length} discs named, ${result.swatches.length} legend entries`);
    await screenshot(page, `first-use-network-${lang}${query.includes('country') ? '-countries' : ''}`);
    assertClean(problems);
    await context.close();
  }
});

test('every message that counts says one and many apart, and a country is not named twice', async () => {
  const { page, context, problems } = await openApp(env.browser, env.server, '?view=network&by=country', { width: 1280, height: 720 });
  await page.waitForFunction(() => Number(document.querySelector('.network')?.dataset.layout) > 0);
  const labels = await page.locator('.network__node').evaluateAll((nodes) => nodes.map((n) => n.getAttribute('aria-label')));
  for (const label of labels) {
    assert.doesNotMatch(label, /\b1 (events|partners)\b/, label);
    assert.doesNotMatch(label, /^([^(]+) \(\1\)/, label);
  }
  assert.ok(labels.some((l) => /\b1 partner\b/.test(l) || /\b1 event\b/.test(l)), `some node counts one: ${labels}`);
  // One event shown: the list's count and the export menu say so.
  const inCountry = (code) => dataset.events.filter((e) => e.countries.includes(code) || e.venue?.country === code);
  const lone = [...new Set(dataset.events.flatMap((e) => e.countries))].find((code) => inCountry(code).length === 1);
  await page.goto(env.server.url(`?country=${lone}`));
  await page.locator('#result-count').getByText(/^1 of \d+ events$/).waitFor();
  await page.getByRole('button', { name: 'Export 1 event', exact: true }).waitFor();
  await page.goto(env.server.url(`?view=network&by=country&lang=zh-Hans`));
  await page.waitForFunction(() => Number(document.querySelector('.network')?.dataset.layout) > 0);
  const chinese = await page.locator('.network__node').first().getAttribute('aria-label');
  assert.match(chinese, /^[^（]+：[\d,]+ 个活动，[\d,]+ 个合作方$/, chinese);
  assertClean(problems);
  await context.close();
});

test('Chinese organization names are in pinyin order, a Latin name filed among them by its letters', async () => {
  const latin = 'Zz Laboratory';
  const table = `title_en,start,countries,organizations\nVisit,2024-05-26,CN;FR,CAS;CNRS;${latin}\nForum,2023,CN,中国工程院;E-MRS\n`;
  for (const lang of ['zh-Hans', 'zh-Hant']) {
    const { page, context, problems } = await openApp(env.browser, env.server, `?lang=${lang}`, { width: 1280, height: 720 });
    const names = async () => page.locator('.facet').nth(1).locator('.facet__name').allTextContents();
    const bundled = await names();
    const collator = new Intl.Collator(`${lang}-u-co-pinyin`);
    const han = bundled.filter((n) => /^[“\p{Script=Han}]/u.test(n) && !/[A-Za-z]/.test(n));
    assert.deepEqual(han, [...han].sort(collator.compare), `${lang}: the Chinese names in pinyin order`);
    await page.locator('input[type=file]').setInputFiles({ name: 'table.csv', mimeType: 'text/csv', buffer: Buffer.from(table) });
    await page.locator('#result-count').getByText(/2/).waitFor();
    const mixed = await names();
    assert.equal(mixed.at(-1), latin, `${lang}: a name that reads zz files last: ${mixed}`);
    assert.notEqual(mixed[0], latin);
    await screenshot(page, `first-use-pinyin-${lang}`);
    assertClean(problems);
    await context.close();
  }
});

test('a chip never breaks a word', async () => {
  const long = [...dataset.organizations].sort((a, b) => (b.name.zh ?? '').length - (a.name.zh ?? '').length)[0];
  for (const [lang, width, height, options] of [['zh-Hans', 1280, 720, {}], ['en', 1280, 720, {}], ['zh-Hans', 390, 844, PHONE]]) {
    const { page, context, problems } = await openApp(env.browser, env.server, `?org=${long.id}&topic=${dataset.topics[0].id}&lang=${lang}`, { width, height, ...options });
    if (width < 500) {
      await page.locator('.filters-button').tap();
      await page.locator('.region--filters').waitFor({ state: 'visible' });
    }
    const parts = await page.locator('.chip__kind, .chip__label').evaluateAll((spans) => spans.map((s) => {
      const lineHeight = parseFloat(getComputedStyle(s).lineHeight) || 20;
      return { text: s.textContent, lines: Math.round(s.getBoundingClientRect().height / lineHeight) };
    }));
    assert.ok(parts.length >= 4, JSON.stringify(parts));
    for (const part of parts) assert.equal(part.lines, 1, `${lang} ${width}: "${part.text}" takes ${part.lines} lines`);
    await page.locator('.active-filters').screenshot({ path: `target/screenshots/first-use-chips-${lang}-${width}.png` });
    assertClean(problems);
    await context.close();
  }
});

test('loading 100 000 events never holds the page for more than 200 ms at a time', async () => {
  const { page, context, problems } = await openPage(env.browser, env.server, { width: 1280, height: 900 });
  await page.addInitScript(() => {
    window.__longTasks = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) window.__longTasks.push({ start: entry.startTime, end: entry.startTime + entry.duration, ms: Math.round(entry.duration) });
    }).observe({ type: 'longtask', buffered: true });
    // When the app's map is put in the page (not the written page's placeholder), and when the
    // whole atlas is: the filters' values, the map, the timeline and the list.
    new MutationObserver((_, observer) => {
      if (!window.__mapAt && document.querySelector('.map__svg')) window.__mapAt = performance.now();
      if (document.querySelector('.map__svg') && document.querySelector('.timeline') && document.querySelector('.facet__checkbox') && document.querySelector('.event-row')) {
        window.__drawnAt = performance.now();
        observer.disconnect();
      }
    }).observe(document, { subtree: true, childList: true });
  });
  await page.goto(env.server.url('?data=data%2Fevents-100000.json'));
  await page.locator('#result-count').getByText('100,000 of 100,000 events').waitFor({ timeout: 90_000 });
  await page.waitForFunction(() => window.__drawnAt > 0, null, { timeout: 30_000 });
  // Long-task entries come in after their task: two frames later every one has.
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(done)))));
  const { tasks, mapAt, drawnAt } = await page.evaluate(() => ({ tasks: window.__longTasks, mapAt: window.__mapAt, drawnAt: window.__drawnAt }));
  assert.ok(mapAt > 0 && tasks.length > 0, 'the load and the drawing were seen');
  // Reading, checking and indexing (before the map is there), then drawing the atlas a region
  // at a time: every task up to the whole atlas on screen, and the one that finished it.
  const loading = tasks.filter((t) => t.end < mapAt).map((t) => t.ms);
  const drawing = tasks.filter((t) => t.end >= mapAt && t.start <= drawnAt).map((t) => t.ms);
  console.log(`long tasks while loading 100 000 events (ms): ${loading.join(', ')}; while drawing the atlas: ${drawing.join(', ') || 'none'}`);
  const longest = Math.max(0, ...loading, ...drawing);
  await screenshot(page, 'first-use-100000');
  assert.ok(longest <= 200, `a task of ${longest} ms while loading or drawing`);
  assertClean(problems);
  await context.close();
});
