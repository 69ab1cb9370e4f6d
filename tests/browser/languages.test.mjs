// The interface in English, 简体中文 and 繁體中文: the language follows the link or the browser,
// the switch writes it into the URL, dates and country names follow it, Chinese text renders
// with the system's CJK fonts, and a search in one Chinese script finds the other.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertClean, bundledDataset, screenshot, serverAndBrowser, openApp, waitForParam } from './harness.mjs';

const env = serverAndBrowser();
const dataset = bundledDataset();
const byId = new Map(dataset.events.map((e) => [e.id, e]));
const visit = byId.get('c-mrs-delegation-strasbourg-2024');
const dialogue = byId.get('cas-cnrs-strategic-dialogue-2024');

const open = (query, options) => openApp(env.browser, env.server, query, options);

/** The font families Chromium actually used to draw the text of the first `selector` match. */
async function platformFonts(page, selector) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('DOM.enable');
  await cdp.send('CSS.enable');
  const { root } = await cdp.send('DOM.getDocument', { depth: -1 });
  const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector });
  const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
  return fonts.map((f) => f.familyName);
}

test('a link with lang=zh-Hans opens the whole interface in Simplified Chinese', async () => {
  const { page, context, problems } = await open(`?event=${visit.id}&lang=zh-Hans`);
  await page.getByRole('heading', { level: 1, name: '国际科技合作地图' }).waitFor();
  assert.equal(await page.locator('html').getAttribute('lang'), 'zh-Hans');
  for (const name of ['筛选', '地图', '时间轴', '活动']) {
    await page.getByRole('heading', { level: 2, name, exact: true }).waitFor();
  }
  // Dates, countries and counts in Chinese.
  const facts = page.locator('.panel__facts');
  await facts.getByText('2024年5月26日–31日').waitFor();
  await facts.getByText(/法国/).first().waitFor();
  await page.locator('#result-count').getByText(`${dataset.events.length} 个活动中的 ${dataset.events.length} 个`).waitFor();
  // This event's title exists only in English: shown, and marked as such.
  const title = page.locator('#panel-event-title');
  await title.getByText(visit.title.en).waitFor();
  assert.equal(await title.locator('span[lang="en"]').count(), 1);
  await title.getByText('（英文）').waitFor();
  // The timeline's axis speaks Chinese too.
  const ticks = await page.locator('.timeline__tick text').allTextContents();
  assert.ok(ticks.length > 0 && ticks.every((t) => /年|月|日|季/.test(t)), ticks.join(' '));
  assert.equal(await page.title(), `${visit.title.en} – 国际科技合作地图`);
  const fonts = await platformFonts(page, '.site-header__title');
  assert.ok(fonts.some((f) => /CJK/.test(f)), `header drawn with ${fonts}`);
  await screenshot(page, 'language-zh-hans');
  assertClean(problems);
  await context.close();
});

test('a browser set to Traditional Chinese gets 繁體中文 without any parameter', async () => {
  const { page, context, problems } = await open(`?event=${dialogue.id}`, { locale: 'zh-TW' });
  await page.getByRole('heading', { level: 1, name: '國際科技合作地圖' }).waitFor();
  assert.equal(await page.locator('html').getAttribute('lang'), 'zh-Hant');
  // Dataset text shows in Chinese, tagged with the script it is written in.
  const title = page.locator('#panel-event-title span[lang]').first();
  assert.equal(await title.textContent(), dialogue.title.zh);
  assert.equal(await title.getAttribute('lang'), 'zh-Hant');
  await page.locator('.panel__facts').getByText('2024年6月').waitFor();
  await page.getByRole('button', { name: '複製連結' }).waitFor();
  // No parameter was chosen, so none is written.
  assert.equal(new URL(page.url()).searchParams.get('lang'), null);
  const fonts = await platformFonts(page, '#panel-event-title span[lang]');
  assert.ok(fonts.some((f) => /CJK TC|CJK JP|CJK KR|CJK SC/.test(f)), `title drawn with ${fonts}`);
  await screenshot(page, 'language-zh-hant');
  assertClean(problems);
  await context.close();
});

test('the language switch changes every label, goes into the URL and back with Back', async () => {
  const { page, context, problems } = await open('?country=FR');
  const group = page.getByRole('group', { name: 'Language' });
  await group.getByRole('button', { name: '繁體中文' }).click();
  await waitForParam(page, 'lang', 'zh-Hant');
  await page.getByRole('heading', { level: 2, name: '篩選', exact: true }).waitFor();
  assert.equal(await page.getByRole('group', { name: '語言' }).getByRole('button', { name: '繁體中文' }).getAttribute('aria-pressed'), 'true');
  // The chip of the active filter names the country in Chinese; the filter itself stays.
  await page.locator('.chip').getByText('法國').waitFor();
  assert.equal(new URL(page.url()).searchParams.get('country'), 'FR');
  // Facet labels were rebuilt in the new language.
  await page.locator('.facet__name').getByText('法國', { exact: true }).waitFor();
  await page.goBack();
  await page.getByRole('heading', { level: 2, name: 'Filters', exact: true }).waitFor();
  assert.equal(await page.locator('html').getAttribute('lang'), 'en');
  assertClean(problems);
  await context.close();
});

test('a Simplified query finds Traditional text and the other way round', async () => {
  const { page, context, problems } = await open('?lang=zh-Hans');
  const search = page.getByLabel('搜索活动');
  const count = async () => Number((await page.locator('#result-count strong').textContent()).replace(/,/g, ''));
  await search.fill('法國國家科學研究中心');
  await waitForParam(page, 'q', '法國國家科學研究中心');
  const traditional = await count();
  await search.fill('法国国家科学研究中心');
  await waitForParam(page, 'q', '法国国家科学研究中心');
  const simplified = await count();
  const cnrs = dataset.events.filter((e) => e.organizations.includes('cnrs')).length;
  assert.ok(cnrs > 0);
  assert.equal(traditional, simplified);
  assert.ok(simplified >= cnrs, `${simplified} events found, ${cnrs} involve the CNRS`);
  assert.ok(simplified < dataset.events.length);
  assertClean(problems);
  await context.close();
});

test('an unknown language in a link is reported and the browser language is used', async () => {
  const { page, context, problems } = await open('?lang=tlh');
  await page.locator('.url-notice').getByText(/lang="tlh": not a language of the atlas/).waitFor();
  assert.equal(await page.locator('html').getAttribute('lang'), 'en');
  assertClean(problems);
  await context.close();
});
