// The peer the benchmark compares cold loads with: TimelineJS3 (npm `@knight-lab/timelinejs`,
// installed by the set-up beside playwright-core), shown the same events on a page of its own,
// served by the same static server. Only the benchmark uses it; nothing of it ships.

import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const TIMELINEJS = join(dirname(fileURLToPath(import.meta.url)), 'node_modules', '@knight-lab', 'timelinejs', 'dist');

// The page loads TimelineJS's script and stylesheet, fetches the events named by `data=` and
// draws them as TimelineJS's own embed does, in the system's fonts as the atlas (its default
// fonts come from Google's servers, which the closed test network does not reach).
const PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>TimelineJS3</title>
<link rel="stylesheet" href="tl/css/timeline.css">
<style>html,body{margin:0;height:100%}#timeline{width:100%;height:100%}</style>
</head><body><div id="timeline"></div>
<script src="tl/js/timeline.js"></script>
<script>
fetch(new URLSearchParams(location.search).get('data'))
  .then((response) => response.json())
  .then((data) => { window.timeline = new TL.Timeline('timeline', data, { font: null }); });
</script></body></html>`;

// An atlas date ("2024", "2024-05" or "2024-05-26") as TimelineJS writes one.
function timelineDate(written) {
  const [year, month, day] = written.split('-').map(Number);
  return { year, ...(month ? { month } : {}), ...(day ? { day } : {}) };
}

// The atlas's dataset (its JSON form) as TimelineJS's JSON: one slide per event.
export function asTimelineJs(dataset) {
  return {
    events: dataset.events.map((event) => ({
      start_date: timelineDate(event.start),
      ...(event.end ? { end_date: timelineDate(event.end) } : {}),
      text: { headline: event.title.en ?? event.title.zh, text: event.summary?.en ?? '' },
      unique_id: event.id,
    })),
  };
}

// The files to serve beside the site: the page, TimelineJS's distribution and one converted
// dataset per entry of `datasets` (name → the atlas's dataset file).
export function peerFiles(datasets) {
  if (!existsSync(join(TIMELINEJS, 'js', 'timeline.js'))) {
    throw new Error('TimelineJS3 is missing from tests/browser/node_modules: run tests/atlas setup');
  }
  const files = { 'peer/index.html': { content: PAGE }, 'peer/tl': { path: TIMELINEJS } };
  for (const [name, path] of Object.entries(datasets)) {
    const dataset = JSON.parse(readFileSync(path, 'utf8'));
    files[`peer/${name}.json`] = { content: JSON.stringify(asTimelineJs(dataset)) };
  }
  return files;
}

// The address of the peer's page showing the dataset `name`.
export const peerPath = (name) => `peer/index.html?data=${name}.json`;

// In the page: TimelineJS has drawn the events when its time navigator holds their markers and
// the first slide shows its headline.
export const peerDrawn = () =>
  document.querySelector('.tl-timemarker') && document.querySelector('.tl-slide .tl-headline')?.textContent;
