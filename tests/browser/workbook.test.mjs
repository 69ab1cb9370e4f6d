// Excel workbooks as datasets, and the worker module that reads them: the first load never
// fetches the worker; a workbook named by data=, picked or dropped opens as the events of the
// CSV table it was written from (tests/workbook.rs writes the fixtures), the worker fetched
// once at its first use; problems are told by sheet, row and column in the chosen language;
// the Excel template downloads and opens; the worker loads under a sub-path and from an
// event's page; a worker that cannot load leaves a message, not a blank page.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  ROOT, assertClean, bundledDataset, download, launchBrowser, openPage, screenshot, serverAndBrowser, startStaticServer, waitForApp,
} from './harness.mjs';

const WORKBOOKS = join(ROOT, 'tests/fixtures/workbooks');
const workbook = (name) => readFileSync(join(WORKBOOKS, name));
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The titles the page should list for the table the workbooks are written from. */
function expectedTitles() {
  const lines = readFileSync(join(WORKBOOKS, 'visits.csv'), 'utf8').trim().split('\n');
  const cells = (line) => [...line.matchAll(/(?:^|,)("(?:[^"]|"")*"|[^,]*)/g)].map((m) => m[1].replace(/^"|"$/g, ''));
  const header = cells(lines[0]);
  const [en, zh] = [header.indexOf('title_en'), header.indexOf('title_zh')];
  return lines.slice(1).map((line) => cells(line)).map((row) => row[en] || row[zh]).sort();
}

const env = serverAndBrowser({
  files: { 'data/visits.xlsx': { path: join(WORKBOOKS, 'dates-as-cells.xlsx') } },
});

/** Opens `path` on `server`, recording every request for the worker module's files. */
async function openRecording(browser, server, path) {
  const session = await openPage(browser, server);
  const workerFiles = [];
  session.page.on('request', (request) => {
    if (request.url().includes('atlas-worker')) workerFiles.push(new URL(request.url()).pathname);
  });
  await session.page.goto(server.url(path));
  await waitForApp(session.page);
  return { ...session, workerFiles };
}

const resultCount = (page, n) => page.locator('#result-count').getByText(`${n} of ${n} events`).waitFor();
const titles = async (page) => (await page.locator('.event-row__title').allInnerTexts()).sort();

async function pick(page, name, buffer) {
  await page.locator('input[type=file]').setInputFiles({ name, mimeType: XLSX, buffer });
}

async function drop(page, name, buffer) {
  const dropped = await page.evaluateHandle(([fileName, bytes, type]) => {
    const transfer = new DataTransfer();
    transfer.items.add(new File([new Uint8Array(bytes)], fileName, { type }));
    return transfer;
  }, [name, [...buffer], XLSX]);
  await page.dispatchEvent('body', 'drop', { dataTransfer: dropped });
}

test('the first load does not fetch the worker; a workbook named by data= fetches it once and opens', async () => {
  const first = await openRecording(env.browser, env.server, '');
  await resultCount(first.page, bundledDataset().events.length);
  assert.deepEqual(first.workerFiles, [], 'the first load fetched none of the worker module');
  assertClean(first.problems);
  await first.context.close();

  const { page, context, problems, workerFiles } = await openRecording(env.browser, env.server, '?data=data%2Fvisits.xlsx');
  const expected = expectedTitles();
  await resultCount(page, expected.length);
  assert.deepEqual(await titles(page), expected);
  assert.deepEqual(workerFiles, ['/atlas-worker_loader.js', '/atlas-worker.js', '/atlas-worker_bg.wasm']);
  // A date cell reads as the dataset's date, to the day.
  await page.locator('.event-row', { hasText: expected.find((t) => /battery/.test(t)) }).getByRole('link').click();
  await page.locator('.panel__event').getByText(/12.{1,3}14 March 2025|12 March 2025/).first().waitFor();
  await screenshot(page, 'workbook-data');
  assertClean(problems);
  await context.close();
});

test('workbooks picked and dropped open (dates as text; a sheet named events after a first sheet of notes), with one worker', async () => {
  const { page, context, problems, workerFiles } = await openRecording(env.browser, env.server, '');
  const expected = expectedTitles();
  await pick(page, 'dates-as-text.xlsx', workbook('dates-as-text.xlsx'));
  await resultCount(page, expected.length);
  assert.deepEqual(await titles(page), expected);
  await screenshot(page, 'workbook-picked');

  await pick(page, 'problems.xlsx', workbook('problems.xlsx'));
  await page.getByRole('alert').waitFor();
  await drop(page, 'notes-then-events.xlsx', workbook('notes-then-events.xlsx'));
  await resultCount(page, expected.length);
  assert.deepEqual(await titles(page), expected);
  await screenshot(page, 'workbook-dropped');
  assert.equal(workerFiles.filter((f) => f.endsWith('_bg.wasm')).length, 1, 'the worker module is fetched once');
  assertClean(problems);
  await context.close();
});

test('a workbook with problems lists each by sheet, row and column, in the chosen language', async () => {
  const { page, context, problems } = await openRecording(env.browser, env.server, '');
  await pick(page, 'problems.xlsx', workbook('problems.xlsx'));
  const alert = page.getByRole('alert');
  await alert.getByText('The dataset problems.xlsx could not be loaded').waitFor();
  const lines = await alert.locator('li').allInnerTexts();
  assert.equal(lines.length, 3, lines.join('\n'));
  assert.match(lines[0], /^sheet “visits”, row 4, column start: "2024-02-30"/);
  assert.match(lines[1], /^sheet “visits”, row 5, column countries: .*"UK"/);
  assert.match(lines[2], /^sheet “visits”, row 6, column start: "2024-05-26 14:30:00" is not a date/);
  await screenshot(page, 'workbook-errors');
  await page.getByRole('button', { name: '简体中文' }).click();
  await alert.getByText(/^工作表“visits”，第 4 行，start 列/).waitFor();
  await screenshot(page, 'workbook-errors-zh');
  assertClean(problems);
  await context.close();
});

test('the Excel template downloads as the committed workbook and opens as its two example events', async () => {
  const { page, context, problems } = await openRecording(env.browser, env.server, '');
  const link = page.getByRole('link', { name: 'Excel template' });
  const template = await download(page, link);
  assert.equal(template.name, 'cooperation-atlas-template.xlsx');
  assert.ok(template.bytes.equals(readFileSync(join(ROOT, 'assets/template/cooperation-atlas-template.xlsx'))));
  await pick(page, template.name, template.bytes);
  await resultCount(page, 2);
  await screenshot(page, 'workbook-template');
  assertClean(problems);
  await context.close();
});

test('under a sub-path, from an event\'s page, the worker loads from the site\'s folder', async () => {
  const server = await startStaticServer({ subPath: 'atlas' });
  const browser = await launchBrowser();
  try {
    const id = bundledDataset().events[0].id;
    const { page, problems, workerFiles } = await openRecording(browser, server, `events/${id}/`);
    await drop(page, 'dates-as-cells.xlsx', workbook('dates-as-cells.xlsx'));
    await resultCount(page, expectedTitles().length);
    assert.ok(workerFiles.includes('/atlas/atlas-worker_bg.wasm'), workerFiles.join(', '));
    await screenshot(page, 'workbook-sub-path');
    assertClean(problems);
  } finally {
    await browser.close();
    server.stop();
  }
});

test('a worker module that cannot be fetched leaves a message and a working page', async () => {
  const { page, context, problems } = await openRecording(env.browser, env.server, '');
  await context.route('**/atlas-worker*', (route) => route.fulfill({ status: 404, body: 'gone' }));
  await pick(page, 'dates-as-cells.xlsx', workbook('dates-as-cells.xlsx'));
  const alert = page.getByRole('alert');
  await alert.getByText(/the workbook reader could not be loaded/).waitFor();
  await screenshot(page, 'workbook-no-worker');
  await alert.getByRole('link').click();
  await resultCount(page, bundledDataset().events.length);
  // The browser reports the failed fetch itself; nothing else went wrong.
  assert.deepEqual(problems.consoleErrors.filter((e) => !/404|Failed to load/.test(e)), []);
  await context.close();
});
