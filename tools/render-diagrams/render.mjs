// Renders every processes/*.bpmn of the repository to docs/diagrams/<name>.png with bpmn-js in
// Debian's headless Chromium (no browser download). Usage: npm run render [-- file.bpmn ...]
import { readFileSync, readdirSync, mkdirSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import { chromium } from 'playwright-core';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '..', '..');
const processes = join(root, 'processes');
const output = join(root, 'docs', 'diagrams');
const require = createRequire(import.meta.url);
const bpmnJsDist = dirname(require.resolve('bpmn-js/dist/bpmn-viewer.production.min.js'));

const files = process.argv.length > 2
  ? process.argv.slice(2).map((f) => resolve(f))
  : readdirSync(processes).filter((f) => f.endsWith('.bpmn')).sort().map((f) => join(processes, f));

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
let failed = 0;
try {
  mkdirSync(output, { recursive: true });
  for (const file of files) {
    const page = await browser.newPage({ viewport: { width: 800, height: 600 }, deviceScaleFactor: 1.5 });
    // nothing may come from the network: the page is built from local files only
    await page.route(/^https?:/, (route) => route.abort());
    await page.setContent(`<!doctype html><html><head><meta charset="utf-8">
      <style>html,body{margin:0;background:#fff}#canvas{width:100%;height:100%}</style>
      </head><body><div id="canvas"></div></body></html>`);
    await page.addStyleTag({ path: join(bpmnJsDist, 'assets', 'diagram-js.css') });
    await page.addStyleTag({ path: join(bpmnJsDist, 'assets', 'bpmn-js.css') });
    await page.addStyleTag({ path: join(bpmnJsDist, 'assets', 'bpmn-font', 'css', 'bpmn.css') });
    await page.addScriptTag({ path: join(bpmnJsDist, 'bpmn-viewer.production.min.js') });
    const result = await page.evaluate(async (xml) => {
      // eslint-disable-next-line no-undef
      const viewer = new BpmnJS({ container: '#canvas' });
      try {
        const { warnings } = await viewer.importXML(xml);
        const box = viewer.get('canvas').getActiveLayer().getBBox();
        return { warnings: warnings.map((w) => w.message), box: { x: box.x, y: box.y, width: box.width, height: box.height } };
      } catch (e) {
        return { error: String(e) };
      }
    }, readFileSync(file, 'utf8'));
    const name = basename(file, '.bpmn');
    if (result.error) {
      console.error(`${name}: ${result.error}`);
      failed++;
      await page.close();
      continue;
    }
    result.warnings.forEach((w) => console.warn(`${name}: warning: ${w}`));
    // size the page to the whole diagram at 1:1 and take the picture
    const margin = 20;
    const width = Math.ceil(result.box.width + 2 * margin);
    // room below the diagram for the bpmn.io logo, so it never covers a label
    const logo = 40;
    const height = Math.ceil(result.box.height + 2 * margin + logo);
    await page.setViewportSize({ width, height });
    await page.evaluate(({ box, margin, logo }) => {
      const viewer = document.querySelector('#canvas');
      viewer.style.width = `${box.width + 2 * margin}px`;
      viewer.style.height = `${box.height + 2 * margin + logo}px`;
    }, { box: result.box, margin, logo });
    await page.evaluate(({ box, margin }) => {
      const svg = document.querySelector('#canvas svg');
      const viewport = svg.querySelector('.viewport');
      viewport.setAttribute('transform', `matrix(1,0,0,1,${margin - box.x},${margin - box.y})`);
    }, { box: result.box, margin });
    const target = join(output, `${name}.png`);
    await page.screenshot({ path: target, fullPage: false });
    console.log(`${name}: ${target} (${width}x${height})${result.warnings.length ? `, ${result.warnings.length} warnings` : ''}`);
    await page.close();
  }
} finally {
  await browser.close();
}
process.exit(failed ? 1 : 0);
