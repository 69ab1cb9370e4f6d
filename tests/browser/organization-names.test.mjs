// Organizations in Chinese: in 简体中文 and 繁體中文 the organization facet, the network's table
// and the event panel name every organization by the Chinese name the dataset gives it,
// including those the source documents name only in English (the dataset marks where each of
// those names comes from, in `name_zh_outside_sources`).

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { assertClean, bundledDataset, openApp, SCREENSHOTS, serverAndBrowser } from './harness.mjs';

const env = serverAndBrowser();
const dataset = bundledDataset();

/** An organization as the facet, the table and the panel write it in Chinese. */
const chineseName = (o) => (o.abbr && o.abbr !== o.name.zh ? `${o.name.zh} (${o.abbr})` : o.name.zh);
const escape = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const outside = dataset.organizations.filter((o) => o.name_zh_outside_sources);
/** Organizations that take part in events (the network's nodes; the panel lists them). */
const taking = dataset.organizations.filter((o) => dataset.events.some((e) => e.organizations.includes(o.id)));

/** A few events whose panels together list every organization that takes part in one. */
function eventsCovering(organizations) {
  const left = new Set(organizations.map((o) => o.id));
  const chosen = [];
  while (left.size > 0) {
    const best = dataset.events.reduce((a, b) => (b.organizations.filter((o) => left.has(o)).length > a.organizations.filter((o) => left.has(o)).length ? b : a));
    chosen.push(best);
    for (const o of best.organizations) left.delete(o);
  }
  return chosen;
}

test('the dataset gives every organization a Chinese name and marks those from outside the sources', () => {
  assert.deepEqual(dataset.organizations.filter((o) => !o.name.zh).map((o) => o.id), []);
  assert.ok(outside.length >= 10, `${outside.length} names marked as from outside the sources`);
  for (const o of outside) assert.ok(['organization', 'partners', 'media', 'translation'].includes(o.name_zh_outside_sources.basis), o.id);
});

for (const lang of ['zh-Hans', 'zh-Hant']) {
  test(`in ${lang} the organization facet, the network's table and the panel use the Chinese names`, async () => {
    const { page, context, problems } = await openApp(env.browser, env.server, `?lang=${lang}`, { width: 1280, height: 900 });
    // The facet: one checkbox per organization, named by its Chinese name and its count.
    const facet = page.locator('.facet').filter({ has: page.locator('.facet__search') });
    for (const o of dataset.organizations) {
      await facet.getByRole('checkbox', { name: new RegExp(`^${escape(chineseName(o))} \\d+$`) }).waitFor({ state: 'attached' });
    }
    const english = await facet.locator('.facet__name').evaluateAll((names, ids) => names.map((n) => n.textContent).filter((t) => ids.some((en) => t.startsWith(en))), outside.map((o) => o.name.en));
    assert.deepEqual(english, [], 'no English names left in the facet');
    await facet.scrollIntoViewIfNeeded();
    await page.locator('.region--filters').screenshot({ path: join(SCREENSHOTS, `organization-facet-${lang}.png`) });
    // The rest of the list, scrolled as a person would.
    const options = facet.locator('.facet__options');
    await options.evaluate((list) => { list.scrollTop = list.scrollHeight; });
    await options.screenshot({ path: join(SCREENSHOTS, `organization-facet-${lang}-end.png`) });

    // The network's table: a row per organization, named in full.
    await page.goto(env.server.url(`?view=network&lang=${lang}`));
    await page.locator('.network-table summary').click();
    const table = page.locator('.network-table table');
    await table.waitFor();
    for (const o of taking) {
      await table.getByRole('rowheader', { name: chineseName(o), exact: true }).waitFor({ state: 'attached' });
    }

    // The panel: the events that list the marked organizations, each named in Chinese.
    for (const event of eventsCovering(taking.filter((o) => o.name_zh_outside_sources))) {
      await page.goto(env.server.url(`?event=${event.id}&lang=${lang}`));
      for (const id of event.organizations) {
        const o = dataset.organizations.find((x) => x.id === id);
        await page.locator('.region--panel .panel__list li').filter({ hasText: chineseName(o) }).first().waitFor();
      }
    }
    assertClean(problems);
    await context.close();
  });
}
