// Exports of the filtered events, saved through the browser's download and read back: the
// calendar (.ics), the spreadsheet (.csv with a byte-order mark) and the map data (.geojson),
// plus one event's "Add to calendar".

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertClean, bundledDataset, download, exportEntry, screenshot, serverAndBrowser, waitForApp, openApp, selectedEvent } from './harness.mjs';

const env = serverAndBrowser();
const dataset = bundledDataset();
const french = dataset.events.filter((e) => e.countries.includes('FR') || e.venue?.country === 'FR');
const topicName = new Map(dataset.topics.map((t) => [t.id, t.name.en]));

/** RFC 5545 content lines unfolded, then the VEVENTs as maps of property name → values. */
function parseCalendar(text) {
  assert.ok(text.split('\n').every((l) => l === '' || l.endsWith('\r')), 'lines end in CRLF');
  const lines = text.replace(/\r\n[ \t]/g, '').split('\r\n').filter(Boolean);
  assert.equal(lines[0], 'BEGIN:VCALENDAR');
  assert.equal(lines.at(-1), 'END:VCALENDAR');
  const events = [];
  let current = null;
  for (const line of lines) {
    if (line === 'BEGIN:VEVENT') current = {};
    else if (line === 'END:VEVENT') { events.push(current); current = null; }
    else if (current) {
      const colon = line.indexOf(':');
      const [name] = line.slice(0, colon).split(';');
      current[name] = line.slice(colon + 1).replace(/\\n/g, '\n').replace(/\\([,;\\])/g, '$1');
      current[`${name}#raw`] = line;
    }
  }
  return events;
}

/** RFC 4180 rows. */
function parseCsv(text) {
  const rows = [[]];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { field += '"'; i++; } else if (c === '"') quoted = false; else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { rows.at(-1).push(field); field = ''; }
    else if (c === '\n') { rows.at(-1).push(field); field = ''; rows.push([]); }
    else if (c !== '\r') field += c;
  }
  return rows.filter((r) => r.length > 1);
}

/** The list's "Export N events" menu button. */
const exportButton = (page, label) => page.getByRole('button', { name: label, exact: true });

test('the filtered events export as .ics, .csv and .geojson that read back as those events', async () => {
  const { page, context, problems } = await openApp(env.browser, env.server, '?country=FR');
  const label = `Export ${french.length} events`;
  const ids = new Set(french.map((e) => e.id));

  const ics = await download(page, await exportEntry(page, label, 'Calendar (.ics)'));
  assert.equal(ics.name, `cooperation-atlas-${french.length}-events.ics`);
  const entries = parseCalendar(ics.bytes.toString('utf8'));
  assert.deepEqual(new Set(entries.map((e) => e.UID.replace('@cooperation-atlas', ''))), ids);
  for (const entry of entries) {
    const event = dataset.events.find((e) => `${e.id}@cooperation-atlas` === entry.UID);
    assert.match(entry['DTSTART#raw'], /^DTSTART;VALUE=DATE:\d{8}$/);
    const link = new URL(entry.URL);
    assert.equal(link.origin, env.server.origin);
    assert.equal(selectedEvent(link.href), event.id);
    assert.ok(entry.DESCRIPTION.endsWith(entry.URL), 'the description ends with the link');
    assert.equal(entry.SUMMARY, event.title.en);
    const categories = entry.CATEGORIES?.split(',') ?? [];
    assert.deepEqual(categories, event.topics.map((t) => topicName.get(t)));
  }
  // The deep link of an entry opens that event.
  const entry = entries[0];
  await page.goto(entry.URL);
  await page.locator('#panel-event-title').getByText(entry.SUMMARY).waitFor();
  await page.goBack();
  await waitForApp(page);

  const csv = await download(page, await exportEntry(page, label, 'Spreadsheet (.csv)'));
  assert.deepEqual([...csv.bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'UTF-8 byte-order mark');
  const [header, ...rows] = parseCsv(csv.bytes.toString('utf8').slice(1));
  assert.deepEqual(header.slice(0, 3), ['id', 'title_en', 'title_zh']);
  assert.deepEqual(new Set(rows.map((r) => r[0])), ids);
  for (const row of rows) {
    const event = dataset.events.find((e) => e.id === row[0]);
    assert.equal(row[header.indexOf('title_zh')], event.title.zh ?? '');
    assert.equal(row[header.indexOf('start')], event.start);
    assert.equal(selectedEvent(row[header.indexOf('link')]), event.id);
  }

  const geojson = await download(page, await exportEntry(page, label, 'Map data (.geojson)'));
  const collection = JSON.parse(geojson.bytes.toString('utf8'));
  assert.equal(collection.type, 'FeatureCollection');
  assert.deepEqual(new Set(collection.features.map((f) => f.id)), ids);
  for (const feature of collection.features) {
    const event = dataset.events.find((e) => e.id === feature.id);
    if (event.venue) assert.deepEqual(feature.geometry.coordinates, [event.venue.lon, event.venue.lat]);
    else assert.equal(feature.geometry, null);
  }
  await page.getByRole('status').getByText(/Saved cooperation-atlas-\d+-events\.geojson/).waitFor();
  assertClean(problems);
  await context.close();
});

test('the export menu works from the keyboard as a menu button does, and counts in the singular', async () => {
  const { page, context, problems } = await openApp(env.browser, env.server, '?country=FR&lang=zh-Hans');
  const label = `导出 ${french.length} 个活动`;
  const button = exportButton(page, label);
  assert.equal(await button.getAttribute('aria-haspopup'), 'menu');
  assert.equal(await button.getAttribute('aria-expanded'), 'false');
  const menu = page.getByRole('menu', { name: label });
  const entries = menu.getByRole('menuitem');
  const focusedEntry = () => page.evaluate(() => document.activeElement.getAttribute('data-entry'));

  // Enter opens the menu on its first entry; the arrows move and wrap, Home and End jump.
  await button.focus();
  await page.keyboard.press('Enter');
  await menu.waitFor();
  assert.equal(await button.getAttribute('aria-expanded'), 'true');
  // The three files, then "Embed…" and "Print…" (tests/browser/publish.test.mjs).
  assert.equal(await entries.count(), 5);
  await page.waitForFunction(() => document.activeElement.getAttribute('data-entry') === 'ics');
  await page.keyboard.press('ArrowUp');
  assert.equal(await focusedEntry(), 'print');
  await page.keyboard.press('Home');
  assert.equal(await focusedEntry(), 'ics');
  await page.keyboard.press('End');
  assert.equal(await focusedEntry(), 'print');
  await screenshot(page, 'export-menu-open-zh-hans');
  // Escape closes it and gives the focus back to the button.
  await page.keyboard.press('Escape');
  await menu.waitFor({ state: 'hidden' });
  assert.equal(await button.getAttribute('aria-expanded'), 'false');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'export-menu-button');

  // ArrowDown opens it too; one more moves to the spreadsheet, and Enter saves it.
  await page.keyboard.press('ArrowDown');
  await page.waitForFunction(() => document.activeElement.getAttribute('data-entry') === 'ics');
  await page.keyboard.press('ArrowDown');
  assert.equal(await focusedEntry(), 'csv');
  const [saved] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
  assert.equal(saved.suggestedFilename(), `cooperation-atlas-${french.length}-events.csv`);
  await menu.waitFor({ state: 'hidden' });
  assert.equal(await page.evaluate(() => document.activeElement.id), 'export-menu-button');
  await page.getByRole('status').getByText(`已保存 cooperation-atlas-${french.length}-events.csv`, { exact: false }).waitFor();

  // Tab from an open menu closes it; so does a click elsewhere.
  await page.keyboard.press('Space');
  await menu.waitFor();
  await page.keyboard.press('Tab');
  await menu.waitFor({ state: 'hidden' });
  await button.click();
  await menu.waitFor();
  await page.locator('.site-header__title').click();
  await menu.waitFor({ state: 'hidden' });
  assert.equal(await button.getAttribute('aria-expanded'), 'false');

  // One event: "1 event", not "1 events", in every language. A country that takes part in
  // exactly one event gives it.
  const tally = new Map();
  for (const event of dataset.events) {
    for (const code of new Set([...event.countries, event.venue?.country].filter(Boolean))) tally.set(code, (tally.get(code) ?? 0) + 1);
  }
  const lone = [...tally].find(([, n]) => n === 1)[0];
  const single = `?country=${lone}`;
  for (const [lang, text] of [['en', 'Export 1 event'], ['zh-Hans', '导出 1 个活动'], ['zh-Hant', '匯出 1 個活動']]) {
    await page.goto(env.server.url(`${single}&lang=${lang}`));
    await waitForApp(page);
    await exportButton(page, text).waitFor();
  }
  // No event: the button cannot be used.
  await page.goto(env.server.url('?q=zzzzzzzz-no-such-event'));
  await waitForApp(page);
  assert.equal(await exportButton(page, 'Export 0 events').isDisabled(), true);
  assertClean(problems);
  await context.close();
});

test('"Add to calendar" saves one event; a month-precision one spans its month, marked so', async () => {
  const month = dataset.events.find((e) => /^\d{4}-\d{2}$/.test(e.start) && !e.end);
  const { page, context, problems } = await openApp(env.browser, env.server, `?event=${month.id}&lang=zh-Hans`);
  const ics = await download(page, page.getByRole('button', { name: '添加到日历（.ics）' }));
  assert.equal(ics.name, `${month.id}.ics`);
  const [entry, ...rest] = parseCalendar(ics.bytes.toString('utf8'));
  assert.equal(rest.length, 0);
  const [year, mm] = month.start.split('-').map(Number);
  const next = mm === 12 ? `${year + 1}0101` : `${year}${String(mm + 1).padStart(2, '0')}01`;
  assert.equal(entry['DTSTART#raw'], `DTSTART;VALUE=DATE:${year}${String(mm).padStart(2, '0')}01`);
  assert.equal(entry['DTEND#raw'], `DTEND;VALUE=DATE:${next}`);
  assert.equal(entry['X-ATLAS-PRECISION'], 'month');
  assert.match(entry.DESCRIPTION, /^日期仅知月份/);
  assert.equal(new URL(entry.URL).searchParams.get('lang'), 'zh-Hans');
  assertClean(problems);
  await context.close();
});
