import { chromium } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' });
const page = await (await browser.newContext()).newPage();
for (const path of process.argv.slice(2)) {
  await page.goto(`http://localhost:4390${path}`); await page.waitForLoadState('networkidle');
  const r = await new AxeBuilder({ page }).withTags(['wcag2a','wcag2aa','wcag21a','wcag21aa','wcag22aa']).analyze();
  for (const v of r.violations) console.log(path, v.id, v.help, v.nodes.slice(0,3).map(n=>n.target.join(' ')+' '+(n.failureSummary??'').split('\n').slice(1).join(' ')).join(' || '));
}
await browser.close();
