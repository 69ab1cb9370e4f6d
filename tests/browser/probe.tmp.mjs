import { join } from 'node:path';
import { startStaticServer, launchBrowser, openApp, SYNTHETIC } from './harness.mjs';
const server = await startStaticServer({ files: { 'data/events-10000.json': { path: join(SYNTHETIC, 'events-10000.json') } } });
const browser = await launchBrowser();
for (const q of ['?data=data%2Fevents-10000.json&view=network']) {
  const { page, problems, context } = await openApp(browser, server, q, { width: 1440, height: 900 });
  await page.locator('.event-row').first().waitFor({ timeout: 30000 });
  await page.waitForTimeout(4000);
  await page.locator('.facet').first().locator('input[type=checkbox]').first().check();
  await page.waitForTimeout(3000);
  console.log(q, problems.consoleErrors.map((e) => e.slice(0, 3000)));
  await context.close();
}
await browser.close(); server.stop();
