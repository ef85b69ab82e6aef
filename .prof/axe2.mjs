import { chromium } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' });
const page = await (await browser.newContext()).newPage();
for (const name of ['Back to reference 3, use 2','参照 3、2', '本文の参照箇所3に戻る（2 回目）','本文の参照箇所3に戻る 2 回目','参照箇所3に戻る (2)','2 回目の参照箇所3に戻る','本文の参照箇所3に戻る、2回目']) {
  await page.setContent(`<html lang="ja"><body><main><p>x<a href="#a" aria-label="${name}">2</a></p><p id="a">y</p></main></body></html>`);
  const r = await new AxeBuilder({ page }).withRules(['label-content-name-mismatch']).options({rules:{'label-content-name-mismatch':{enabled:true}}}).analyze();
  console.log(name, r.violations.map(v=>v.id+':'+v.nodes.length).join(','));
}
await browser.close();
