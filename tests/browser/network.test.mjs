// The cooperation network in the map's place: the switch and its URL, a node filters, a link
// lists the events its two nodes share, hovering lights partners here and events in the list,
// the keyboard path through nodes and the table, the exports read back by NetworkX, a phone,
// and 10 000 events.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { assertClean, bundledDataset, download, openApp, ROOT, screenshot, seriousAccessibilityViolations, serverAndBrowser, sidewaysOverflow, SYNTHETIC, waitForParam, selectedEvent } from './harness.mjs';

const env = serverAndBrowser({ files: { 'data/events-10000.json': { path: join(SYNTHETIC, 'events-10000.json') } } });
const dataset = bundledDataset();
const withOrganization = (id) => dataset.events.filter((e) => e.organizations.includes(id));
const organizationsTakingPart = new Set(dataset.events.flatMap((e) => e.organizations));
const countriesTakingPart = new Set(dataset.events.flatMap((e) => e.countries));

/** Waits until a layout (after the `after`th, when given) has settled; returns its milliseconds. */
async function settled(page, after = 0) {
  await page.waitForFunction((after) => Number(document.querySelector('.network')?.dataset.layout) > after, after);
  return Number(await page.locator('.network').getAttribute('data-settle-ms'));
}

const node = (page, key) => page.locator(`.network__node[data-key="${key}"]`);

test('the Map | Network switch shows the network in the map\'s place and keeps it in the URL', async () => {
  const { page, context, problems } = await openApp(env.browser, env.server, '', { width: 1280, height: 720 });
  await page.getByRole('group', { name: 'What to show' }).getByRole('button', { name: 'Network' }).click();
  await waitForParam(page, 'view', 'network');
  await page.locator('[data-region="network"]').waitFor();
  assert.equal(await page.locator('[data-region="map"]').count(), 0);
  await settled(page);
  assert.equal(await page.locator('.network__node').count(), organizationsTakingPart.size);
  await screenshot(page, 'network-1280');

  await page.getByRole('group', { name: 'Nodes' }).getByRole('button', { name: 'Countries' }).click();
  await waitForParam(page, 'by', 'country');
  await page.waitForFunction((n) => document.querySelectorAll('.network__node').length === n, countriesTakingPart.size);
  await settled(page);
  await screenshot(page, 'network-countries');

  await page.getByRole('group', { name: 'What to show' }).getByRole('button', { name: 'Map' }).click();
  await waitForParam(page, 'view', null);
  await page.locator('[data-region="map"]').waitFor();
  // A shared link opens the same view.
  await page.goto(env.server.url('?view=network&by=country&lang=zh-Hans'));
  await page.locator('[data-region="network"]').waitFor();
  await page.getByRole('button', { name: '国家/地区', pressed: true }).waitFor();
  await settled(page);
  assert.match(await page.locator('.network__node').first().getAttribute('aria-label'), /个活动/);
  await screenshot(page, 'network-zh');
  // A switch of language says the nodes again in the new one.
  await page.getByRole('button', { name: 'English' }).click();
  await page.waitForFunction(() => /events/.test(document.querySelector('.network__node')?.getAttribute('aria-label')));
  assertClean(problems);
  await context.close();
});

test('a node filters by its organization; a link lists the events its two share', async () => {
  const { page, context, problems } = await openApp(env.browser, env.server, '?view=network', { width: 1440, height: 900 });
  await settled(page);
  const shared = dataset.events.filter((e) => e.organizations.includes('c-mrs') && e.organizations.includes('e-mrs'));
  const link = page.locator('line[data-a="c-mrs"][data-b="e-mrs"], line[data-a="e-mrs"][data-b="c-mrs"]');
  await link.dispatchEvent('click');
  const dialog = page.getByRole('dialog', { name: `C-MRS and E-MRS: ${shared.length} shared events` });
  await dialog.waitFor();
  assert.equal(await dialog.getByRole('link').count(), shared.length);
  await screenshot(page, 'network-shared-events');
  await dialog.getByRole('link').first().click();
  await waitForParam(page, 'event');
  assert.ok(shared.some((e) => e.id === selectedEvent(page.url())), 'the chosen event is one of the shared ones');
  // The selected event's organizations are marked.
  await page.locator('.network__node--selected[data-key="c-mrs"]').waitFor();
  await dialog.getByRole('button', { name: 'Close' }).click();
  await dialog.waitFor({ state: 'detached' });

  await node(page, 'cas').locator('circle').click();
  await waitForParam(page, 'org', 'cas');
  await page.locator('#result-count').getByText(`${withOrganization('cas').length} of ${dataset.events.length} events`).waitFor();
  await settled(page);
  const partners = new Set(withOrganization('cas').flatMap((e) => e.organizations));
  await page.waitForFunction((n) => document.querySelectorAll('.network__node').length === n, partners.size);
  assertClean(problems);
  await context.close();
});

test('hovering a node lights its partners and its events in the list and the timeline', async () => {
  const { page, context, problems } = await openApp(env.browser, env.server, '?view=network', { width: 1280, height: 720 });
  await settled(page);
  await node(page, 'cas').locator('circle').hover();
  const ids = withOrganization('cas').map((e) => e.id).sort();
  await page.waitForFunction((n) => document.querySelectorAll('.event-row--highlighted').length === n, ids.length);
  const lit = await page.locator('.event-row--highlighted').evaluateAll((rows) => rows.map((r) => r.dataset.eventId).sort());
  assert.deepEqual(lit, ids);
  const partners = new Set(withOrganization('cas').flatMap((e) => e.organizations));
  assert.equal(await page.locator('.network__node--lit').count(), partners.size);
  assert.ok(await page.locator('.network__node--dim').count() > 0, 'the others are dimmed');
  await screenshot(page, 'network-hover');
  await page.mouse.move(5, 5);
  await page.waitForFunction(() => !document.querySelector('.event-row--highlighted'));
  assertClean(problems);
  await context.close();
});

test('the keyboard reaches nodes, which announce their counts, and the table\'s partners', async () => {
  const { page, context, problems } = await openApp(env.browser, env.server, '?view=network');
  await settled(page);
  const cas = node(page, 'cas');
  const label = await cas.getAttribute('aria-label');
  const casPartners = new Set(withOrganization('cas').flatMap((e) => e.organizations));
  assert.equal(label, `Chinese Academy of Sciences (China): ${withOrganization('cas').length} events, ${casPartners.size - 1} partners`);
  await cas.focus();
  await page.keyboard.press('Enter');
  await waitForParam(page, 'org', 'cas');
  await page.keyboard.press('Enter');
  await waitForParam(page, 'org', null);

  await page.getByText('The network as a table').click();
  const table = page.locator('.network-table table');
  await table.waitFor();
  const academy = dataset.organizations.find((o) => o.id === 'cas');
  const row = table.getByRole('row').filter({ has: page.getByRole('rowheader', { name: `${academy.name.en} (${academy.abbr})`, exact: true }) });
  await row.getByRole('button', { name: /^CNRS \(\d+\)$/ }).focus();
  await page.keyboard.press('Enter');
  await page.getByRole('dialog', { name: /^CAS and CNRS: \d+ shared events$/ }).waitFor();
  // Sorting by name puts the rows in alphabetical order.
  await table.getByRole('button', { name: 'Sort by Name' }).click();
  const names = await table.locator('tbody th').allInnerTexts();
  assert.deepEqual(names, [...names].sort((a, b) => a.toLowerCase().localeCompare(b.toLowerCase())));
  assertClean(problems);
  await context.close();
});

test('the network view and its table have no serious accessibility violations', async () => {
  const { page, context } = await openApp(env.browser, env.server, '?view=network', { bypassCSP: true });
  await settled(page);
  await page.getByText('The network as a table').click();
  await page.locator('.network-table table tbody tr').first().waitFor();
  assert.deepEqual(await seriousAccessibilityViolations(page), []);
  await context.close();
});

test('the network exports as GEXF and GraphML that NetworkX reads back', async () => {
  const { page, context, problems } = await openApp(env.browser, env.server, '?view=network&country=FR');
  await settled(page);
  const drawn = await page.locator('.network__node').count();
  const folder = mkdtempSync(join(tmpdir(), 'atlas-network-'));
  for (const name of [/GEXF/, /GraphML/]) {
    const saved = await download(page, page.getByRole('button', { name }));
    const path = join(folder, saved.name);
    writeFileSync(path, saved.bytes);
    const read = JSON.parse(execFileSync('python3', [join(ROOT, 'tests/tools/read_network.py'), path], { encoding: 'utf8' }));
    assert.equal(Object.keys(read.nodes).length, drawn, saved.name);
    assert.ok(read.edges.length > 0);
  }
  assertClean(problems);
  await context.close();
});

test('on a 390 px phone the switch and the network fit', async () => {
  const { page, context, problems } = await openApp(env.browser, env.server, '?view=network', { width: 390, height: 844, touch: true });
  await settled(page);
  assert.equal(await sidewaysOverflow(page), 0);
  const box = await page.locator('.network').boundingBox();
  assert.ok(box.width > 300 && box.height > 200, JSON.stringify(box));
  await page.getByRole('button', { name: 'Map', exact: true }).waitFor();
  await screenshot(page, 'network-phone');
  assertClean(problems);
  await context.close();
});

test('10 000 events: 300 organizations laid out, and a filter change re-laid out', async () => {
  const { page, context, problems } = await openApp(env.browser, env.server, '?data=data%2Fevents-10000.json&view=network', { width: 1440, height: 900 });
  await page.locator('[data-region="network"]').waitFor({ timeout: 30_000 });
  const first = await settled(page);
  assert.ok(await page.locator('.network__node').count() > 200);
  await screenshot(page, 'network-10000');
  const layouts = Number(await page.locator('.network').getAttribute('data-layout'));
  await page.locator('.facet').first().locator('input[type=checkbox]').first().check();
  const change = await settled(page, layouts);
  const computing = await page.locator('.network').getAttribute('data-layout-ms');
  console.log(`network at 10 000 events: first layout ${first} ms, after a filter change ${change} ms (${computing} ms computing the layout)`);
  assertClean(problems);
  await context.close();
});
