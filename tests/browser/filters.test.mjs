// Filters, URL state, deep links and the event panel, in a real browser against the release
// build on a plain static server, at the root and under a sub-path.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { assertClean, bundledDataset, launchBrowser, openPage, screenshot, startStaticServer, openApp, waitForParam, sidewaysOverflow, selectedEvent } from './harness.mjs';

const dataset = bundledDataset();
const total = dataset.events.length;
const byId = new Map(dataset.events.map((e) => [e.id, e]));
const visit = byId.get('c-mrs-delegation-strasbourg-2024');
const forum = byId.get('china-russia-engineering-forum-2021');

let root;
let atlas;
let browser;

before(async () => {
  root = await startStaticServer();
  atlas = await startStaticServer({ subPath: 'atlas' });
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  root?.stop();
  atlas?.stop();
});

const panelTitle = (page) => page.locator('#panel-event-title');
const resultCount = (page) => page.locator('#result-count');
const rowIds = (page) => page.locator('.event-row').evaluateAll((rows) => rows.map((r) => r.dataset.eventId));
const query = (page) => new URL(page.url()).searchParams;

const open = (server, path, viewport) => openApp(browser, server, path, viewport);

test('a deep link opens its event with the panel, and names it in the page title', async () => {
  const { page, context, problems } = await open(root, `?event=${visit.id}`);
  await assert.doesNotReject(panelTitle(page).getByText(visit.title.en).waitFor());
  assert.equal(await page.title(), `${visit.title.en} – Cooperation Atlas`);
  await page.locator(`.event-row--selected[data-event-id="${visit.id}"]`).waitFor();
  // Its sub-events are listed and link to their own deep links.
  const children = dataset.events.filter((e) => e.parent === visit.id);
  for (const child of children) {
    const link = page.locator('.panel__event').getByRole('link', { name: child.title.en });
    assert.equal(await link.getAttribute('href'), `/events/${child.id}/`);
  }
  await screenshot(page, 'deep-link-panel');
  assertClean(problems);
  await context.close();
});

test('deep links work from a sub-path on a static host, and Back and Forward step through selections', async () => {
  const { page, context, problems } = await open(atlas, '');
  assert.equal(await page.locator('.event-row').count(), total);

  await page.locator(`.event-row[data-event-id="${forum.id}"] a`).click();
  await panelTitle(page).getByText(forum.title.en).waitFor();
  // A bundled event's address is its own page, under the sub-path.
  assert.equal(new URL(page.url()).pathname, `/atlas/events/${forum.id}/`);
  assert.equal(selectedEvent(page.url()), forum.id);

  await page.locator(`.event-row[data-event-id="${visit.id}"] a`).click();
  await panelTitle(page).getByText(visit.title.en).waitFor();

  await page.goBack();
  await panelTitle(page).getByText(forum.title.en).waitFor();
  await page.goBack();
  // With nothing selected the panel closes and the list has the side column.
  await page.locator('[data-region="panel"]').waitFor({ state: 'hidden' });
  assert.equal(new URL(page.url()).pathname, '/atlas/');
  assert.equal(new URL(page.url()).search, '');
  await page.goForward();
  await panelTitle(page).getByText(forum.title.en).waitFor();

  // The same address in a fresh page (another person's browser) opens the same view.
  const shared = page.url();
  const other = await openPage(browser, atlas);
  await other.page.goto(shared);
  await panelTitle(other.page).getByText(forum.title.en).waitFor();
  assertClean(other.problems);
  await other.context.close();

  // index.html under the sub-path works too.
  await page.goto(atlas.url(`index.html?event=${visit.id}`));
  await panelTitle(page).getByText(visit.title.en).waitFor();
  assertClean(problems);
  await context.close();
});

test('list rows are real links with the deep link, so they open in a new tab', async () => {
  const { page, context, problems } = await open(root, '?country=RU');
  const href = await page.locator(`.event-row[data-event-id="${forum.id}"] a`).getAttribute('href');
  assert.equal(href, `/events/${forum.id}/?country=RU`);
  const [popup] = await Promise.all([
    context.waitForEvent('page'),
    page.locator(`.event-row[data-event-id="${forum.id}"] a`).click({ modifiers: ['Control'] }),
  ]);
  await popup.locator('#panel-event-title').getByText(forum.title.en).waitFor();
  // The original page did not change its selection.
  assert.equal(selectedEvent(page.url()), null);
  assertClean(problems);
  await context.close();
});

test('an unknown event id says "not found" and offers the way back', async () => {
  const { page, context, problems } = await open(root, '?event=no-such-event');
  await page.getByRole('heading', { name: 'Event not found' }).waitFor();
  assert.equal(await page.title(), 'Event not found – Cooperation Atlas');
  assert.equal(await page.locator('.event-row').count(), total, 'the rest keeps working');
  await screenshot(page, 'event-not-found');
  await page.getByRole('button', { name: 'Show all events' }).click();
  // With nothing selected the panel closes and the list has the side column.
  await page.locator('[data-region="panel"]').waitFor({ state: 'hidden' });
  assert.equal(selectedEvent(page.url()), null);
  assertClean(problems);
  await context.close();
});

test('a garbled URL is read as far as it goes, and what was ignored is named', async () => {
  const garbled = '?mode=teleport,online&q=%E9%AD&zzz=1&from=2024-13&country=XX,RU&org=nobody&event=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E';
  const { page, context, problems } = await open(root, garbled);
  const notice = page.locator('.url-notice');
  await notice.waitFor();
  for (const part of ['mode="teleport"', 'q=', 'zzz=', 'from=', 'country="XX"', 'org="nobody"']) {
    assert.ok((await notice.innerText()).includes(part), `notice mentions ${part}`);
  }
  // What could be read is applied: Russia and online.
  await assert.doesNotReject(resultCount(page).getByText(/^1 of/).waitFor());
  assert.deepEqual(await rowIds(page), [forum.id]);
  // An id full of markup is shown as text, never as HTML.
  await page.getByRole('heading', { name: 'Event not found' }).waitFor();
  assert.equal(await page.locator('.event-not-found img').count(), 0);
  assert.ok((await page.locator('.event-not-found code').innerText()).includes('<img'));
  // The address was rewritten to its canonical form.
  assert.equal(new URL(page.url()).search, '?event=%3Cimg%20src%3Dx%20onerror%3Dalert%281%29%3E&country=RU&mode=online');
  await screenshot(page, 'garbled-url');
  await page.getByRole('button', { name: 'Dismiss' }).click();
  await notice.waitFor({ state: 'detached' });
  assertClean(problems);
  await context.close();
});

test('facets combine, counts update live, empty values are disabled, chips remove filters', async () => {
  const { page, context, problems } = await open(root);
  await resultCount(page).getByText(`${total} of ${total} events`).waitFor();

  await page.getByRole('checkbox', { name: /^Russia \d/ }).check();
  const russian = dataset.events.filter((e) => e.countries.includes('RU') || e.venue?.country === 'RU');
  await resultCount(page).getByText(`${russian.length} of ${total} events`).waitFor();
  assert.equal(query(page).get('country'), 'RU');
  assert.deepEqual(new Set(await rowIds(page)), new Set(russian.map((e) => e.id)));

  // OR within the facet.
  await page.getByRole('checkbox', { name: /^France \d/ }).check();
  const either = dataset.events.filter((e) => ['RU', 'FR'].some((c) => e.countries.includes(c) || e.venue?.country === c));
  await resultCount(page).getByText(`${either.length} of ${total} events`).waitFor();
  assert.equal(query(page).get('country'), 'FR,RU');

  // AND across facets; the mode counts reflect the country filter.
  const online = page.getByRole('checkbox', { name: /^Online/ });
  // textContent, not innerText: rows of a long facet list out of sight are not rendered.
  assert.match((await online.locator('xpath=..').textContent()).trim(), new RegExp(`${either.filter((e) => e.mode === 'online').length}$`));
  await online.check();
  await resultCount(page).getByText(`1 of ${total} events`).waitFor();

  // A topic no remaining event has is disabled, not hidden.
  const awards = page.getByRole('checkbox', { name: /^Awards and honours/ });
  assert.ok(await awards.isDisabled());
  await screenshot(page, 'filters-active');

  await page.getByRole('button', { name: /^Remove filter Mode\s*Online/ }).click();
  await resultCount(page).getByText(`${either.length} of ${total} events`).waitFor();
  await page.getByRole('button', { name: 'Clear all filters' }).first().click();
  await resultCount(page).getByText(`${total} of ${total} events`).waitFor();
  assert.equal(new URL(page.url()).search, '');
  assertClean(problems);
  await context.close();
});

test('search matches both scripts and makes one history entry per typing burst', async () => {
  const { page, context, problems } = await open(root);
  const before = await page.evaluate(() => history.length);
  await page.getByLabel('Search events').pressSequentially('魏炳波');
  await waitForParam(page, 'q', '魏炳波');
  const wei = await rowIds(page);
  assert.ok(wei.includes(visit.id) && wei.length >= 4, `found ${wei}`);
  assert.equal(await page.evaluate(() => history.length), before + 1);

  await page.getByLabel('Search events').fill('Strasbourg');
  await waitForParam(page, 'q', 'Strasbourg');
  assert.ok((await rowIds(page)).includes('iamrs-founding-consultation-2024'));
  await page.getByLabel('Search events').fill('ＣＮＲＳ');
  await resultCount(page).getByText(/^[1-9]\d* of/).waitFor();
  assert.ok((await rowIds(page)).includes('cas-cnrs-strategic-dialogue-2024'));
  await screenshot(page, 'search');

  // Back leaves the search in one step.
  await page.goBack();
  await resultCount(page).getByText(`${total} of ${total} events`).waitFor();
  assert.equal(await page.getByLabel('Search events').inputValue(), '');
  assertClean(problems);
  await context.close();
});

test('the organization list has its own search box, and the date window filters', async () => {
  const { page, context, problems } = await open(root);
  await page.getByLabel('Find organization').fill('cnrs');
  const visible = page.locator('.facet__option:not([hidden])').filter({ has: page.getByRole('checkbox', { name: /CNRS/ }) });
  await visible.first().waitFor();
  assert.equal(await page.getByRole('checkbox', { name: /Seoul National University/ }).isVisible(), false);

  // A typed date applies on Enter (or on leaving the field).
  await page.getByLabel('From', { exact: true }).fill('2024-05');
  await page.getByLabel('From', { exact: true }).press('Enter');
  await page.getByLabel('To', { exact: true }).fill('2024-05');
  await page.getByLabel('To', { exact: true }).press('Tab');
  await waitForParam(page, 'to', '2024-05');
  const may = await rowIds(page);
  assert.ok(may.includes(visit.id));
  assert.ok(!may.includes('cas-cnrs-strategic-dialogue-2024'), 'June 2024 is outside the window');
  assert.equal(query(page).get('from'), '2024-05');
  assertClean(problems);
  await context.close();
});

test('keyboard alone: toggle a filter, open an event, copy its link', async () => {
  const { page, context, problems } = await open(root);
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: root.origin });
  const russia = page.getByRole('checkbox', { name: /^Russia \d/ });
  await russia.focus();
  await page.keyboard.press('Space');
  await waitForParam(page, 'country', 'RU');
  assert.ok(await russia.evaluate((e) => e === document.activeElement), 'focus stays on the checkbox');

  await page.locator(`.event-row[data-event-id="${forum.id}"] a`).focus();
  await page.keyboard.press('Enter');
  await panelTitle(page).getByText(forum.title.en).waitFor();
  await page.waitForFunction(() => document.activeElement?.id === 'panel-event-title');

  await page.getByRole('button', { name: 'Copy link' }).focus();
  await page.keyboard.press('Enter');
  await page.getByText('Link copied to the clipboard.').waitFor();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  assert.equal(copied, page.url());
  assert.equal(selectedEvent(copied), forum.id);
  await screenshot(page, 'keyboard-copy-link');

  await page.keyboard.press('Escape');
  // With nothing selected the panel closes and the list has the side column.
  await page.locator('[data-region="panel"]').waitFor({ state: 'hidden' });
  assertClean(problems);
  await context.close();
});

test('on a phone the filters, list and panel work without sideways scrolling', async () => {
  const { page, context, problems } = await open(root, `?event=${visit.id}&country=FR`, { width: 360, height: 800 });
  await panelTitle(page).getByText(visit.title.en).waitFor();
  const overflow = await sidewaysOverflow(page);
  await screenshot(page, 'phone-panel');
  assert.ok(overflow <= 0, `page scrolls sideways by ${overflow} px`);
  assertClean(problems);
  await context.close();
});

test('panel: topic chips filter on click, and Earlier/Later step through the filtered events in time', async () => {
  const { page, context, problems } = await open(root, `?event=${visit.id}&country=FR`);
  await panelTitle(page).getByText(visit.title.en).waitFor();
  // The French events in date order, as the filter keeps them.
  const french = dataset.events
    .filter((e) => e.countries.includes('FR') || e.venue?.country === 'FR')
    .map((e) => e.id);
  const order = await page.locator('.event-row').evaluateAll((rows) => rows.map((r) => r.dataset.eventId).reverse());
  assert.deepEqual(new Set(order), new Set(french));
  const at = order.indexOf(visit.id);

  await panelTitle(page).focus();
  await page.keyboard.press('ArrowRight');
  await waitForParam(page, 'event', order[at + 1]);
  await page.keyboard.press('ArrowLeft');
  await waitForParam(page, 'event', visit.id);
  await page.getByRole('button', { name: /^Earlier event:/ }).click();
  await waitForParam(page, 'event', order[at - 1]);

  await page.goto(root.url(`?event=${visit.id}`));
  await panelTitle(page).getByText(visit.title.en).waitFor();
  const topic = dataset.topics.find((t) => t.id === visit.topics[0]);
  await page.locator('.panel__tags').getByRole('button', { name: topic.name.en }).click();
  await waitForParam(page, 'topic', topic.id);
  const withTopic = dataset.events.filter((e) => e.topics.includes(topic.id)).length;
  await resultCount(page).getByText(`${withTopic} of ${total} events`).waitFor();
  assert.equal(await page.locator('.panel__tags').getByRole('button', { name: topic.name.en }).getAttribute('aria-pressed'), 'true');
  await screenshot(page, 'panel-topic-chip');
  assertClean(problems);
  await context.close();
});
