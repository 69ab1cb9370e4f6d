// The pages the build writes for shared links (events/<id>/ and the main page's list): what
// a link previewer reads, what a reader without JavaScript sees, and the atlas that starts on
// them, at the root and under a sub-path. Old `?event=` links keep working.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { assertClean, bundledDataset, DIST, openApp, openPage, screenshot, SCREENSHOTS, seriousAccessibilityViolations, serverAndBrowser, startStaticServer, waitForApp } from './harness.mjs';

const dataset = bundledDataset();
const events = dataset.events;
const byId = new Map(events.map((e) => [e.id, e]));
const visit = byId.get('c-mrs-delegation-strasbourg-2024');
const forum = byId.get('china-russia-engineering-forum-2021');
const oneLine = (text) => text.split(/\s+/).filter(Boolean).join(' ');
const page = (id) => `events/${id}/`;

const env = serverAndBrowser();

/** What the page's head and article say, read by the browser's own HTML parser. */
function readPage() {
  const meta = (key) => document.querySelector(`meta[property="${key}"], meta[name="${key}"]`)?.content;
  const keys = ['description', 'og:title', 'og:description', 'og:type', 'og:url', 'og:image', 'og:image:width', 'og:image:height', 'og:image:alt', 'twitter:card', 'twitter:image'];
  const image = document.querySelector('.prerendered__card');
  return {
    title: document.title,
    meta: Object.fromEntries(keys.map((k) => [k, meta(k)])),
    ld: JSON.parse(document.querySelector('script[type="application/ld+json"]').textContent),
    heading: document.querySelector('h1')?.textContent,
    time: document.querySelector('.panel__facts time')?.getAttribute('datetime'),
    facts: document.querySelector('.panel__facts')?.innerText,
    image: image && { width: image.naturalWidth, height: image.naturalHeight, shown: image.getBoundingClientRect().width > 0 },
    csp: document.querySelector('meta[http-equiv="Content-Security-Policy"]').content,
    inlineScripts: document.querySelectorAll('script:not([src])').length,
  };
}

test('every event page reads as a complete article without JavaScript, with its preview tags and card', async () => {
  const { page: tab, context, problems } = await openPage(env.browser, env.server, { width: 1280, height: 900, javaScriptEnabled: false });
  for (const event of events) {
    const raw = await (await fetch(env.server.url(page(event.id)))).text();
    for (const tag of ['og:title', 'og:image', 'twitter:card', 'application/ld+json']) {
      const at = raw.indexOf(tag);
      assert.ok(at > 0 && at < 32 * 1024, `${event.id}: ${tag} within the first 32 KB (at ${at})`);
    }
    await tab.goto(env.server.url(page(event.id)));
    await tab.locator('.prerendered__card').evaluate((img) => img.decode());
    const seen = await tab.evaluate(readPage);
    const title = oneLine(event.title.en);
    assert.equal(seen.title, `${title} – Cooperation Atlas`);
    assert.equal(seen.heading, event.title.en);
    assert.equal(seen.meta['og:title'], title);
    assert.equal(seen.meta['og:type'], 'article');
    assert.equal(seen.meta['twitter:card'], 'summary_large_image');
    assert.ok(seen.meta.description.length <= 200 && seen.meta.description.length > 40, event.id);
    assert.equal(new URL(seen.meta['og:url'], tab.url()).pathname, `/${page(event.id)}`);
    assert.equal(new URL(seen.meta['og:image'], tab.url()).pathname, `/${page(event.id)}card.png`);
    assert.deepEqual([seen.meta['og:image:width'], seen.meta['og:image:height']], ['1200', '630']);
    assert.ok(seen.meta['og:image:alt'].startsWith(title));
    // The card leads the article, drawn at its size, and is small enough for previewers.
    assert.deepEqual(seen.image, { width: 1200, height: 630, shown: true });
    assert.ok(statSync(join(DIST, page(event.id), 'card.png')).size <= 120 * 1024, `${event.id}: card within 120 KB`);
    // JSON-LD: a schema.org Event with its date at the dataset's precision.
    assert.equal(seen.ld['@type'], 'Event');
    assert.equal(seen.ld.name, title);
    assert.equal(seen.ld.startDate, event.start);
    assert.equal(seen.time, event.start);
    if (event.mode === 'online') assert.equal(seen.ld.location['@type'], 'VirtualLocation');
    else if (event.venue) assert.ok(JSON.stringify(seen.ld.location).includes(event.venue.city), event.id);
    // The CSP holds a hash for each inline script: the loader and the JSON-LD.
    assert.equal(seen.csp.match(/'sha256-/g).length, seen.inlineScripts + 1, `${event.id}: one hash per inline script and the stylesheet`);
  }
  // Five of them, looked at: English and Chinese titles, online, known to the month only.
  for (const event of [visit, forum, byId.get('cas-cnrs-strategic-dialogue-2024'), byId.get('e-mrs-40th-anniversary-2023'), byId.get('roadshow-yingtan-2021')]) {
    await tab.goto(env.server.url(page(event.id)));
    await tab.locator('.prerendered__card').evaluate((img) => img.decode());
    await screenshot(tab, `event-page-no-script-${event.id}`);
  }
  const month = byId.get('e-mrs-40th-anniversary-2023');
  await tab.goto(env.server.url(page(month.id)));
  assert.match(await tab.locator('.panel__facts').innerText(), /May 2023 \(known to the month\)/);
  // Earlier and Later are links to the neighbouring events' pages, named by their titles.
  const later = tab.locator('a[rel="next"]');
  const next = byId.get((await later.getAttribute('href')).split('/')[3]);
  assert.equal(await later.getAttribute('aria-label'), `Later event: ${next.title.en}`);
  assert.ok(next.start >= month.start, `${next.id} is not earlier than ${month.id}`);
  await later.click();
  await tab.locator('h1').getByText(next.title.en, { exact: true }).waitFor();
  assertClean(problems);
  await context.close();
});

test('the main page lists every event as a link to its page, readable without JavaScript', async () => {
  const { page: tab, context, problems } = await openPage(env.browser, env.server, { width: 390, height: 844, javaScriptEnabled: false });
  await tab.goto(env.server.url(''));
  const links = await tab.locator('.prerendered__events a').evaluateAll((as) => as.map((a) => [a.getAttribute('href'), a.textContent]));
  assert.equal(links.length, events.length);
  assert.deepEqual(new Set(links.map(([href]) => href)), new Set(events.map((e) => page(e.id))));
  for (const [href, text] of links) assert.ok(text.startsWith(byId.get(href.split('/')[1]).title.en), href);
  // Newest first, as the app's list starts.
  const starts = links.map(([href]) => byId.get(href.split('/')[1]).start);
  assert.deepEqual(starts, [...starts].sort().reverse());
  const seen = await tab.evaluate(() => ({
    type: document.querySelector('meta[property="og:type"]').content,
    image: document.querySelector('meta[property="og:image"]').content,
  }));
  assert.deepEqual(seen, { type: 'website', image: 'card.png' });
  await screenshot(tab, 'main-page-no-script-phone');
  // On a wide screen too, the list is one long readable column, not cut to the app's layout.
  await tab.setViewportSize({ width: 1280, height: 720 });
  const section = await tab.locator('.prerendered__list').evaluate((s) => ({ shown: s.clientHeight, content: s.scrollHeight }));
  assert.ok(section.shown >= section.content, `the list is not cut: ${JSON.stringify(section)}`);
  await tab.screenshot({ path: join(SCREENSHOTS, 'main-page-no-script-1280.png') });
  await tab.locator('.prerendered__events a').first().click();
  await tab.locator('h1').getByText(links[0][1].split(' ')[0]).first().waitFor();
  assert.equal(new URL(tab.url()).pathname, `/${links[0][0]}`);
  assertClean(problems);
  await context.close();
});

test('before the app starts, the event page shows the title and dates where the panel will put them', async () => {
  for (const [width, height, touch] of [[1280, 720, false], [390, 844, true]]) {
    const before = await openPage(env.browser, env.server, { width, height, touch });
    // No wasm: what shows while it downloads.
    await before.page.route('**/*.wasm', (route) => route.abort());
    await before.page.goto(env.server.url(page(visit.id)));
    const title = before.page.locator('#event-title');
    await title.getByText(visit.title.en).waitFor();
    await before.page.getByText('26–31 May 2024').waitFor();
    assert.ok(!(await before.page.locator('.prerendered__card').isVisible()), 'the card shows only without JavaScript');
    const early = await title.boundingBox();
    await screenshot(before.page, `event-page-before-app-${width}`);
    await before.context.close();
    // The written page passes axe as the app does (axe is injected, so the CSP is bypassed).
    const audit = await openPage(env.browser, env.server, { width, height, touch, bypassCSP: true });
    await audit.page.route('**/*.wasm', (route) => route.abort());
    await audit.page.goto(env.server.url(page(visit.id)));
    await audit.page.locator('#event-title').waitFor();
    assert.deepEqual(await seriousAccessibilityViolations(audit.page), [], `axe on the written page at ${width} px`);
    await audit.context.close();

    const { page: tab, context, problems } = await openApp(env.browser, env.server, page(visit.id), { width, height, touch });
    const panel = tab.locator('#panel-event-title');
    await panel.getByText(visit.title.en).waitFor();
    const late = await panel.boundingBox();
    assert.ok(Math.abs(late.x - early.x) <= 2 && Math.abs(late.y - early.y) <= 3 && Math.abs(late.width - early.width) <= 2,
      `the title stays in place at ${width} px: ${JSON.stringify(early)} then ${JSON.stringify(late)}`);
    assert.equal(await tab.locator('#prerendered').count(), 0, 'the app removed the prerendered page');
    await screenshot(tab, `event-page-app-${width}`);
    assertClean(problems);
    await context.close();
  }
});

for (const subPath of [undefined, 'atlas']) {
  const where = subPath ? `under /${subPath}/` : 'at the root';
  test(`every event page opens the atlas on its event ${where}`, async () => {
    const server = subPath ? await startStaticServer({ subPath }) : env.server;
    const base = subPath ? `/${subPath}/` : '/';
    const { page: tab, context, problems } = await openPage(env.browser, server, { width: 1280, height: 800 });
    for (const event of subPath ? events.slice(0, 6) : events) {
      await tab.goto(server.url(page(event.id)));
      await waitForApp(tab);
      await tab.locator('#panel-event-title').getByText(event.title.en, { exact: true }).waitFor();
      assert.equal(await tab.title(), `${event.title.en} – Cooperation Atlas`);
      await tab.locator(`.event-row--selected[data-event-id="${event.id}"]`).waitFor();
      assert.equal(new URL(tab.url()).pathname, `${base}${page(event.id)}`, 'the address stays the event page');
    }
    // Another event from the list: the address becomes its page; closing goes to the main page.
    await tab.locator(`.event-row[data-event-id="${forum.id}"] a`).click();
    await tab.locator('#panel-event-title').getByText(forum.title.en).waitFor();
    assert.equal(new URL(tab.url()).pathname, `${base}${page(forum.id)}`);
    await tab.getByRole('button', { name: 'Close' }).click();
    await tab.locator('[data-region="panel"]').waitFor({ state: 'hidden' });
    assert.equal(new URL(tab.url()).pathname, base);
    await tab.goBack();
    await tab.locator('#panel-event-title').getByText(forum.title.en).waitFor();
    assertClean(problems);
    await context.close();
    if (subPath) server.stop();
  });
}

test('Copy link gives the event page, with the filters as its query', async () => {
  const { page: tab, context, problems } = await openApp(env.browser, env.server, `${page(visit.id)}?country=FR&lang=zh-Hans`);
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: env.server.origin });
  await tab.locator('#panel-event-title').getByText(visit.title.zh ?? visit.title.en).waitFor();
  await tab.getByRole('button', { name: '复制链接' }).click();
  const copied = await tab.evaluate(() => navigator.clipboard.readText());
  assert.equal(copied, env.server.url(`${page(visit.id)}?country=FR&lang=zh-Hans`));
  // The link opens the same view for someone else.
  const other = await openApp(env.browser, env.server, '');
  await other.page.goto(copied);
  await other.page.locator('#panel-event-title').waitFor();
  assert.equal(await other.page.locator('#result-count strong').textContent(), await tab.locator('#result-count strong').textContent());
  assertClean(other.problems);
  assertClean(problems);
  await context.close();
});

test('old ?event= links still open their event, and the address becomes its page', async () => {
  for (const [server, base, path] of [[env.server, '/', `?event=${forum.id}&country=RU`], [env.server, '/', `index.html?event=${forum.id}`]]) {
    const { page: tab, context, problems } = await openApp(env.browser, server, path);
    await tab.locator('#panel-event-title').getByText(forum.title.en).waitFor();
    await tab.waitForURL((url) => url.pathname === `${base}${page(forum.id)}`);
    assert.equal(new URL(tab.url()).searchParams.get('event'), null);
    assertClean(problems);
    await context.close();
  }
  const atlas = await startStaticServer({ subPath: 'atlas' });
  const { page: tab, context, problems } = await openApp(env.browser, atlas, `?event=${visit.id}`);
  await tab.locator('#panel-event-title').getByText(visit.title.en).waitFor();
  await tab.waitForURL((url) => url.pathname === `/atlas/${page(visit.id)}`);
  assertClean(problems);
  await context.close();
  atlas.stop();
});

test('a dataset opened with data= has no pages, so its links stay ?event=', async () => {
  const server = await startStaticServer({ files: { 'data/copy.json': { content: JSON.stringify(dataset) } } });
  const { page: tab, context, problems } = await openApp(env.browser, server, `?data=data%2Fcopy.json&event=${forum.id}`);
  await tab.locator('#panel-event-title').getByText(forum.title.en).waitFor();
  const href = await tab.locator(`.event-row[data-event-id="${visit.id}"] a`).getAttribute('href');
  assert.equal(href, `/?data=data%2Fcopy.json&event=${visit.id}`);
  assert.equal(new URL(tab.url()).pathname, '/');
  // A relative data= on an event page is read from the site's folder, not the page's.
  await tab.goto(server.url(`${page(visit.id)}?data=data%2Fcopy.json`));
  await tab.locator('#panel-event-title').getByText(visit.title.en).waitFor();
  assertClean(problems);
  await context.close();
  server.stop();
});
