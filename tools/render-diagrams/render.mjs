// Renders every processes/*.bpmn of the repository to docs/diagrams/<name>.svg with bpmn-js in
// Debian's headless Chromium (no browser download), and checks that the picture can be read: no word
// of a name broken over two lines, no text over a task's icon or outside its shape, no label on a
// shape, another label or a line, no line through a shape it does not connect.
// Usage: npm run render [-- [--png DIR] file.bpmn ...]   (--png: also a PNG per model, to look at)
import { readFileSync, readdirSync, mkdirSync, unlinkSync, writeFileSync } from 'node:fs';
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

const args = process.argv.slice(2);
let pngDir = null;
const pngAt = args.indexOf('--png');
if (pngAt >= 0) {
  pngDir = resolve(args[pngAt + 1]);
  args.splice(pngAt, 2);
}
// models too wide to read at the README's width are also cut into parts (<name>-1.svg, ...), each at
// most `maxPartWidth` wide so that it shows 1:1 in a README column, each cut in a gap between shapes,
// the later parts with the lane names repeated at their left edge
const { maxPartWidth } = JSON.parse(readFileSync(join(here, 'parts.json'), 'utf8'));
// the documents that show the pictures: between <!-- pictures:<name> --> and <!-- /pictures --> the
// renderer writes the model's pictures (its parts, or the whole), with paths relative to the document
const documents = [join(root, 'README.md'), join(root, 'docs', 'PROCESSES.md')];
const files = args.length
  ? args.map((f) => resolve(f))
  : readdirSync(processes).filter((f) => f.endsWith('.bpmn')).sort().map((f) => join(processes, f));

// runs in the page: where the shapes and labels are (x ranges) and the lanes (for the parts)
function geometry(maxPartWidth) {
  /* eslint-disable no-undef */
  const registry = window.viewer.get('elementRegistry');
  const spans = [];
  const lanes = [];
  for (const e of registry.getAll()) {
    if (!e.parent || e.waypoints) {
      continue;
    }
    if (e.type === 'bpmn:Lane') {
      lanes.push({ name: e.businessObject.name || '', y: e.y, height: e.height });
    } else if (e.type !== 'bpmn:Participant' && !(e.type === 'bpmn:SubProcess' && (e.di || {}).isExpanded)) {
      spans.push([e.x, e.x + e.width]);
    }
  }
  // an expanded sub-process is kept whole when it fits in a part; a wider one (staff-loan's running loan) is
  // cut like the lanes, between its inner shapes, which are spans of their own
  for (const e of registry.getAll()) {
    if (e.type === 'bpmn:SubProcess' && (e.di || {}).isExpanded && e.width <= maxPartWidth) {
      spans.push([e.x, e.x + e.width]);
    }
  }
  return { spans, lanes };
}

// the x positions where a picture is cut so that no part is wider than maxPartWidth, never through a
// shape: the fewest parts, and of those the cuts whose narrowest part is widest
function cuts(name, box, spans) {
  // the later part starts at x with a band of lane names 24 wide: nothing may lie under it
  const free = (x) => spans.every(([a, b]) => x + 30 < a || x - 6 > b);
  const margin = 5;
  const start = box.x - margin;
  const end = box.x + box.width + margin;
  const at = [start];
  for (let x = Math.ceil(box.x) + 2; x < box.x + box.width; x += 2) {
    if (free(x)) {
      at.push(x);
    }
  }
  at.push(end);
  // best[i]: the fewest parts up to at[i], then the widest narrowest part; from[i]: the cut before it
  const best = at.map(() => null);
  const from = at.map(() => -1);
  best[0] = { parts: 0, narrowest: Infinity };
  for (let i = 1; i < at.length; i++) {
    for (let j = i - 1; j >= 0 && at[i] - at[j] <= maxPartWidth; j--) {
      if (best[j] === null) {
        continue;
      }
      const candidate = { parts: best[j].parts + 1, narrowest: Math.min(best[j].narrowest, at[i] - at[j]) };
      if (best[i] === null || candidate.parts < best[i].parts
          || candidate.parts === best[i].parts && candidate.narrowest > best[i].narrowest) {
        best[i] = candidate;
        from[i] = j;
      }
    }
  }
  const last = at.length - 1;
  if (best[last] === null) {
    throw new Error(`${name}: no way to cut it into parts of at most ${maxPartWidth}: widen a gap between shapes`);
  }
  const result = [];
  for (let i = from[last]; i > 0; i = from[i]) {
    result.unshift(at[i]);
  }
  return result;
}

// the pictures of a model as a document shows them; `prefix` is the path from the document to docs/diagrams
function pictures(name, count, prefix) {
  if (count === 1) {
    return `<img src="${prefix}${name}.svg" alt="${name}">`;
  }
  const images = Array.from({ length: count },
    (_, i) => `<img src="${prefix}${name}-${i + 1}.svg" alt="${name}, part ${i + 1} of ${count}">`);
  return [`In ${count} parts, left to right (the lane names repeat at the left edge of each); `
    + `[the whole picture](${prefix}${name}.svg).`, ...images].join('\n\n');
}

// writes the pictures of a model into each document that has its markers
function showPictures(name, count) {
  for (const document of documents) {
    const text = readFileSync(document, 'utf8');
    const prefix = document.endsWith('README.md') ? 'docs/diagrams/' : 'diagrams/';
    const start = `<!-- pictures:${name} -->`;
    const at = text.indexOf(start);
    if (at < 0) {
      continue;
    }
    const stop = text.indexOf('<!-- /pictures -->', at);
    if (stop < 0) {
      throw new Error(`${document}: ${start} has no <!-- /pictures -->`);
    }
    const updated = `${text.slice(0, at + start.length)}\n\n${pictures(name, count, prefix)}\n\n${text.slice(stop)}`;
    if (updated !== text) {
      writeFileSync(document, updated);
    }
  }
}

function escapeXml(text) {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

// one part of the picture: the same SVG seen through a narrower viewBox, with the lane names
function part(svg, box, from, to, lanes, first) {
  const margin = 5;
  const x = first ? box.x - margin : from;
  const width = Math.ceil(to - x + (to >= box.x + box.width ? margin : 0));
  const y = box.y - margin;
  const height = Math.ceil(box.height + 2 * margin);
  let out = svg.replace(/<svg ([^>]*?)width="[^"]*" height="[^"]*" viewBox="[^"]*"/,
    `<svg $1width="${width}" height="${height}" viewBox="${x} ${y} ${width} ${height}"`);
  if (!first) {
    const band = lanes.map((lane) => {
      const cy = lane.y + lane.height / 2;
      return `<rect x="${x}" y="${lane.y}" width="24" height="${lane.height}" style="fill: white; stroke: black; stroke-width: 1.5px"/>`
        + `<text x="${x + 16}" y="${cy}" transform="rotate(-90 ${x + 16} ${cy})" text-anchor="middle" `
        + `style="font-family: Arial, sans-serif; font-size: 12px; fill: black">${escapeXml(lane.name)}</text>`;
    }).join('');
    out = out.replace(/<\/svg>\s*$/, `<g class="lane-names">${band}</g></svg>`);
  }
  return out;
}

// runs in the page: what a reader would stumble over
function findProblems() {
  /* eslint-disable no-undef */
  const viewer = window.viewer;
  const registry = viewer.get('elementRegistry');
  const all = registry.getAll();
  const problems = [];
  const box = (x, y, width, height) => ({ x, y, width, height });
  const overlap = (a, b, slack = 1) => a.x + slack < b.x + b.width && b.x + slack < a.x + a.width
    && a.y + slack < b.y + b.height && b.y + slack < a.y + a.height;
  const segmentHits = (p, q, r, slack = 2) => {
    const x1 = Math.min(p.x, q.x), x2 = Math.max(p.x, q.x), y1 = Math.min(p.y, q.y), y2 = Math.max(p.y, q.y);
    return x1 < r.x + r.width - slack && x2 > r.x + slack && y1 < r.y + r.height - slack && y2 > r.y + slack;
  };
  const containers = (e) => ['bpmn:Lane', 'bpmn:Participant'].includes(e.type)
    || (e.type === 'bpmn:SubProcess' && (e.di || {}).isExpanded);
  const name = (e) => (e.businessObject && e.businessObject.name || '').replace(/\s+/g, ' ').trim();
  const texts = [];
  for (const e of all) {
    if (!e.parent || !e.businessObject || !name(e) || e.waypoints && !e.label) {
      continue;
    }
    const gfx = registry.getGraphics(e);
    const text = gfx && gfx.querySelector('.djs-visual text');
    if (!text) {
      continue;
    }
    const lines = [...text.querySelectorAll('tspan')].map((t) => t.textContent.trim());
    const id = e.type === 'label' ? e.labelTarget.id : e.id;
    // a line may end at a hyphen of the name (YH-/utbildning), never inside a word
    if (lines.join(' ').replace(/- /g, '-') !== name(e)) {
      problems.push(`${id}: "${name(e)}" is broken as ${JSON.stringify(lines)}`);
    }
    const isLabel = e.type === 'label';
    const b = text.getBBox();
    const global = box(b.x + e.x, b.y + e.y, b.width, b.height);
    if (!isLabel && !['bpmn:Lane', 'bpmn:Participant'].includes(e.type)) {
      if (global.x < e.x || global.y < e.y || global.x + global.width > e.x + e.width
        || global.y + global.height > e.y + e.height) {
        problems.push(`${id}: "${name(e)}" does not fit in its shape`);
      }
      if (/Task$/.test(e.type) && e.type !== 'bpmn:Task') {
        const icon = box(e.x + 4, e.y + 4, 18, 18);
        for (const span of text.querySelectorAll('tspan')) {
          const s = span.getBBox();
          if (overlap(box(s.x + e.x, s.y + e.y, s.width, s.height), icon, 0)) {
            problems.push(`${id}: "${span.textContent}" runs over the task's icon`);
          }
        }
      }
    }
    if (isLabel) {
      texts.push({ id, owner: e.labelTarget, box: global });
    }
  }
  const shapes = all.filter((e) => !e.waypoints && e.type !== 'label' && e.parent && !containers(e)
    && e.type !== 'bpmn:Process' && e.type !== 'bpmn:Collaboration');
  const edges = all.filter((e) => e.waypoints && e.type !== 'label');
  for (const t of texts) {
    for (const s of shapes) {
      if (s !== t.owner && overlap(t.box, box(s.x, s.y, s.width, s.height))) {
        problems.push(`${t.id}: label lies on ${s.id}`);
      }
    }
    for (const u of texts) {
      if (u !== t && u.id < t.id && overlap(t.box, u.box)) {
        problems.push(`${t.id}: label lies on the label of ${u.id}`);
      }
    }
    for (const edge of edges) {
      const w = edge.waypoints;
      for (let i = 1; i < w.length; i++) {
        if (segmentHits(w[i - 1], w[i], t.box)) {
          problems.push(`${t.id}: label lies on the line ${edge.id}`);
          break;
        }
      }
    }
  }
  for (const edge of edges) {
    const w = edge.waypoints;
    const ends = [edge.source, edge.target, edge.source && edge.source.host].filter(Boolean);
    for (const s of shapes) {
      if (ends.includes(s) || s.host && ends.includes(s.host) && edge.source === s) {
        continue;
      }
      if (s.host === edge.source || s.host === edge.target) {
        continue;
      }
      for (let i = 1; i < w.length; i++) {
        if (segmentHits(w[i - 1], w[i], box(s.x, s.y, s.width, s.height), 3)) {
          problems.push(`${edge.id}: line runs through ${s.id}`);
          break;
        }
      }
    }
  }
  return problems;
}

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
let failed = 0;
try {
  mkdirSync(output, { recursive: true });
  if (pngDir) {
    mkdirSync(pngDir, { recursive: true });
  }
  for (const file of files) {
    const name = basename(file, '.bpmn');
    const page = await browser.newPage({ viewport: { width: 800, height: 600 }, deviceScaleFactor: 1 });
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
      const viewer = window.viewer = new BpmnJS({ container: '#canvas' });
      try {
        const { warnings } = await viewer.importXML(xml);
        const box = viewer.get('canvas').getActiveLayer().getBBox();
        const { svg } = await viewer.saveSVG();
        return { warnings: warnings.map((w) => w.message), svg,
          box: { x: box.x, y: box.y, width: box.width, height: box.height } };
      } catch (e) {
        return { error: String(e) };
      }
    }, readFileSync(file, 'utf8'));
    if (result.error) {
      console.error(`${name}: ${result.error}`);
      failed++;
      await page.close();
      continue;
    }
    result.warnings.forEach((w) => console.warn(`${name}: warning: ${w}`));
    const problems = await page.evaluate(findProblems);
    problems.forEach((p) => console.error(`${name}: ${p}`));
    if (problems.length) {
      failed++;
    }
    // bpmn-js names its arrow-head markers at random: numbered in order instead, so that an unchanged
    // model renders to an unchanged file
    const markers = new Map();
    result.svg = result.svg.replace(/marker-[0-9a-z]{20,}/g,
      (id) => markers.get(id) || markers.set(id, `marker-${markers.size + 1}`).get(id));
    const target = join(output, `${name}.svg`);
    writeFileSync(target, result.svg.endsWith('\n') ? result.svg : `${result.svg}\n`);
    const { spans, lanes } = await page.evaluate(geometry, maxPartWidth);
    const at = [result.box.x, ...cuts(name, result.box, spans), result.box.x + result.box.width];
    const count = at.length - 1;
    // parts of an earlier, wider cut go
    const partName = new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}-\\d+\\.svg$`);
    readdirSync(output).filter((f) => partName.test(f)).forEach((f) => unlinkSync(join(output, f)));
    if (count > 1) {
      for (let i = 0; i < count; i++) {
        const svg = part(result.svg.trimEnd(), result.box, at[i], at[i + 1], lanes, i === 0);
        writeFileSync(join(output, `${name}-${i + 1}.svg`), `${svg}\n`);
      }
      console.log(`${name}: cut in ${count} parts at x=${at.slice(1, -1).join(', ')}`);
    }
    showPictures(name, count);
    const size = `${Math.ceil(result.box.width)}x${Math.ceil(result.box.height)}`;
    console.log(`${name}: ${target} (${size})${result.warnings.length ? `, ${result.warnings.length} warnings` : ''}`
      + `${problems.length ? `, ${problems.length} layout problems` : ''}`);
    if (pngDir) {
      // the whole diagram at 1:1 on a white page
      const margin = 20;
      const width = Math.ceil(result.box.width + 2 * margin);
      const height = Math.ceil(result.box.height + 2 * margin);
      await page.setViewportSize({ width, height });
      await page.evaluate(({ box, margin, width, height }) => {
        const canvas = document.querySelector('#canvas');
        canvas.style.width = `${width}px`;
        canvas.style.height = `${height}px`;
        const logo = document.querySelector('.bjs-powered-by');
        if (logo) {
          logo.style.display = 'none';
        }
        const viewport = document.querySelector('#canvas svg .viewport');
        viewport.setAttribute('transform', `matrix(1,0,0,1,${margin - box.x},${margin - box.y})`);
      }, { box: result.box, margin, width, height });
      await page.screenshot({ path: join(pngDir, `${name}.png`), fullPage: false });
    }
    await page.close();
  }
} finally {
  await browser.close();
}
process.exit(failed ? 1 : 0);
