// Where people publish a view: the Embed dialog's snippet placed in a page on another origin
// (the same events, chips and map in the frame; "Open in Cooperation Atlas" in a new tab; no
// sideways scroll at 360×640), the pictures (SVG parsed, PNG decoded at twice the drawn size
// with the markers' pixels), and the printout (the PDF's text holds every filtered event).

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  SCREENSHOTS, assertClean, bundledDataset, download, exportEntry, openApp, openPage, screenshot,
  seriousAccessibilityViolations, serverAndBrowser, sidewaysOverflow, startStaticServer,
} from './harness.mjs';

const dataset = bundledDataset();
/**
 * The bundled events three times over with titles of three to four printed lines each, so the
 * printout's list runs over pages and a page break could fall inside a row.
 */
const longRows = {
  ...dataset,
  events: [0, 1, 2].flatMap((copy) => dataset.events.map((e, i) => ({
    ...e,
    id: `${e.id}-${copy}`,
    parent: null,
    title: { en: `Programme ${copy * 100 + i} opens: ${'joint laboratories, exchanges of researchers and shared instruments for materials science, '.repeat(3)}closes ${copy * 100 + i}.` },
  }))),
};
/** Text that would add elements and run script if it were pasted as HTML. */
const MARKUP = '"><img src=x onerror="window.pwned=1"><script>window.pwned=2</script>';
/** The bundled events, one of them titled with that text. */
const withMarkup = { ...dataset, events: dataset.events.map((e, i) => (i === 0 ? { ...e, title: { en: `Meeting ${MARKUP}` } } : e)) };
const env = serverAndBrowser({
  files: {
    'data/long-rows.json': { content: JSON.stringify(longRows) },
    'data/markup.json': { content: JSON.stringify(withMarkup) },
  },
});

/** The year an event's date starts or ends in. */
const year = (date) => Number(date.slice(0, 4));
/** Events held in or joined by `code` that overlap the year `y` (what `country=…&from=y&to=y` keeps). */
const inCountryAndYear = (code, y) => dataset.events.filter((e) =>
  (e.countries.includes(code) || e.venue?.country === code) && year(e.start) <= y && year(e.end ?? e.start) >= y);
/** The year with the most French events, so the view is worth embedding. */
const frenchYear = [...new Set(dataset.events.map((e) => year(e.start)))]
  .map((y) => [y, inCountryAndYear('FR', y).length])
  .sort((a, b) => b[1] - a[1])[0][0];
const french = inCountryAndYear('FR', frenchYear);
const VIEW = `?country=FR&from=${frenchYear}&to=${frenchYear}`;

/** A page on the embedding site holding `snippet`. */
const hostPage = (snippet) => `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Our partnerships</title></head>
<body style="margin:0;font-family:sans-serif"><h1>Our partnerships in France</h1>${snippet}<p>Text after the frame.</p></body></html>`;

/** Saves bytes under target/screenshots (pictures and PDFs to look at). */
function keep(name, bytes) {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const path = join(SCREENSHOTS, name);
  writeFileSync(path, bytes);
  return path;
}

test('the Embed dialog writes a snippet that shows the same view in a page on another origin', async () => {
  const { page, context, problems } = await openApp(env.browser, env.server, VIEW, { width: 1280, height: 720 });
  const label = `Export ${french.length} events`;
  await (await exportEntry(page, label, 'Embed…')).click();
  const dialog = page.getByRole('dialog', { name: 'Embed this view in your page' });
  await dialog.waitFor();
  // A modal dialog: the focus is inside, Tab keeps it there.
  for (let i = 0; i < 8; i++) {
    assert.ok(await dialog.evaluate((d) => d.contains(document.activeElement)), `focus inside after ${i} Tabs`);
    await page.keyboard.press('Tab');
  }
  const code = dialog.locator('[data-embed-code]');
  await page.waitForFunction(() => document.querySelector('[data-embed-code]')?.value.startsWith('<iframe'));
  const snippet = await code.inputValue();
  const src = /src="([^"]+)"/.exec(snippet)[1].replaceAll('&amp;', '&');
  const address = new URL(src);
  assert.equal(address.origin, env.server.origin);
  assert.deepEqual(Object.fromEntries(address.searchParams), { country: 'FR', from: String(frenchYear), to: String(frenchYear), embed: '1', lang: 'en' });
  assert.match(snippet, /width="600" height="400"/);
  assert.match(snippet, new RegExp(`title="France · ${frenchYear} · ${french.length} events – Cooperation Atlas"`));
  // The preview is a frame of the same address; another size changes the snippet.
  assert.equal(await dialog.locator('iframe').getAttribute('src'), src);
  await dialog.frameLocator('iframe').locator('.atlas--embed .map__marker').first().waitFor();
  await dialog.getByRole('radio', { name: '800 × 600' }).check();
  await page.waitForFunction(() => document.querySelector('[data-embed-code]').value.includes('width="800" height="600"'));
  await dialog.getByRole('radio', { name: 'Full width × 500' }).check();
  await page.waitForFunction(() => document.querySelector('[data-embed-code]').value.includes('width="100%" height="500"'));
  await screenshot(page, 'publish-embed-dialog');
  // Escape closes it and the focus goes back to the menu's button.
  await page.keyboard.press('Escape');
  await dialog.waitFor({ state: 'hidden' });
  await page.waitForFunction(() => document.activeElement?.id === 'export-menu-button');
  assertClean(problems);
  await context.close();

  // The embedding site: another origin, holding the 600 × 400 snippet.
  const host = await startStaticServer({ files: { 'partners.html': { content: hostPage(snippet) } } });
  try {
    assert.notEqual(host.origin, env.server.origin);
    const visit = await openPage(env.browser, host, { width: 1000, height: 800, origins: [env.server.origin] });
    await visit.page.goto(host.url('partners.html'));
    const frame = visit.page.frameLocator('iframe');
    const bar = frame.locator('.embed-bar');
    await bar.waitFor();
    // The same events: the count in the title bar, one list row each, and the chips.
    await bar.getByText(`France · ${frenchYear} · ${french.length} events`).waitFor();
    await frame.locator('.map__marker').first().waitFor();
    assert.ok(await frame.locator('.map__country').count() > 100, 'the base map is drawn');
    await frame.getByRole('button', { name: 'Filters (3)' }).click();
    const chips = frame.locator('.active-filters__chips .chip');
    assert.deepEqual(await chips.allInnerTexts().then((t) => t.map((x) => x.replace(/\s+/g, ' ').trim())),
      ['Remove filter Country France ×', `Remove filter From ${frenchYear} ×`, `Remove filter To ${frenchYear} ×`]);
    await visit.page.screenshot({ path: join(SCREENSHOTS, 'publish-embed-600x400-filters.png') });
    await frame.getByRole('button', { name: `Show ${french.length} events` }).click();
    await frame.getByRole('button', { name: `Events (${french.length})` }).click();
    const rows = frame.locator('.embed__list .event-row');
    await rows.first().waitFor();
    assert.deepEqual(new Set(await rows.evaluateAll((r) => r.map((row) => row.dataset.eventId))), new Set(french.map((e) => e.id)));
    await frame.getByRole('button', { name: 'Close' }).first().click();
    await visit.page.screenshot({ path: join(SCREENSHOTS, 'publish-embed-600x400.png') });
    // At 600 × 400: no sideways scroll, map and timeline inside the frame, titles on the strip,
    // and the atlas's own policy in force inside the frame.
    const inner400 = await (await visit.page.waitForSelector('iframe')).contentFrame();
    assert.ok(await sidewaysOverflow(inner400) <= 0, 'no sideways scroll at 600×400');
    const fit400 = await inner400.evaluate(() => ({
      timeline: document.querySelector('.region--timeline').getBoundingClientRect().bottom,
      height: innerHeight,
      titles: [...document.querySelectorAll('.timeline__svg text')].filter((t) => /[a-z]{4}/.test(t.textContent)).length,
      policy: document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.content ?? '',
    }));
    assert.ok(fit400.timeline <= fit400.height + 1, `the timeline fits the frame: ${JSON.stringify(fit400)}`);
    assert.ok(fit400.titles >= 3, `event titles are readable on the strip: ${fit400.titles}`);
    assert.match(fit400.policy, /default-src 'self'/);
    assert.match(fit400.policy, /connect-src 'self'/);

    // "Open in Cooperation Atlas" opens the full view, without `embed`, in a new tab.
    // In a frame this narrow the link says "Open ↗"; its name still says it opens a new tab.
    const open = frame.locator('[data-open-atlas]');
    assert.match(await open.innerText(), /^Open\b/);
    assert.equal(await open.getAttribute('target'), '_blank');
    assert.equal(await open.getAttribute('rel'), 'noopener');
    const [tab] = await Promise.all([visit.context.waitForEvent('page'), open.click()]);
    await tab.locator('.atlas').first().waitFor();
    const opened = new URL(tab.url());
    assert.equal(opened.origin, env.server.origin);
    assert.deepEqual(Object.fromEntries(opened.searchParams), { country: 'FR', from: String(frenchYear), to: String(frenchYear), lang: 'en' });
    assert.equal(await tab.locator('.atlas--embed').count(), 0, 'the full atlas, not the frame');
    await tab.close();
    assert.equal(new URL(visit.page.url()).origin, host.origin, 'the host page stayed');
    assertClean(visit.problems);
    await visit.context.close();

    // The frame at a phone's 360 × 640: the map, the timeline and the title bar, no sideways scroll.
    const phone = await openPage(env.browser, host, { width: 420, height: 900, origins: [env.server.origin] });
    const small = snippet.replace('width="600" height="400"', 'width="360" height="640"');
    await phone.page.setContent(hostPage(small));
    const frameHandle = await phone.page.waitForSelector('iframe');
    const inner = await frameHandle.contentFrame();
    await inner.waitForSelector('.map__marker');
    await inner.waitForSelector('.timeline__svg');
    assert.ok(await sidewaysOverflow(inner) <= 0, 'no sideways scroll at 360×640');
    const box = await inner.evaluate(() => {
      const r = (s) => document.querySelector(s).getBoundingClientRect();
      return { map: r('.region--map').bottom, timeline: r('.region--timeline').bottom, height: innerHeight };
    });
    assert.ok(box.timeline <= box.height + 1, `the timeline fits the frame: ${JSON.stringify(box)}`);
    await phone.page.screenshot({ path: join(SCREENSHOTS, 'publish-embed-360x640.png') });
    assertClean(phone.problems);
    await phone.context.close();
  } finally {
    host.stop();
  }
});

test('a snippet of a view whose words hold markup adds one frame to the page and runs nothing', async () => {
  // A search for the title's markup: the view's words, so the frame's title, hold it.
  const nasty = MARKUP;
  const { page, context, problems } = await openApp(env.browser, env.server, `?data=data%2Fmarkup.json&q=${encodeURIComponent(nasty)}`, { width: 1280, height: 720 });
  await (await exportEntry(page, 'Export 1 event', 'Embed…')).click();
  await page.waitForFunction(() => document.querySelector('[data-embed-code]')?.value.startsWith('<iframe'));
  const snippet = await page.locator('[data-embed-code]').inputValue();
  assert.match(snippet, /^<iframe [^<>]*><\/iframe>$/, 'one element, every < and > of the text escaped');
  await context.close();
  assertClean(problems);

  const host = await startStaticServer({ files: { 'partners.html': { content: hostPage(snippet) } } });
  try {
    const visit = await openPage(env.browser, host, { width: 1000, height: 800, origins: [env.server.origin] });
    await visit.page.goto(host.url('partners.html'));
    const frame = visit.page.frameLocator('iframe');
    await frame.locator('.embed-bar').waitFor();
    const placed = await visit.page.evaluate(() => ({
      elements: [...document.body.querySelectorAll('*')].map((e) => e.localName),
      pwned: window.pwned ?? null,
      title: document.querySelector('iframe').title,
    }));
    assert.deepEqual(placed.elements, ['h1', 'iframe', 'p']);
    assert.equal(placed.pwned, null);
    assert.ok(placed.title.includes(nasty), `the frame's title holds the text as text: ${placed.title}`);
    // Inside the frame the words are text too.
    assert.ok((await frame.locator('.embed-bar__title').innerText()).includes(nasty));
    await frame.getByRole('button', { name: 'Events (1)' }).click();
    assert.ok((await frame.locator('.embed__list .event-row').innerText()).includes(`Meeting ${nasty}`), 'the title as text in the list');
    assert.deepEqual(await frame.locator('body').evaluate(() => ({
      images: document.querySelectorAll('img[src="x"]').length,
      scripts: [...document.scripts].filter((script) => script.text.includes('pwned')).length,
      pwned: window.pwned ?? null,
    })), { images: 0, scripts: 0, pwned: null });
    assertClean(visit.problems);
    await visit.context.close();
  } finally {
    host.stop();
  }
});

/**
 * Saves the picture of `region` as `format` from its toolbar's "Save picture" menu; returns
 * the file.
 */
async function savePicture(page, region, format, menuLabel = 'Save picture') {
  const menu = page.locator(`[data-picture="${region}"]`);
  await menu.getByRole('button', { name: menuLabel }).click();
  return download(page, menu.getByRole('menuitem', { name: new RegExp(format) }));
}

/**
 * Reads a picture's SVG in the page: whether it parses, its size, its title line, the places
 * of its markers, and where the drawing sits in it.
 */
async function readSvg(page, text) {
  return page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    const root = doc.documentElement;
    const drawing = doc.querySelector('.picture__drawing');
    const [, x, y] = /translate\(([-\d.]+) ([-\d.]+)\)/.exec(drawing?.getAttribute('transform') ?? 'translate(0 0)');
    return {
      error: doc.querySelector('parsererror')?.textContent ?? null,
      width: Number(root.getAttribute('width')),
      height: Number(root.getAttribute('height')),
      title: [...doc.querySelectorAll('.picture__title')].map((t) => t.textContent).join(' '),
      places: [...doc.querySelectorAll('[data-places]')].map((m) => m.getAttribute('data-places')).sort(),
      credits: [...doc.querySelectorAll('.picture__credit, .picture__attribution, .picture__dates')].map((t) => t.textContent).join(' '),
      offset: [Number(x), Number(y)],
    };
  }, text);
}

/**
 * Where the picture's title line is, in the picture's units: the SVG placed in the page (its
 * text set in the page's fonts) and its title measured.
 */
async function titleBox(page, text) {
  return page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    const svg = document.importNode(doc.documentElement, true);
    svg.style.cssText = 'position:absolute;left:0;top:0;visibility:hidden';
    document.body.append(svg);
    const box = svg.querySelector('.picture__title').getBBox();
    svg.remove();
    return { x: box.x, y: box.y, width: box.width, height: box.height };
  }, text);
}

/**
 * The dark pixels of a PNG inside `box` (picture units, the PNG at twice their size): how many,
 * and from where to where across.
 */
async function inkIn(page, bytes, box) {
  return page.evaluate(async ({ base64, box }) => {
    const data = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
    const bitmap = await createImageBitmap(new Blob([data], { type: 'image/png' }));
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    const context = canvas.getContext('2d');
    context.drawImage(bitmap, 0, 0);
    const [x, y, w, h] = [box.x - 4, box.y - 4, box.width + 8, box.height + 8].map((v) => Math.round(2 * v));
    const { data: pixels } = context.getImageData(x, y, w, h);
    let dark = 0, left = Infinity, right = -Infinity;
    for (let i = 0; i < pixels.length; i += 4) {
      if (pixels[i] + pixels[i + 1] + pixels[i + 2] < 3 * 110) {
        dark++;
        const column = (i / 4) % w;
        left = Math.min(left, column);
        right = Math.max(right, column);
      }
    }
    return { dark, width: (right - left + 1) / 2 };
  }, { base64: bytes.toString('base64'), box });
}

/** A PNG decoded in the page: its size and the colour of the pixels at `points`. */
async function readPng(page, bytes, points) {
  return page.evaluate(async ({ base64, points }) => {
    const data = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
    const bitmap = await createImageBitmap(new Blob([data], { type: 'image/png' }));
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    const context = canvas.getContext('2d');
    context.drawImage(bitmap, 0, 0);
    const pixels = points.map(([x, y]) => [...context.getImageData(Math.round(x), Math.round(y), 1, 1).data]);
    return { width: bitmap.width, height: bitmap.height, pixels };
  }, { base64: bytes.toString('base64'), points });
}

test('the map, the timeline and the network save as SVG and as a PNG at twice the size, in English and Chinese', async () => {
  for (const [lang, words] of [['en', `France · ${frenchYear} · ${french.length} events`], ['zh-Hans', `法国 · ${frenchYear}年 · ${french.length} 个活动`]]) {
    const { page, context, problems } = await openApp(env.browser, env.server, `${VIEW}&lang=${lang}`, { width: 1280, height: 720 });
    const menuLabel = lang === 'en' ? 'Save picture' : '保存图片';
    await page.locator('.map__marker').first().waitFor();
    const shown = (await page.locator('.map__marker').evaluateAll((m) => m.map((g) => g.dataset.places))).sort();

    const svgFile = await savePicture(page, 'map', 'SVG', menuLabel);
    assert.equal(svgFile.name, 'cooperation-atlas-map.svg');
    keep(`publish-map-${lang}.svg`, svgFile.bytes);
    const svg = await readSvg(page, svgFile.bytes.toString('utf8'));
    assert.equal(svg.error, null, 'the SVG parses as XML');
    assert.equal(svg.title, words);
    assert.deepEqual(svg.places, shown, 'a marker per place shown');
    assert.match(svg.credits, /Natural Earth/);
    assert.match(svg.credits, /country=FR/);

    const pngFile = await savePicture(page, 'map', 'PNG', menuLabel);
    assert.equal(pngFile.name, 'cooperation-atlas-map.png');
    keep(`publish-map-${lang}.png`, pngFile.bytes);
    // Where each marker's disc is in the PNG: its place on screen, moved by the drawing's
    // place in the picture, times two; points inside the disc around its count.
    const mapBox = await page.locator('.map__svg').boundingBox();
    const discs = await page.locator('.map__marker-dot').evaluateAll((dots) => dots.map((d) => {
      const r = d.getBoundingClientRect();
      return { x: r.x + r.width / 2, y: r.y + r.height / 2, r: r.width / 2 };
    }));
    const points = discs.flatMap(({ x, y, r }) => [[-0.7, 0], [0.7, 0], [0, -0.75], [0, 0.75]].map(([dx, dy]) =>
      [2 * (x - mapBox.x + svg.offset[0] + dx * r), 2 * (y - mapBox.y + svg.offset[1] + dy * r)]));
    const png = await readPng(page, pngFile.bytes, points);
    assert.equal(png.width, 2 * svg.width, 'twice the drawn width');
    assert.equal(png.height, 2 * svg.height, 'twice the drawn height');
    // The marker's blue (#0b5cad), not the sea or the land, at the markers' places.
    const blue = png.pixels.filter(([r, , b]) => b - r > 80).length;
    assert.ok(blue >= points.length * 0.75, `${blue} of ${points.length} points are the markers' colour`);
    // The title line is drawn: dark text where the SVG has it, as wide as the page sets it
    // (a line of missing glyphs or no text would not be).
    const title = await titleBox(page, svgFile.bytes.toString('utf8'));
    const ink = await inkIn(page, pngFile.bytes, title);
    assert.ok(ink.dark > title.width * 4, `${lang}: the title's text is in the PNG: ${JSON.stringify({ ink, title })}`);
    assert.ok(Math.abs(ink.width - title.width) < title.width * 0.1, `${lang}: the title is as wide as set: ${JSON.stringify({ ink, title })}`);

    const timeline = await savePicture(page, 'timeline', 'SVG', menuLabel);
    keep(`publish-timeline-${lang}.svg`, timeline.bytes);
    const timelineSvg = await readSvg(page, timeline.bytes.toString('utf8'));
    assert.equal(timelineSvg.error, null);
    assert.equal(timelineSvg.title, words);
    const timelinePng = await savePicture(page, 'timeline', 'PNG', menuLabel);
    keep(`publish-timeline-${lang}.png`, timelinePng.bytes);
    assert.equal((await readPng(page, timelinePng.bytes, [])).width, 2 * timelineSvg.width);
    assertClean(problems);
    await context.close();
  }

  // The network, by its own menu.
  const { page, context, problems } = await openApp(env.browser, env.server, '?view=network', { width: 1280, height: 720 });
  await page.locator('.network__node').first().waitFor();
  const file = await savePicture(page, 'network', 'PNG');
  keep('publish-network-en.png', file.bytes);
  const svgFile = await savePicture(page, 'network', 'SVG');
  keep('publish-network-en.svg', svgFile.bytes);
  const svg = await readSvg(page, svgFile.bytes.toString('utf8'));
  assert.equal(svg.error, null);
  assert.equal((await readPng(page, file.bytes, [])).width, 2 * svg.width);
  assertClean(problems);
  await context.close();
});

/** The text of a PDF, white space made single spaces. */
function pdfText(path) {
  return execFileSync('pdftotext', ['-enc', 'UTF-8', path, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
}

test('printing gives the title line, the map, the timeline and every filtered event, on A4 landscape and Letter', async () => {
  const fr = dataset.events.filter((e) => e.countries.includes('FR') || e.venue?.country === 'FR');
  const { page, context, problems } = await openApp(env.browser, env.server, '?country=FR', { width: 1280, height: 720 });
  await page.locator('.map__marker').first().waitFor();
  for (const [name, options] of [['a4', { format: 'A4', landscape: true }], ['letter', { format: 'Letter', landscape: true }]]) {
    const path = keep(`publish-print-${name}.pdf`, await page.pdf({ ...options, printBackground: true }));
    const text = pdfText(path);
    assert.match(text, new RegExp(`France · \\d{4}–\\d{4} · ${fr.length} events`), 'the title line');
    for (const event of fr) {
      const title = event.title.en.replace(/\s+/g, ' ');
      assert.ok(text.includes(title), `${name}: "${title}" is printed`);
    }
    for (const hidden of ['Save picture', 'Export', 'Fit to events', 'Clear all filters']) {
      assert.ok(!text.includes(hidden), `${name}: no "${hidden}" control is printed`);
    }
    execFileSync('pdftoppm', ['-png', '-r', '60', path, join(SCREENSHOTS, `publish-print-${name}`)]);
  }
  // Rows of several lines on many pages: each row whole on one page (its first and last words
  // on the same page), and the list's header repeated.
  const long = await openApp(env.browser, env.server, '?data=data%2Flong-rows.json', { width: 1280, height: 720 });
  await long.page.locator('.map__marker').first().waitFor();
  for (const [name, options] of [['a4', { format: 'A4', landscape: true }], ['letter', { format: 'Letter', landscape: true }]]) {
    const path = keep(`publish-print-rows-${name}.pdf`, await long.page.pdf({ ...options, printBackground: true }));
    const pages = execFileSync('pdftotext', ['-enc', 'UTF-8', path, '-'], { encoding: 'utf8' })
      .split('\f').map((p) => p.replace(/\s+/g, ' '));
    // The list's pages: those with its header (the timeline on the first page has titles too).
    const listPages = pages.filter((p) => p.includes('When Event Where'));
    assert.ok(listPages.length >= 3, `${name}: the list runs over ${listPages.length} pages, its header on each`);
    assert.equal(listPages.join(' ').match(/Programme \d+ opens/g).length, longRows.events.length, `${name}: every row printed once`);
    for (const event of longRows.events) {
      const n = /Programme (\d+)/.exec(event.title.en)[1];
      const first = listPages.findIndex((p) => p.includes(`Programme ${n} opens`));
      const last = listPages.findIndex((p) => p.includes(`closes ${n}.`));
      assert.ok(first >= 0 && first === last, `${name}: row ${n} on one page (${first}, ${last})`);
    }
    execFileSync('pdftoppm', ['-png', '-r', '50', '-f', '2', '-l', '3', path, join(SCREENSHOTS, `publish-print-rows-${name}`)]);
  }
  assertClean(long.problems);
  await long.context.close();

  // The Export menu's "Print…" renders the printout, then asks the browser to print.
  await page.evaluate(() => { window.print = () => { window.printed = document.querySelectorAll('.print-list tbody tr').length; }; });
  await (await exportEntry(page, `Export ${fr.length} events`, 'Print…')).click();
  await page.waitForFunction((n) => window.printed === n, fr.length);
  assertClean(problems);
  await context.close();
});

test('the embedded atlas, its drawers and the Embed dialog have no serious accessibility problem, in English and Chinese', async () => {
  for (const lang of ['en', 'zh-Hans']) {
    const frame = await openApp(env.browser, env.server, `${VIEW}&embed=1&lang=${lang}`, { width: 600, height: 400, bypassCSP: true });
    await frame.page.locator('.map__marker').first().waitFor();
    assert.deepEqual(await seriousAccessibilityViolations(frame.page), [], `the frame in ${lang}`);
    // The list over the frame, by keyboard: its button, then Escape back to it.
    await frame.page.locator('.embed-bar__events').focus();
    await frame.page.keyboard.press('Enter');
    await frame.page.locator('.embed__list--open .event-row').first().waitFor();
    await screenshot(frame.page, `publish-embed-list-${lang}`);
    assert.deepEqual(await seriousAccessibilityViolations(frame.page), [], `the list in ${lang}`);
    await frame.page.keyboard.press('Escape');
    await frame.page.locator('.embed__list--open').waitFor({ state: 'detached' });
    await frame.page.waitForFunction(() => document.activeElement?.classList.contains('embed-bar__events'));
    // An event opens as a sheet over the frame.
    await frame.page.goto(env.server.url(`events/${french[0].id}/${VIEW}&embed=1&lang=${lang}`));
    await frame.page.locator('#panel-event-title').waitFor();
    await screenshot(frame.page, `publish-embed-event-${lang}`);
    assert.deepEqual(await seriousAccessibilityViolations(frame.page), [], `the event in ${lang}`);
    await frame.context.close();

    const { page, context } = await openApp(env.browser, env.server, `${VIEW}&lang=${lang}`, { width: 1280, height: 720, bypassCSP: true });
    await page.locator('[data-region="panel"]').waitFor({ state: 'attached' });
    await page.locator('#export-menu-button').click();
    await page.locator('[data-entry="embed"]').click();
    await page.locator('.embed-dialog[open] [data-embed-code]').waitFor();
    await screenshot(page, `publish-embed-dialog-${lang}`);
    assert.deepEqual(await seriousAccessibilityViolations(page), [], `the dialog in ${lang}`);
    await context.close();
  }
});
