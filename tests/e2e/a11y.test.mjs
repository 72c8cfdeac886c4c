// End to end: what a reader sees first, and accessibility. At 1366×900 the
// first screen holds the outline, the cloud and four headline figures, and
// the input is one line. axe-core (npm, pinned) checks the WCAG 2.1 A and
// AA rules on the sample's analysis (outline, cloud, and each panel below,
// whose tabs the arrow keys walk:
// text, metrics table, 提法, warnings, dictionary, 使用说明), in the light
// and the dark scheme, and on 对比 and 历年 with two reports in the
// library: no violation anywhere. The text view,
// which scrolls, takes the keyboard's focus and scrolls by keyboard; Tab
// reaches the cloud's words and Enter opens a word's concordance; the
// outline is a tree the arrow keys walk, open and close.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { startApp, page, dropFiles, openPanel, showSample } from './harness.mjs';

startApp();

const require = createRequire(import.meta.url);
const AXE = await readFile(require.resolve('axe-core/axe.min.js'), 'utf8');
const WCAG_21_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** The WCAG 2.1 A/AA violations axe finds in the page as it is, each with
 * up to three of the elements that break the rule. */
async function violations() {
  // Evaluated by the driver, so the page's CSP (no inline scripts) stays as it is.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE);
  return page.evaluate(async (tags) => {
    const result = await window.axe.run(document, { runOnly: { type: 'tag', values: tags } });
    return result.violations.map((v) => `${v.id}: ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
  }, WCAG_21_AA);
}

/** Whether the element's box lies wholly inside the window. */
const inFirstScreen = (locator) => locator.evaluate((el) => {
  const r = el.getBoundingClientRect();
  return r.height > 0 && r.top >= 0 && r.left >= 0 && r.bottom <= innerHeight && r.right <= innerWidth;
});

test('at 1366×900 the first screen holds the outline, the cloud and four headline figures; the input is one line', async () => {
  await page.setViewportSize({ width: 1366, height: 900 });
  await showSample();
  await page.evaluate(() => window.scrollTo(0, 0));
  assert.ok(await inFirstScreen(page.locator('[data-testid=outline]')), 'the outline panel');
  assert.ok(await page.locator('[data-testid=outline-item]').count() >= 20);
  assert.ok(await inFirstScreen(page.locator('svg[data-testid=cloud]')), 'the cloud');
  const cards = page.locator('[data-testid=headline]');
  let shown = 0;
  for (let i = 0; i < await cards.count(); i++) if (await inFirstScreen(cards.nth(i))) shown++;
  assert.ok(shown >= 4, `${shown} headline figures in the first screen`);
  // The input: one line beside its buttons, taller while it has the focus.
  const input = page.locator('.input-panel');
  const line = (await input.boundingBox()).height;
  assert.ok(line <= 48, `the input is ${line} px high`);
  await page.locator('[data-testid=input]').focus();
  assert.ok((await input.boundingBox()).height > 100, 'the focused textarea opens');
  await page.locator('[data-testid=analyze]').focus();
  assert.equal((await input.boundingBox()).height, line);
});

test('the sample analysis breaks no WCAG 2.1 A/AA rule, light or dark, in any of its panels', async () => {
  await page.setViewportSize({ width: 1366, height: 900 });
  for (const panel of ['text', 'metrics', 'formulations', 'warnings', 'dictionary', 'help']) {
    await openPanel(panel);
    if (panel === 'metrics') assert.ok(await page.locator('[data-testid=metrics] tbody tr').count() > 10, 'the metrics table is shown');
    if (panel === 'help') assert.match(await page.locator('[data-testid=help]').innerText(), /限定词[\s\S]*目标/);
    assert.deepEqual(await violations(), [], panel);
    await page.emulateMedia({ colorScheme: 'dark' });
    assert.deepEqual(await violations(), [], `${panel}, dark`);
    await page.emulateMedia({ colorScheme: 'light' });
  }
  await openPanel('text');
});

test('the panels\' tabs: only the open one takes Tab, the arrow keys open the others', async () => {
  await openPanel('metrics');
  const tabs = page.locator('.detail-tabs [role=tab]');
  assert.deepEqual(await tabs.evaluateAll((ts) => ts.map((t) => t.tabIndex)), [-1, 0, -1, -1, -1, -1]);
  await page.locator('[data-testid=detail-tab-metrics]').focus();
  await page.keyboard.press('ArrowRight');
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'detail-tab-formulations');
  assert.equal(await page.locator('#detail-formulations').isVisible(), true);
  await page.keyboard.press('Home');
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'detail-tab-text');
  await page.keyboard.press('ArrowLeft');
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'detail-tab-help');
  assert.equal(await page.locator('#detail-help').isVisible(), true);
  await openPanel('text');
});

test('the text view takes the focus and scrolls by keyboard', async () => {
  const view = page.locator('[data-testid=text]');
  await view.scrollIntoViewIfNeeded();
  await view.focus();
  assert.equal(await page.evaluate(() => document.activeElement?.dataset.testid), 'text');
  const before = await view.evaluate((v) => v.scrollTop);
  await page.keyboard.press('PageDown');
  await page.waitForFunction((y) => document.querySelector('[data-testid=text]').scrollTop > y, before);
});

test('Tab reaches a cloud word, and Enter opens its concordance', async () => {
  await page.locator('[data-testid=tab-report]').click();
  await page.locator('[data-testid=analyze]').focus();
  // From the analyze button on, Tab alone: the cloud comes within the stats,
  // the outline and the cloud's own controls.
  let word = null;
  for (let presses = 0; presses < 150 && !word; presses++) {
    await page.keyboard.press('Tab');
    word = await page.evaluate(() => {
      const el = document.activeElement;
      return el?.closest('[data-testid=cloud]') ? el.textContent.replace(el.querySelector('title')?.textContent ?? '', '') : null;
    });
  }
  assert.ok(word, 'no cloud word reached with Tab');
  await page.keyboard.press('Enter');
  const concordance = page.locator('[data-testid=concordance]');
  await concordance.waitFor();
  assert.ok((await concordance.locator('h2').innerText()).includes(word), word);
});

test('the outline is a tree: one entry takes Tab, the arrow keys move, open and close', async () => {
  const tabStops = await page.locator('[data-testid=outline-item][tabindex="0"]').count();
  assert.equal(tabStops, 1, 'one outline entry in the Tab order');
  const focused = () => page.evaluate(() => document.activeElement?.id ?? '');
  const items = await page.locator('[data-testid=outline-item]').evaluateAll((els) => els.map((e) => e.id));
  await page.locator(`#${items[0]}`).focus();
  await page.keyboard.press('ArrowDown');
  assert.equal(await focused(), items[1]);
  await page.keyboard.press('End');
  assert.equal(await focused(), items.at(-1));
  await page.keyboard.press('Home');
  assert.equal(await focused(), items[0]);
  // The first top-level entry has subsections: ← closes it, → opens it.
  const first = page.locator('[role=tree] > li').first();
  assert.equal(await first.getAttribute('aria-expanded'), 'true');
  await page.keyboard.press('ArrowLeft');
  await page.waitForFunction(() => document.querySelector('[role=tree] > li')?.getAttribute('aria-expanded') === 'false');
  assert.ok((await page.locator('[data-testid=outline-item]').count()) < items.length, 'its subsections hidden');
  await page.keyboard.press('ArrowRight');
  await page.waitForFunction(() => document.querySelector('[role=tree] > li')?.getAttribute('aria-expanded') === 'true');
  assert.equal(await page.locator('[data-testid=outline-item]').count(), items.length);
});

test('at phone width the page does not scroll sideways, and axe finds nothing', async () => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.locator('[data-testid=tab-report]').click();
  const widths = await page.evaluate(() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]);
  assert.ok(widths[0] <= widths[1], `page ${widths[0]} px wide in a ${widths[1]} px window`);
  assert.deepEqual(await violations(), []);
  await page.setViewportSize({ width: 1366, height: 900 });
});

test('对比 and 历年 break no WCAG 2.1 A/AA rule', async () => {
  await dropFiles(page, ['more/gov_national_2011.txt', 'more/gov_national_2012.txt']);
  await page.waitForFunction(() => document.querySelector('[data-testid=batch]')?.dataset.done === 'true', null, { timeout: 60_000 });
  await page.locator('[data-testid=tab-compare]').click();
  await page.locator('[data-testid=comparison]').waitFor({ timeout: 30_000 });
  await page.locator('[data-testid=keyness-chart] img').waitFor();
  assert.deepEqual(await violations(), []);
  await page.locator('[data-testid=tab-series]').click();
  await page.locator('[data-testid=trends-chart] img').waitFor({ timeout: 30_000 });
  assert.deepEqual(await violations(), []);
});
