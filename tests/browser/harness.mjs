// Browser test harness: serves dist/ with a plain static file server, drives Debian's
// headless Chromium through playwright-core, and watches every page for console errors and
// requests that leave the page's own origin. Each check saves a screenshot under
// target/screenshots/ for people to look at.

import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import assert from 'node:assert/strict';
import { before, after, afterEach } from 'node:test';
import { chromium } from 'playwright-core';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
/** The built site: dist/, or the folder `ATLAS_DIST` names (to bench two builds in turn). */
export const DIST = process.env.ATLAS_DIST ?? join(ROOT, 'dist');
export const SCREENSHOTS = join(ROOT, 'target', 'screenshots');

/** The bundled dataset, read from the repository so tests never hard-code its contents. */
export function bundledDataset() {
  return JSON.parse(readFileSync(join(ROOT, 'assets/data/events.json'), 'utf8'));
}

/** Days since 1970-01-01 of a dataset date (YYYY[-MM[-DD]]), at its first day. */
export const dayOf = (text) => {
  const [y, m = 1, d = 1] = text.split('-').map(Number);
  return Date.UTC(y, m - 1, d) / 86_400_000;
};

/** The last day a dataset date (YYYY[-MM[-DD]]) covers, in days since 1970-01-01. */
export const lastDayOf = (text) => {
  const [y, m, d] = text.split('-').map(Number);
  if (d) return dayOf(text);
  if (m) return Date.UTC(y, m, 0) / 86_400_000;
  return Date.UTC(y, 11, 31) / 86_400_000;
};

/** Synthetic datasets written by `tests/atlas test` (`cargo run --bin synthetic`). */
export const SYNTHETIC = join(ROOT, 'target', 'synthetic');

/**
 * Serves dist/ with `python3 -m http.server` on a free loopback port. With `subPath`
 * ('atlas'), the site is served at /atlas/ instead of the root, as on a shared static host.
 * `files` adds files beside the site, never inside dist/: `{ 'data/x.json': { path } }` links
 * a file, `{ 'data/y.json': { content } }` writes one.
 */
export async function startStaticServer({ subPath, files } = {}) {
  assert.ok(existsSync(join(DIST, 'index.html')), 'dist/index.html is missing: build with `trunk build --release` first');
  let directory = DIST;
  if (subPath || files) {
    directory = mkdtempSync(join(tmpdir(), 'atlas-site-'));
    const site = subPath ? join(directory, subPath) : directory;
    mkdirSync(site, { recursive: true });
    // The site's data/ folder gets files added beside its own, so it is a folder of links.
    for (const entry of readdirSync(DIST)) {
      if (entry === 'data' && files) {
        mkdirSync(join(site, entry));
        for (const inner of readdirSync(join(DIST, entry))) symlinkSync(join(DIST, entry, inner), join(site, entry, inner));
      } else {
        symlinkSync(join(DIST, entry), join(site, entry));
      }
    }
    for (const [name, file] of Object.entries(files ?? {})) {
      const target = join(site, name);
      mkdirSync(dirname(target), { recursive: true });
      if (file.path) symlinkSync(file.path, target);
      else writeFileSync(target, file.content);
    }
  }
  const server = spawn('python3', ['-u', '-m', 'http.server', '--bind', '127.0.0.1', '--directory', directory, '0'], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const port = await new Promise((resolvePort, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`static server did not start: ${output}`)), 10_000);
    server.stdout.on('data', (chunk) => {
      output += chunk;
      const match = /port (\d+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolvePort(Number(match[1]));
      }
    });
    server.on('exit', (code) => reject(new Error(`static server exited with ${code}: ${output}`)));
  });
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    url: (path = '') => `${origin}/${subPath ? `${subPath}/` : ''}${path}`,
    stop: () => server.kill(),
  };
}

/** Launches Debian's Chromium headless with the flags this machine's closed network needs. */
export async function launchBrowser() {
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/**
 * Opens a page at the given viewport that records console errors, uncaught exceptions and
 * every request to another origin (which it also blocks, so nothing leaves the machine).
 * `origins` allows more origins than the server's (a page on another site embedding it).
 */
export async function openPage(browser, server, { width = 1280, height = 800, bypassCSP = false, colorScheme = 'light', locale = 'en-GB', touch = false, javaScriptEnabled = true, origins = [] } = {}) {
  const context = await browser.newContext({
    javaScriptEnabled,
    viewport: { width, height },
    bypassCSP,
    colorScheme,
    locale,
    hasTouch: touch,
    isMobile: touch,
    acceptDownloads: true,
  });
  const page = await context.newPage();
  const problems = { consoleErrors: [], foreignRequests: [] };
  page.on('console', (message) => {
    if (message.type() === 'error') problems.consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => problems.consoleErrors.push(`uncaught: ${error.message}`));
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith('data:') || url.startsWith('blob:') || [server.origin, ...origins].includes(new URL(url).origin)) {
      return route.continue();
    }
    problems.foreignRequests.push(url);
    return route.abort();
  });
  return { page, context, problems };
}

/** `openPage`, then goes to `query` on the server and waits for the app to mount. */
export async function openApp(browser, server, query = '', options) {
  const session = await openPage(browser, server, options);
  await session.page.goto(server.url(query));
  await waitForApp(session.page);
  return session;
}

/**
 * The map's land transform: translation (`x`, `y`) and scale (`k`), and the view box's height
 * (`viewHeight`; it is 1000 wide and as tall as the drawn map is in proportion).
 */
export async function mapTransform(page) {
  const t = await page.locator('.map__land').getAttribute('transform');
  const [x, y, k] = /translate\(([-\d.]+) ([-\d.]+)\) scale\(([-\d.]+)\)/.exec(t).slice(1).map(Number);
  const viewBox = await page.locator('.map__svg').getAttribute('viewBox');
  return { x, y, k, viewHeight: Number(viewBox.split(' ')[3]) };
}

/**
 * The event an address selects: the id of the event page it is (`…/events/<id>/`), or its
 * `event=` parameter; `null` for none.
 */
export function selectedEvent(address) {
  const url = new URL(address);
  return EVENT_PAGE.exec(url.pathname)?.[1] ?? url.searchParams.get('event');
}

/** An event page's path: `…/events/<id>/`, or with `index.html`. */
const EVENT_PAGE = /\/events\/([^/]+)\/(index\.html)?$/;

/**
 * Waits until the page's address has query parameter `name` equal to `value`, or present at
 * all when `value` is undefined (`null` waits for it to be gone). For `event`, an event page's
 * path counts as the parameter (see `selectedEvent`).
 */
export async function waitForParam(page, name, value) {
  await page.waitForFunction(([name, value, eventPage]) => {
    const url = new URL(location.href);
    const page = name === 'event' ? new RegExp(eventPage).exec(url.pathname)?.[1] : undefined;
    const actual = page ?? url.searchParams.get(name);
    return value === undefined ? actual !== null : actual === value;
  }, [name, value === undefined ? undefined : value, EVENT_PAGE.source]);
}

/**
 * Where the timeline draws its days: the axis's knots (`data-axis`, "day unit" pairs) and the
 * camera (`data-start`, `data-end`, in axis units) of `.timeline`, read back and mapped here
 * independently of the app, with the chart's box on the page. `x(day)` is the page x of a day
 * (fractional day numbers since 1970-01-01), `day(x)` its inverse; `dayStart` and `dayEnd`
 * are the days at the chart's edges.
 */
export async function timelineGeometry(page) {
  const t = page.locator('.timeline');
  const [knotsText, start, end] = await Promise.all([t.getAttribute('data-axis'), t.getAttribute('data-start'), t.getAttribute('data-end')]);
  const knots = knotsText.split(';').map((pair) => pair.split(' ').map(Number));
  const box = await page.locator('.timeline__svg').boundingBox();
  const through = (x, from, to) => {
    let i = knots.findIndex((k) => k[from] > x);
    if (i <= 0) i = i === 0 ? 1 : knots.length - 1;
    const [a, b] = [knots[i - 1], knots[i]];
    return a[to] + ((x - a[from]) * (b[to] - a[to])) / (b[from] - a[from]);
  };
  const [s, e] = [Number(start), Number(end)];
  const unitOfX = (x) => s + ((x - box.x) / box.width) * (e - s);
  return {
    box,
    start: s,
    end: e,
    knots,
    x: (day) => box.x + ((through(day, 0, 1) - s) / (e - s)) * box.width,
    day: (x) => through(unitOfX(x), 1, 0),
    dayStart: through(s, 1, 0),
    dayEnd: through(e, 1, 0),
  };
}

/** How many pixels the page scrolls sideways (0 or less: it fits). */
export async function sidewaysOverflow(page) {
  return page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
}

/** Countries the base map draws: every shape of the bundled TopoJSON but Antarctica (010). */
export function mapCountryCount() {
  const topology = JSON.parse(readFileSync(join(ROOT, 'assets/map/countries-110m.json'), 'utf8'));
  return topology.objects.countries.geometries.filter((g) => g.id !== '010').length;
}

/** Web Mercator in the app's world units (1000 across 360° of longitude), written apart from the app. */
export function mercator(lon, lat) {
  const phi = (Math.max(-85, Math.min(85, lat)) * Math.PI) / 180;
  return [((lon + 180) / 360) * 1000, (0.5 - Math.log(Math.tan(Math.PI / 4 + phi / 2)) / (2 * Math.PI)) * 1000];
}

/**
 * For every map marker, how far (in CSS pixels) its drawn centre is from where its venue's
 * longitude and latitude fall under the land's current transform. Venues are looked up by the
 * first place a marker names (its heaviest venue, where a cluster is drawn).
 */
export async function markerDrift(page, dataset) {
  const venues = {};
  for (const event of dataset.events) if (event.venue) venues[event.venue.city] ??= [event.venue.lon, event.venue.lat];
  const { x, y, k, viewHeight } = await mapTransform(page);
  const svg = await page.locator('.map__svg').boundingBox();
  const drawn = await page.locator('.map__marker-dot').evaluateAll((dots) =>
    dots.map((dot) => {
      const r = dot.getBoundingClientRect();
      return { place: dot.closest('.map__marker').dataset.places.split('|')[0], cx: r.x + r.width / 2, cy: r.y + r.height / 2 };
    }),
  );
  assert.ok(drawn.length > 0, 'markers are drawn');
  return drawn.map(({ place, cx, cy }) => {
    assert.ok(venues[place], `no venue named ${place} in the dataset`);
    const [wx, wy] = mercator(...venues[place]);
    const ex = svg.x + ((x + wx * k) * svg.width) / 1000;
    const ey = svg.y + ((y + wy * k) * svg.height) / viewHeight;
    return { place, off: Math.hypot(cx - ex, cy - ey) };
  });
}

/**
 * The marker of `place` alone: clicks the cluster holding it (each click zooms in until the
 * cluster splits) until the place has a marker of its own.
 */
export async function markerAlone(page, place) {
  const alone = page.locator(`.map__marker[data-places="${place}"]`);
  const cluster = page.locator(`.map__marker--cluster[data-places*="${place}"]`);
  await alone.or(cluster).first().waitFor();
  for (let click = 0; click < 8 && (await alone.count()) === 0; click++) {
    await cluster.click();
    await alone.or(cluster).first().waitFor();
  }
  await alone.waitFor();
  return alone;
}

/** Waits until the app has mounted (the event list or the dataset error is on screen). */
export async function waitForApp(page) {
  // A page the build wrote has an .atlas of its own until the app replaces it (after the data
  // files beside the wasm have arrived).
  await page.waitForFunction(() => !document.getElementById('prerendered') && document.querySelector('.atlas, .dataset-error'), null, { timeout: 15_000 });
  await page.locator('.atlas, .dataset-error').first().waitFor({ state: 'visible', timeout: 15_000 });
}

/** Asserts the page logged no errors and asked no other origin for anything. */
export function assertClean(problems) {
  assert.deepEqual(problems.consoleErrors, [], 'console errors');
  assert.deepEqual(problems.foreignRequests, [], 'requests to other origins');
}

/**
 * Runs axe-core in the page and returns its serious and critical violations as readable lines.
 * The page must come from `openPage(..., { bypassCSP: true })`: axe is injected as a script.
 */
export async function seriousAccessibilityViolations(page) {
  await page.addScriptTag({ path: join(ROOT, 'tests/browser/node_modules/axe-core/axe.min.js') });
  const result = await page.evaluate(() => window.axe.run(document, { resultTypes: ['violations'] }));
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.impact} ${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join('; ')})`);
}

/** Clicks `button` and returns the file it saves: its name and bytes. */
export async function download(page, button) {
  const [saved] = await Promise.all([page.waitForEvent('download'), button.click()]);
  return { name: saved.suggestedFilename(), bytes: readFileSync(await saved.path()) };
}

/**
 * Opens the event list's export menu (the button named `label`, "Export 25 events") with a
 * click and returns its entry named `name` ("Spreadsheet (.csv)"), for `download`.
 */
export async function exportEntry(page, label, name) {
  await page.getByRole('button', { name: label, exact: true }).click();
  const menu = page.getByRole('menu', { name: label });
  await menu.waitFor();
  return menu.getByRole('menuitem', { name });
}

/** Saves a full-page screenshot as target/screenshots/NAME.png. */
export async function screenshot(page, name) {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });
}

/**
 * One static server (started with `serverOptions`) and one browser for a whole test file:
 * registers the hooks that start and stop them, and returns `{ server, browser }` once started.
 */
export function serverAndBrowser(serverOptions) {
  const env = {};
  before(async () => {
    env.server = await startStaticServer(serverOptions);
    env.browser = await launchBrowser();
  });
  // A failed test leaves its pages open; close every context before the next one starts.
  afterEach(async () => {
    for (const context of env.browser?.contexts() ?? []) await context.close();
  });
  after(async () => {
    await env.browser?.close();
    env.server?.stop();
  });
  return env;
}

/**
 * Two fingers on `locator`, `from` pixels either side of its middle at height `yFraction`,
 * moving apart to `to` pixels: a pinch zoom, as pointer events.
 */
export async function pinchApart(locator, { from = 20, to = 60, yFraction = 0.5 } = {}) {
  await locator.evaluate((element, { from, to, yFraction }) => {
    const r = element.getBoundingClientRect();
    const cx = r.left + r.width / 2;
    const y = r.top + r.height * yFraction;
    const fire = (type, id, x) => element.dispatchEvent(new PointerEvent(type, { pointerId: id, clientX: x, clientY: y, bubbles: true, isPrimary: id === 1 }));
    fire('pointerdown', 1, cx - from);
    fire('pointerdown', 2, cx + from);
    fire('pointermove', 1, cx - to);
    fire('pointermove', 2, cx + to);
    fire('pointerup', 1, cx - to);
    fire('pointerup', 2, cx + to);
  }, { from, to, yFraction });
}
