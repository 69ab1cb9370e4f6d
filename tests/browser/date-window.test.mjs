// The date window's fields take dates as people type them (issue #28): a year, a month in
// numbers, in Chinese or with an English month name, in English and in 简体中文; the arrow keys
// step a field; an entry that cannot be read says so next to the field and leaves the filter
// as it was. Expected counts come from the dataset, with the atlas's rule: an event is kept
// when any day it may have happened on falls in the window.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { assertClean, bundledDataset, openApp, screenshot, seriousAccessibilityViolations, serverAndBrowser, waitForParam, SCREENSHOTS } from './harness.mjs';

const env = serverAndBrowser();
const dataset = bundledDataset();
const total = dataset.events.length;
const LAPTOP = { width: 1280, height: 720 };
const PHONE = { width: 390, height: 844, touch: true };
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** Days since 1970 of the first and the last day a dataset date (`YYYY[-MM[-DD]]`) may denote. */
const DAY = 86_400_000;
const firstDay = (date) => {
  const [y, m = 1, d = 1] = date.split('-').map(Number);
  return Date.UTC(y, m - 1, d) / DAY;
};
const lastDay = (date) => {
  const [y, m, d] = date.split('-').map(Number);
  if (d) return Date.UTC(y, m - 1, d) / DAY;
  return (m ? Date.UTC(y, m, 0) : Date.UTC(y, 11, 31)) / DAY;
};

/** How many bundled events overlap the window from `from` to `to` (dataset form, either may be null). */
function overlapping(from, to) {
  return dataset.events.filter((e) => (to === null || firstDay(e.start) <= lastDay(to)) && (from === null || lastDay(e.end ?? e.start) >= firstDay(from))).length;
}

/** The form a field shows for a dataset date in `lang`: "May 2021", "2021"; "2021年5月", "2021年". */
function shownAs(date, lang) {
  const [y, m] = date.split('-').map(Number);
  if (lang === 'en') return m ? `${MONTHS[m - 1]} ${y}` : `${y}`;
  return m ? `${y}年${m}月` : `${y}年`;
}

const resultCount = (lang, shown) => (lang === 'en' ? `${shown} of ${total} events` : `${total} 个活动中的 ${shown} 个`);

const fields = (page, lang) => ({
  from: page.getByRole('textbox', { name: lang === 'en' ? 'From' : '从', exact: true }),
  to: page.getByRole('textbox', { name: lang === 'en' ? 'To' : '至', exact: true }),
});

/** Types `text` into `field` and commits it with Enter. */
async function enter(field, text) {
  await field.fill(text);
  await field.press('Enter');
}

// Each form the hint and the issue name, typed into both ends; in both languages every form
// is read (a date copied from anywhere works whatever the interface language).
const FORMS = [
  ['2021', '2021', '2021', '2021'],
  ['2021-09', '2021-09', '2021-09', '2021-09'],
  ['2023/5', '2024/1', '2023-05', '2024-01'],
  ['2024年5月', '2024年5月', '2024-05', '2024-05'],
  ['May 2024', 'Jun 2024', '2024-05', '2024-06'],
  ['Jan2024', '2024 Jan', '2024-01', '2024-01'],
];

for (const lang of ['en', 'zh-Hans']) {
  test(`typed dates in each form filter the list and go into the URL (${lang})`, async () => {
    const { page, context, problems } = await openApp(env.browser, env.server, `?lang=${lang}`, LAPTOP);
    const { from, to } = fields(page, lang);
    const count = page.locator('#result-count');
    for (const [typedFrom, typedTo, canonicalFrom, canonicalTo] of FORMS) {
      // Emptied first, so the new start never lies after the old end.
      await enter(to, '');
      await enter(from, '');
      await waitForParam(page, 'from', null);
      await waitForParam(page, 'to', null);
      await enter(from, typedFrom);
      await waitForParam(page, 'from', canonicalFrom);
      await enter(to, typedTo);
      await waitForParam(page, 'to', canonicalTo);
      const expected = overlapping(canonicalFrom, canonicalTo);
      assert.ok(expected > 0 && expected < total, `${typedFrom}–${typedTo} should narrow the list`);
      await count.getByText(resultCount(lang, expected), { exact: true }).waitFor();
      assert.equal(await page.locator('.event-row').count(), expected, `${typedFrom}–${typedTo}`);
      // The field shows what it understood, in the interface language.
      assert.equal(await from.inputValue(), shownAs(canonicalFrom, lang));
      assert.equal(await to.inputValue(), shownAs(canonicalTo, lang));
    }
    // A shared link's window shows in the fields in the reader's language, and retyping what a
    // field shows keeps the window.
    await page.goto(env.server.url(`?from=2021-07&to=2021&lang=${lang}`));
    await from.waitFor();
    assert.equal(await from.inputValue(), shownAs('2021-07', lang));
    assert.equal(await to.inputValue(), shownAs('2021', lang));
    await enter(to, await to.inputValue());
    await enter(from, await from.inputValue());
    assert.equal(new URL(page.url()).search, `?from=2021-07&to=2021&lang=${lang}`);
    await count.getByText(resultCount(lang, overlapping('2021-07', '2021')), { exact: true }).waitFor();
    await screenshot(page, `date-window-typed-${lang}`);
    assertClean(problems);
    await context.close();
  });
}

test('the arrow keys step a field by a month, or by a year when it holds a year; a burst of steps is one step back', async () => {
  const { page, context, problems } = await openApp(env.browser, env.server, '?from=2024-05', LAPTOP);
  const { from, to } = fields(page, 'en');
  await from.focus();
  await from.press('ArrowUp');
  await waitForParam(page, 'from', '2024-06');
  assert.equal(await from.inputValue(), 'June 2024');
  await from.press('ArrowDown');
  await from.press('ArrowDown');
  await waitForParam(page, 'from', '2024-04');
  await page.locator('#result-count').getByText(resultCount('en', overlapping('2024-04', null)), { exact: true }).waitFor();
  // The three steps went into the history as one.
  await page.goBack();
  await waitForParam(page, 'from', '2024-05');

  await enter(from, '');
  await waitForParam(page, 'from', null);
  await enter(to, '2021');
  await to.press('ArrowUp');
  await waitForParam(page, 'to', '2022');
  assert.equal(await to.inputValue(), '2022');
  await page.locator('#result-count').getByText(resultCount('en', overlapping(null, '2022')), { exact: true }).waitFor();

  // An empty "From" starts from the month of the first event.
  const first = dataset.events.map((e) => e.start).sort()[0];
  const firstMonth = first.length === 4 ? `${first}-01` : first.slice(0, 7);
  await from.press('ArrowUp');
  await waitForParam(page, 'from', firstMonth);
  assertClean(problems);
  await context.close();
});

for (const lang of ['en', 'zh-Hans']) {
  test(`an entry that cannot be read says so next to the field and keeps the window (${lang})`, async () => {
    const { page, context, problems } = await openApp(env.browser, env.server, `?from=2024-05&to=2024-06&lang=${lang}`, { ...LAPTOP, bypassCSP: true });
    const { from, to } = fields(page, lang);
    const count = page.locator('#result-count');
    const kept = resultCount(lang, overlapping('2024-05', '2024-06'));
    await count.getByText(kept, { exact: true }).waitFor();

    await enter(from, 'Jam 2024');
    const problem = page.locator('#date-window-from-problem');
    const unreadable = lang === 'en' ? '"Jam 2024" is not a date: type a year, a month or a day, such as 2021, 2021-05, May 2021 or 26 May 2021' : '“Jam 2024”不是日期：请输入年、月或日，如 2021、2021-05、2021年5月 或 2021年5月26日';
    await problem.getByText(unreadable, { exact: true }).waitFor();
    assert.equal(await from.getAttribute('aria-invalid'), 'true');
    assert.ok((await from.getAttribute('aria-describedby')).split(' ').includes('date-window-from-problem'));
    assert.equal(await from.inputValue(), 'Jam 2024', 'the entry stays to be corrected');
    // The message sits next to its field: right below it.
    const [fieldBox, problemBox] = [await from.boundingBox(), await problem.boundingBox()];
    assert.ok(problemBox.y >= fieldBox.y + fieldBox.height - 1 && problemBox.y - (fieldBox.y + fieldBox.height) < 12, JSON.stringify([fieldBox, problemBox]));
    assert.ok(Math.abs(problemBox.x - fieldBox.x) < 2);
    // The filter was not cleared.
    assert.equal(new URL(page.url()).searchParams.get('from'), '2024-05');
    await count.getByText(kept, { exact: true }).waitFor();
    assert.equal(await to.getAttribute('aria-invalid'), 'false');
    assert.deepEqual(await seriousAccessibilityViolations(page), []);
    await problem.scrollIntoViewIfNeeded();
    await screenshot(page, `date-window-problem-${lang}`);

    // A start after the window's end is refused too, naming the end.
    await enter(from, '2030');
    const after = lang === 'en' ? '"2030" is after the end of the window, June 2024' : '“2030”晚于时间范围的结束：2024年6月';
    await problem.getByText(after, { exact: true }).waitFor();
    assert.equal(new URL(page.url()).searchParams.get('from'), '2024-05');

    // Corrected, the message goes and the window follows.
    await enter(from, lang === 'en' ? 'Jan 2024' : '2024年1月');
    await waitForParam(page, 'from', '2024-01');
    await problem.waitFor({ state: 'detached' });
    assert.equal(await from.getAttribute('aria-invalid'), 'false');
    await count.getByText(resultCount(lang, overlapping('2024-01', '2024-06')), { exact: true }).waitFor();
    assertClean(problems);
    await context.close();
  });

  test(`on a phone the fields are 44 px tall and work in the drawer (${lang})`, async () => {
    const { page, context, problems } = await openApp(env.browser, env.server, `?lang=${lang}`, PHONE);
    await page.locator('.filters-button').tap();
    const drawer = page.locator('.region--filters');
    await drawer.waitFor({ state: 'visible' });
    const { from, to } = fields(page, lang);
    await from.scrollIntoViewIfNeeded();
    for (const field of [from, to]) {
      const box = await field.boundingBox();
      assert.ok(box.height >= 44 && box.width >= 44, `field ${JSON.stringify(box)}`);
    }
    await enter(from, lang === 'en' ? 'Sept 2021' : '2021年9月');
    await waitForParam(page, 'from', '2021-09');
    await enter(to, 'nope');
    await page.locator('#date-window-to-problem').scrollIntoViewIfNeeded();
    // The message under one field does not stretch the other.
    const fromBox = await from.boundingBox();
    assert.ok(fromBox.height < 60, `"From" stretched to ${fromBox.height} px`);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 0, `the page scrolls sideways by ${overflow} px`);
    await screenshot(page, `date-window-phone-${lang}`);
    // The drawer as the phone shows it (the full page above is as tall as the list).
    await page.screenshot({ path: join(SCREENSHOTS, `date-window-phone-${lang}-screen.png`) });
    assertClean(problems);
    await context.close();
  });
}
