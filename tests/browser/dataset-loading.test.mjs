// Datasets named in the URL (`data=`): loaded from this site only, errors shown in the page,
// and a 100 000-event dataset that the list renders a screenful at a time and the timeline
// draws as counts per bin.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { assertClean, bundledDataset, openPage, screenshot, SYNTHETIC, serverAndBrowser, openApp } from './harness.mjs';

const env = serverAndBrowser({
    files: {
      'data/events-100000.json': { path: join(SYNTHETIC, 'events-100000.json') },
      'data/broken.json': { content: '{\n  "events": [\n    { "id": "a", }\n  ]\n}\n' },
      'data/invalid.json': {
        content: JSON.stringify({
          events: [{ id: 'x', title: { en: 'X' }, start: '2024-02-30', mode: 'online', countries: ['UK'], summary: { en: 's' }, source: { document: 'd', quote: 'q' } }],
        }),
      },
    },
  });

test('100 000 events: the list renders only the rows in view, the timeline counts per bin', async () => {
  const { page, context, problems } = await openPage(env.browser, env.server, { width: 1280, height: 900 });
  // Record every state of the loading status as the page goes through it.
  await page.addInitScript(() => {
    window.__progress = [];
    new MutationObserver(() => {
      const bar = document.querySelector('.dataset-loading__progress');
      if (bar) window.__progress.push(Number(bar.value) / Number(bar.max));
      if (/checking every event/.test(document.querySelector('.dataset-loading')?.textContent)) window.__checking = true;
    }).observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
  });
  await page.goto(env.server.url('?data=data%2Fevents-100000.json'));
  await page.locator('#result-count').getByText('100,000 of 100,000 events').waitFor({ timeout: 60_000 });
  // The 51 MB file showed its progress, then that it was being checked.
  const progress = await page.evaluate(() => window.__progress);
  assert.ok(progress.some((p) => p > 0.05 && p < 0.95), `progress seen: ${progress.slice(0, 5)}…`);
  assert.ok(progress.every((p, i) => i === 0 || p >= progress[i - 1]), 'progress only grows');
  assert.equal(await page.evaluate(() => window.__checking), true);
  const rendered = await page.locator('.event-row').count();
  assert.ok(rendered > 5 && rendered < 80, `${rendered} rows rendered`);
  assert.equal(await page.locator('.event-row').first().getAttribute('aria-setsize'), '100000');

  const viewport = page.locator('.event-list__viewport');
  await viewport.evaluate((v) => { v.scrollTop = v.scrollHeight / 2; });
  await page.waitForFunction(() => Number(document.querySelector('.event-row')?.getAttribute('aria-posinset')) > 40_000);
  assert.ok((await page.locator('.event-row').count()) < 80);

  assert.ok((await page.locator('.timeline__bin').count()) > 5, 'the timeline draws bins');
  assert.equal(await page.locator('.timeline__mark').count(), 0);
  assert.ok((await page.locator('.map__marker').count()) < 400, 'the map clusters its venues');
  await page.locator('.tray summary').click();
  await page.locator('.tray__item').nth(99).waitFor();
  assert.equal(await page.locator('.tray__item').count(), 100, 'the tray lists the latest 100 unplaced events');
  await screenshot(page, 'scale-100k');

  // Filtering still works at this size.
  await page.getByLabel('Search events').fill('合作');
  await page.locator('#result-count').getByText(/^[\d,]+ of 100,000 events$/).waitFor();
  assertClean(problems);
  await context.close();
});

test('a dataset that is missing, malformed or invalid gets a clear message and a way back', async () => {
  const cases = [
    ['data%2Fmissing.json', /404/],
    ['data%2Fbroken.json', /line 3, column 18/i],
    ['data%2Finvalid.json', /event "x", field start:.*29 days|event "x", field countries\[0\]: "UK"/],
  ];
  for (const [path, expected] of cases) {
    const { page, context, problems } = await openPage(env.browser, env.server);
    await page.goto(env.server.url(`?data=${path}`));
    const panel = page.getByRole('alert');
    await panel.waitFor();
    assert.match(await panel.innerText(), expected);
    await screenshot(page, `dataset-error-${path.replace(/\W/g, '-')}`);
    await panel.getByRole('link', { name: /bundled dataset/ }).click();
    await page.locator('.event-row').first().waitFor();
    problems.consoleErrors = problems.consoleErrors.filter((m) => !m.includes('404'));
    assertClean(problems);
    await context.close();
  }
});

test('the problems of a dataset are told in the chosen language, and again on a switch', async () => {
  const { page, context, problems } = await openPage(env.browser, env.server);
  await page.goto(env.server.url('?data=data%2Finvalid.json&lang=zh-Hans'));
  const panel = page.getByRole('alert');
  await panel.getByRole('heading', { name: '无法加载数据集 data/invalid.json' }).waitFor();
  await panel.getByText(/活动“x”，字段 start：“2024-02-30”：2024年2月只有 29 天/).waitFor();
  await panel.getByText(/字段 countries\[0\]：“UK”不是 ISO 3166-1 两字母国家\/地区代码（请用“GB”）/).waitFor();
  await screenshot(page, 'dataset-error-zh-hans');
  await page.getByRole('button', { name: 'English' }).click();
  await panel.getByText(/event "x", field start: "2024-02-30": month 2 of 2024 has 29 days/).waitFor();
  // The way back keeps the language.
  assert.equal(new URL(await panel.getByRole('link').getAttribute('href'), page.url()).searchParams.get('lang'), 'en');
  assertClean(problems);
  await context.close();
});

test('another origin is never asked: a data= address off this site is ignored with a notice', async () => {
  const { page, context, problems } = await openApp(env.browser, env.server, '?data=https%3A%2F%2Fexample.org%2Fevents.json');
  await page.locator('.url-notice').getByText(/only a path on this site/).waitFor();
  assert.equal(await page.locator('.event-row').count(), bundledDataset().events.length);
  assertClean(problems);
  await context.close();
});

test('the list can be read newest or oldest first', async () => {
  const { page, context, problems } = await openApp(env.browser, env.server, '');
  const ids = () => page.locator('.event-row').evaluateAll((rows) => rows.map((r) => r.dataset.eventId));
  const newest = await ids();
  await page.getByRole('button', { name: 'Oldest first' }).click();
  await page.waitForFunction((first) => document.querySelector('.event-row').dataset.eventId !== first, newest[0]);
  assert.deepEqual(await ids(), [...newest].reverse());
  assert.equal(await page.getByRole('button', { name: 'Oldest first' }).getAttribute('aria-pressed'), 'true');
  assertClean(problems);
  await context.close();
});

test('a dataset file picked or dropped on the page replaces the events; a bad one says why', async () => {
  const { page, context, problems } = await openApp(env.browser, env.server, '?country=FR');
  const bundled = bundledDataset();
  const subset = (n) => JSON.stringify({ ...bundled, events: bundled.events.filter((e) => !e.parent).slice(0, n) });

  await page.locator('input[type=file]').setInputFiles({ name: 'three.json', mimeType: 'application/json', buffer: Buffer.from(subset(3)) });
  await page.locator('#result-count').getByText('3 of 3 events').waitFor();
  assert.equal(new URL(page.url()).search, '', 'the old filters are dropped with the old dataset');

  const broken = JSON.stringify({ ...bundled, events: [{ ...bundled.events[0], countries: ['UK'] }] });
  await page.locator('input[type=file]').setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from(broken) });
  const alert = page.getByRole('alert');
  await alert.getByText('The dataset broken.json could not be loaded').waitFor();
  assert.match(await alert.innerText(), new RegExp(`event "${bundled.events[0].id}", field countries\\[0\\]: "UK".*use "GB"`));
  await screenshot(page, 'dataset-file-error');

  const dropped = await page.evaluateHandle((text) => {
    const transfer = new DataTransfer();
    transfer.items.add(new File([text], 'two.json', { type: 'application/json' }));
    return transfer;
  }, subset(2));
  await page.dispatchEvent('body', 'drop', { dataTransfer: dropped });
  await page.locator('#result-count').getByText('2 of 2 events').waitFor();
  assertClean(problems);
  await context.close();
});

test('the data files come beside the wasm, each fetched once; without the events file the page says which file failed', async () => {
  const { page, context, problems } = await openPage(env.browser, env.server, { width: 1280, height: 800 });
  const fetched = [];
  page.on('request', (request) => fetched.push(new URL(request.url()).pathname));
  await page.goto(env.server.url(''));
  await page.locator('.event-row').first().waitFor();
  for (const file of ['/data/countries-110m.paths.tsv', '/data/country-names.tsv', '/data/events.json']) {
    assert.equal(fetched.filter((path) => path === file).length, 1, `${file} fetched once (the preload is used): ${fetched}`);
  }
  assert.equal(await page.locator('.event-row').count(), bundledDataset().events.length);
  assert.ok((await page.locator('.map__country').count()) > 100, 'the base map is drawn from its file');
  assertClean(problems);
  await context.close();

  // The events file missing (a partial upload): a clear message naming it, not a blank page.
  const broken = await openPage(env.browser, env.server, { width: 1280, height: 800 });
  await broken.page.route('**/data/events.json', (route) => route.fulfill({ status: 404, body: 'not here' }));
  await broken.page.goto(env.server.url(''));
  const alert = broken.page.locator('.dataset-error');
  await alert.waitFor();
  const text = await alert.textContent();
  assert.match(text, /data\/events\.json/);
  assert.match(text, /404/);
  assert.ok((await broken.page.locator('header').count()) > 0, 'the header is still there');
  await screenshot(broken.page, 'bundled-events-missing');
  await broken.context.close();
});
