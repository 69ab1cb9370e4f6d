// Benchmark (not a test: it prints figures and never fails on a number). Run by
// `tests/atlas bench` after a release build. For the bundled data and synthetic datasets of
// 10 000 and 100 000 events it measures, in headless Chromium against dist/ on a static server:
// cold load to interactive, and each action timed in the page with performance.now() from the
// input to the animation frame after map, timeline and list all show the result. Then cold loads
// only: the bundled data with Chromium's CPU slowed 4× (a mid-range phone), and 1 000 events.
// Last, a shared event link (the event's own page when the build wrote one, else `?event=`):
// first contentful paint, and the atlas interactive with that event open, without and with
// the CPU slowed 4×. Then the longest main-thread task while the network of 10 000 events
// redraws after a filter change. Last, the peer: TimelineJS3 shown the same events
// (tests/browser/peer.mjs), its cold load and ours alternating, for the bundled data, 1 000
// and 10 000 events; the ratio is its time over ours (above 1: the atlas is faster).

import { gzipSync } from 'node:zlib';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { bundledDataset, DIST, launchBrowser, openPage, ROOT, startStaticServer, SYNTHETIC } from './harness.mjs';
import { peerDrawn, peerFiles, peerPath } from './peer.mjs';

const SIZES = [
  { name: 'bundled', query: '', loads: 7, repeats: 15 },
  { name: '10k', query: '?data=data%2Fevents-10000.json', loads: 3, repeats: 15 },
  { name: '100k', query: '?data=data%2Fevents-100000.json', loads: 2, repeats: 8 },
];

const finite = (xs) => xs.filter(Number.isFinite);
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)];
const p95 = (xs) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.ceil(xs.length * 0.95) - 1)];
const fmt = (x) => (x === undefined ? '–' : x < 10 ? x.toFixed(1) : x.toFixed(0));

// In the page: run `act`, wait until `done()` holds, then for the next frame; milliseconds.
// For state changes `done` is "the URL changed": the app rewrites it in the same handler, and
// the DOM updates run as microtasks before the next animation frame, which the timer awaits.
const TIMER = `window.__time = async (act, done) => {
  const t0 = performance.now();
  act();
  while (!done()) {
    if (performance.now() - t0 > 20000) return NaN;
    await new Promise((r) => setTimeout(r, 0));
  }
  // The frame's callbacks run before its style, layout and paint; a message posted from the
  // callback arrives after them, so the time includes drawing the result.
  await new Promise((r) => requestAnimationFrame(() => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => r();
    channel.port2.postMessage(null);
  }));
  return performance.now() - t0;
};
addEventListener('TrunkApplicationStarted', (e) => { window.__wasm = e.detail.wasm; });`;

// A fresh page at 1280×900, its CPU slowed `cpuSlowdown` times (4× stands for a mid-range phone).
async function freshPage(browser, server, cpuSlowdown) {
  const session = await openPage(browser, server, { width: 1280, height: 900 });
  if (cpuSlowdown > 1) {
    const cdp = await session.page.context().newCDPSession(session.page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuSlowdown });
  }
  return session;
}

async function coldLoad(browser, server, query, { cpuSlowdown = 1 } = {}) {
  const session = await freshPage(browser, server, cpuSlowdown);
  await session.page.addInitScript(TIMER);
  await session.page.goto(server.url(query));
  await session.page.waitForFunction(() => document.querySelector('.event-row') && document.querySelector('.map__country'), null, { timeout: 120_000 });
  const ms = await session.page.evaluate(() => new Promise((r) => requestAnimationFrame(() => r(performance.now()))));
  return { ...session, ms };
}

// A shared link to one event, opened cold: first contentful paint (the event's title or the
// app, whichever paints first) and interactive (the panel shows the event, the map is drawn).
async function sharedLink(browser, server, event, { cpuSlowdown = 1 } = {}) {
  const session = await freshPage(browser, server, cpuSlowdown);
  const path = existsSync(join(DIST, 'events', event.id, 'index.html')) ? `events/${event.id}/` : `?event=${event.id}`;
  await session.page.goto(server.url(path));
  await session.page.waitForFunction(
    (title) => document.querySelector('#panel-event-title')?.textContent === title && document.querySelector('.map__country'),
    event.title.en,
    { timeout: 120_000 },
  );
  const interactive = await session.page.evaluate(() => new Promise((r) => requestAnimationFrame(() => r(performance.now()))));
  // The paint entry is recorded when the frame is presented, which can be after this point.
  const fcp = await session.page.evaluate(() => new Promise((r) => new PerformanceObserver((list) => {
    const entry = list.getEntriesByName('first-contentful-paint')[0];
    if (entry) r(entry.startTime);
  }).observe({ type: 'paint', buffered: true })));
  await session.context.close();
  return { path, fcp, interactive };
}

// The peer's cold load of the dataset `name`, to drawn, timed as ours.
async function peerLoad(browser, server, name) {
  const session = await freshPage(browser, server, 1);
  await session.page.goto(server.url(peerPath(name)));
  await session.page.waitForFunction(peerDrawn, null, { timeout: 300_000 });
  const ms = await session.page.evaluate(() => new Promise((r) => requestAnimationFrame(() => r(performance.now()))));
  await session.context.close();
  return ms;
}

// The longest main-thread task (Chromium's long tasks: 50 ms and over; 0 when none) from a
// facet toggle until the network of 10 000 events has settled again, over three toggles.
async function networkLongestTask(browser, server) {
  const { page, context } = await freshPage(browser, server, 1);
  await page.goto(server.url('?data=data%2Fevents-10000.json&view=network'));
  const layouts = () => Number(document.querySelector('.network')?.dataset.layout ?? 0);
  await page.waitForFunction(layouts, null, { timeout: 120_000 });
  await page.evaluate(() => {
    window.__longest = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) window.__longest = Math.max(window.__longest, entry.duration);
    }).observe({ type: 'longtask' });
  });
  for (let i = 0; i < 3; i++) {
    const before = await page.evaluate(layouts);
    await page.evaluate(() => document.querySelector('.facet__checkbox:not(:disabled)').click());
    await page.waitForFunction((before) => Number(document.querySelector('.network')?.dataset.layout ?? 0) > before, before, { timeout: 120_000 });
  }
  const longest = await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(() => r(window.__longest), 0))));
  await context.close();
  return longest;
}

const ACTIONS = {
  // A country checkbox on, then off: two timed toggles per repeat.
  filter: (i) => `(() => {
    const shown = document.querySelector('#result-count strong').textContent;
    // A value that changes the result (not one every event has), or the one chosen last time.
    const boxes = [...document.querySelectorAll('.facet__checkbox:not(:disabled)')]
      .filter((b) => b.checked || b.closest('label').querySelector('.facet__count').textContent !== shown);
    const box = boxes.find((b) => b.checked) ?? boxes[${i} % Math.min(boxes.length, 8)];
    const before = location.search;
    return window.__time(() => box.click(), () => location.search !== before);
  })()`,
  search: (i) => `(() => {
    const input = document.querySelector('#search-events');
    const before = location.search;
    const text = ${JSON.stringify(['co', 'coo', 'coop', 'forum', 'for', 'fo', '合作', '合'])}[${i} % 8];
    return window.__time(() => { input.value = text; input.dispatchEvent(new Event('input', { bubbles: true })); }, () => location.search !== before);
  })()`,
  brush: (i) => `(() => {
    const svg = document.querySelector('.timeline__svg');
    const r = svg.getBoundingClientRect();
    const y = r.top + 10;
    const from = r.left + r.width * (0.2 + 0.05 * (${i} % 5));
    const before = location.search;
    const fire = (type, x) => svg.dispatchEvent(new PointerEvent(type, { pointerId: 1, clientX: x, clientY: y, bubbles: true }));
    return window.__time(() => { fire('pointerdown', from); fire('pointermove', from + r.width * 0.25); fire('pointerup', from + r.width * 0.25); }, () => location.search !== before);
  })()`,
  select: (i) => `(() => {
    const links = [...document.querySelectorAll('.event-row a')];
    const link = links[(${i} * 3) % links.length];
    const title = link.querySelector('.event-row__title').textContent;
    return window.__time(() => link.click(), () => document.querySelector('#panel-event-title')?.textContent === title);
  })()`,
  pan: (i) => `(() => {
    const svg = document.querySelector('.map__svg');
    const land = document.querySelector('.map__land');
    const r = svg.getBoundingClientRect();
    const x = r.left + r.width / 2, y = r.top + r.height / 2;
    const before = land.getAttribute('transform');
    const fire = (type, dx) => svg.dispatchEvent(new PointerEvent(type, { pointerId: 1, clientX: x + dx, clientY: y, bubbles: true }));
    return window.__time(() => { fire('pointerdown', 0); fire('pointermove', ${i % 2 ? 40 : -40}); fire('pointerup', ${i % 2 ? 40 : -40}); }, () => land.getAttribute('transform') !== before);
  })()`,
};

async function heapMb(page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('Performance.enable');
  const { metrics } = await cdp.send('Performance.getMetrics');
  const js = metrics.find((m) => m.name === 'JSHeapUsedSize').value;
  const wasm = await page.evaluate(() => window.__wasm?.memory?.buffer?.byteLength ?? 0);
  return { js: js / 2 ** 20, wasm: wasm / 2 ** 20 };
}

function transferKb() {
  // The .gz and .br files beside each file are the same bytes for other hosts, not more.
  // Only what the main page loads: the files at the top of dist/ and its data files, not the
  // event pages, nor what it loads on first use (the worker module, the workbook template).
  const data = existsSync(join(DIST, 'data')) ? readdirSync(join(DIST, 'data')).map((f) => `data/${f}`) : [];
  return [...readdirSync(DIST), ...data]
    .filter((f) => !/\.(gz|br|xml|txt|png|xlsx)$/.test(f) && !f.startsWith('atlas-worker') && statSync(join(DIST, f)).isFile())
    .reduce((sum, f) => sum + gzipSync(readFileSync(join(DIST, f)), { level: 9 }).length, 0) / 1024;
}

const server = await startStaticServer({
  files: {
    'data/events-10000.json': { path: join(SYNTHETIC, 'events-10000.json') },
    'data/events-100000.json': { path: join(SYNTHETIC, 'events-100000.json') },
    'data/events-1000.json': { path: join(SYNTHETIC, 'events-1000.json') },
    ...peerFiles({
      bundled: join(ROOT, 'assets', 'data', 'events.json'),
      '1k': join(SYNTHETIC, 'events-1000.json'),
      '10k': join(SYNTHETIC, 'events-10000.json'),
    }),
  },
});
const browser = await launchBrowser();
const results = {};
try {
  for (const size of SIZES) {
    const loads = [];
    let last;
    for (let n = 0; n < size.loads; n++) {
      if (last) await last.context.close();
      last = await coldLoad(browser, server, size.query);
      loads.push(last.ms);
    }
    const { page } = last;
    const row = { load: loads, heap: await heapMb(page) };
    for (const [name, action] of Object.entries(ACTIONS)) {
      const times = [];
      for (let i = 0; i < size.repeats; i++) {
        times.push(await page.evaluate(action(i)));
        // Undo what the action left behind so the next one starts alike.
        if (name === 'search') await page.evaluate(() => { const s = document.querySelector('#search-events'); s.value = ''; s.dispatchEvent(new Event('input', { bubbles: true })); });
        if (name === 'brush') await page.evaluate(() => [...document.querySelectorAll('button')].find((b) => b.textContent === 'Clear dates')?.click());
      }
      row[name] = times;
    }
    results[size.name] = row;
    await last.context.close();
    console.log(`measured ${size.name}`);
  }
  // Cold loads only: the bundled data with the CPU slowed 4×, and 1 000 events.
  for (const [name, query, options] of [['throttled', '', { cpuSlowdown: 4 }], ['1k', '?data=data%2Fevents-1000.json', {}]]) {
    const loads = [];
    for (let n = 0; n < 3; n++) {
      const session = await coldLoad(browser, server, query, options);
      loads.push(session.ms);
      await session.context.close();
    }
    results[name] = { load: loads };
    console.log(`measured ${name}`);
  }
  const events = bundledDataset().events;
  for (const [name, options] of [['shared', {}], ['shared_throttled', { cpuSlowdown: 4 }]]) {
    const runs = [];
    for (let n = 0; n < 5; n++) runs.push(await sharedLink(browser, server, events[(n * 7) % events.length], options));
    results[name] = { fcp: runs.map((r) => r.fcp), load: runs.map((r) => r.interactive), path: runs[0].path };
    console.log(`measured ${name} (${runs[0].path.startsWith('events/') ? 'event pages' : '?event= links'})`);
  }
  results.network = { longest: await networkLongestTask(browser, server) };
  console.log('measured the network at 10k');
  // Alternating pairs, the peer first: its cold load over ours.
  for (const [name, query, pairs] of [['bundled', '', 5], ['1k', '?data=data%2Fevents-1000.json', 3], ['10k', '?data=data%2Fevents-10000.json', 1]]) {
    const peer = [];
    const ours = [];
    for (let n = 0; n < pairs; n++) {
      peer.push(await peerLoad(browser, server, name));
      const session = await coldLoad(browser, server, query);
      ours.push(session.ms);
      await session.context.close();
    }
    results[`peer_${name}`] = { peer, ours };
    console.log(`measured the peer, ${name}`);
  }
} finally {
  await browser.close();
  server.stop();
}

console.log('\naction          size      median ms   p95 ms   runs');
for (const [size, row] of Object.entries(results)) {
  for (const name of ['fcp', 'load', 'filter', 'search', 'brush', 'select', 'pan'].filter((n) => row[n])) {
    const ok = finite(row[name]);
    const failed = row[name].length - ok.length;
    const note = failed ? `  (${failed} gave no result within 20 s)` : '';
    console.log(`${name.padEnd(15)} ${size.padEnd(9)} ${fmt(median(ok)).padStart(9)} ${fmt(p95(ok)).padStart(8)} ${String(ok.length).padStart(6)}${note}`);
  }
  if (row.heap) console.log(`${'heap after load'.padEnd(15)} ${size.padEnd(9)} JS ${row.heap.js.toFixed(1)} MB, wasm memory ${row.heap.wasm.toFixed(1)} MB`);
}
for (const name of ['bundled', '1k', '10k']) {
  const { peer, ours } = results[`peer_${name}`];
  console.log(`${'TimelineJS3'.padEnd(15)} ${name.padEnd(9)} ${fmt(median(peer)).padStart(9)} ms, the atlas ${fmt(median(ours))} ms in the same run: ${(median(peer) / median(ours)).toFixed(2)}×`);
}
console.log(`longest main-thread task while the network of 10 000 events redraws: ${fmt(results.network.longest)} ms`);
const transfer = transferKb();
const ratio = (name) => (median(results[`peer_${name}`].peer) / median(results[`peer_${name}`].ours)).toFixed(2);
console.log(`first-load transfer (gzip -9 of dist/): ${transfer.toFixed(1)} KB`);
const big = results['100k'];
console.log(
  `bench: load_ms=${fmt(median(results.bundled.load))} filter_p95_ms_bundled=${fmt(p95(results.bundled.filter))} filter_p95_ms_10k=${fmt(p95(results['10k'].filter))} ` +
    `filter_p95_ms_100k=${fmt(p95(big.filter))} search_p95_ms_100k=${fmt(p95(big.search))} ` +
    `select_ms_100k=${fmt(median(big.select))} heap_mb_100k=${(big.heap.js + big.heap.wasm).toFixed(0)} transfer_kb=${transfer.toFixed(0)} ` +
    `load_ms_throttled=${fmt(median(results.throttled.load))} load_ms_1k=${fmt(median(results['1k'].load))} ` +
    `shared_fcp_ms=${fmt(median(results.shared.fcp))} shared_tti_ms=${fmt(median(results.shared.load))} ` +
    `shared_fcp_ms_throttled=${fmt(median(results.shared_throttled.fcp))} shared_tti_ms_throttled=${fmt(median(results.shared_throttled.load))} ` +
    `peer_ratio_bundled=${ratio('bundled')} peer_ratio_1k=${ratio('1k')} peer_ratio_10k=${ratio('10k')} ` +
    `longest_task_ms_network_10k=${fmt(results.network.longest)}`,
);
