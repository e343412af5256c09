#!/usr/bin/env node
// Drives JupyterLab in headless Chromium for NotebookBrowserIT (src/test/java/dev/framelens/notebook).
//
//   node notebook.js run|reopen BASE_URL TOKEN NOTEBOOK_PATH
//
// run:    opens the notebook as a user would, runs all cells, runs one chart cell again, checks
//         that every chart drew (Plotly's main-svg), that no cell failed and that charts follow
//         the width of the page, then saves.
// reopen: opens the saved notebook (served by a fresh server, so it is untrusted) without running
//         anything and checks every chart again (moving the mouse over it, as plotly's renderer
//         shows its saved PNG snapshot until then).
// Prints one JSON object with what it saw; the Java test makes the assertions. Needs JupyterLab
// started with --LabApp.expose_app_in_browser=True (window.jupyterapp). Chromium is Debian's
// (/usr/bin/chromium or $FRAMELENS_CHROMIUM), launched with a fresh profile and no network access
// beyond 127.0.0.1.
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const puppeteer = require('puppeteer-core');

const PLOTLY = 'application/vnd.plotly.v1+json';

function sleep(ms) {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

async function waitFor(page, what, fn, timeoutMs, ...args) {
  const deadline = Date.now() + timeoutMs;
  let last;
  while (Date.now() < deadline) {
    try {
      last = await page.evaluate(fn, ...args);
      if (last && last.done) {
        return last;
      }
    } catch (e) {
      last = { error: String(e) };
    }
    await sleep(500);
  }
  throw new Error('timed out after ' + timeoutMs + ' ms waiting for ' + what + ': ' + JSON.stringify(last));
}

// in the page: the open notebook panel, once its kernel (if any) and model are ready
function panelState() {
  const app = window.jupyterapp;
  if (!app) {
    return { done: false, why: 'no window.jupyterapp' };
  }
  const panel = app.shell.currentWidget;
  if (!panel || !panel.content || !panel.context || !panel.context.isReady) {
    return { done: false, why: 'no notebook panel yet' };
  }
  return { done: true, cells: panel.content.widgets.length };
}

// in the page: whether every code cell has run and the kernel is idle
function runState() {
  const panel = window.jupyterapp.shell.currentWidget;
  const kernel = panel.sessionContext.session && panel.sessionContext.session.kernel;
  const status = kernel ? kernel.status : 'none';
  const code = panel.content.widgets.filter((c) => c.model.type === 'code');
  const pending = code.filter((c) => c.model.executionCount === null).length;
  return { done: status === 'idle' && pending === 0, status, pending, code: code.length };
}

// in the page: every output, what it holds, and what is drawn
function outputs(plotlyMime) {
  const panel = window.jupyterapp.shell.currentWidget;
  const cells = [];
  panel.content.widgets.forEach((cell, index) => {
    if (cell.model.type !== 'code') {
      return;
    }
    const json = cell.model.outputs.toJSON();
    cells.push({
      index,
      count: cell.model.executionCount,
      trusted: cell.model.trusted,
      errors: json.filter((o) => o.output_type === 'error').map((o) => o.ename + ': ' + o.evalue),
      plotly: json.filter((o) => o.data && typeof o.data[plotlyMime] === 'object').length,
      rendered: cell.node.querySelectorAll('.jp-RenderedPlotly').length,
      drawn: Array.from(cell.node.querySelectorAll('.jp-RenderedPlotly')).filter((n) => n.querySelector('.main-svg')).length,
      tables: cell.node.querySelectorAll('.framelens-table').length,
    });
  });
  return { done: true, cells, dirty: panel.context.model.dirty };
}

// in the page: the widths of each drawn chart and of the output area around it
function widths() {
  return Array.from(document.querySelectorAll('.jp-RenderedPlotly')).filter((n) => n.querySelector('.main-svg')).map((n) => ({
    chart: Math.round(n.querySelector('.main-svg').getBoundingClientRect().width),
    area: Math.round(n.getBoundingClientRect().width),
  }));
}

// scrolls every plotly output into view in turn (JupyterLab draws cells when they become visible),
// moves the mouse over it, and waits until it has a main-svg
async function drawEveryChart(page, timeoutMs) {
  const count = await page.evaluate(() => document.querySelectorAll('.jp-RenderedPlotly').length);
  const seen = [];
  for (let i = 0; i < count; i++) {
    const handle = (await page.$$('.jp-RenderedPlotly'))[i];
    await handle.evaluate((n) => n.scrollIntoView({ block: 'center' }));
    const before = await handle.evaluate((n) => ({
      svg: !!n.querySelector('.main-svg'),
      png: !!(n.querySelector('img.plot-img') && n.querySelector('img.plot-img').src.startsWith('data:image/png')),
    }));
    // JupyterLab lays cells out as they render, so the chart may move away from under the mouse:
    // scroll to it and move the mouse over it again every two seconds until it has drawn
    const deadline = Date.now() + timeoutMs;
    let svg = false;
    let hovers = 0;
    let nextHover = 0;
    while (!svg && Date.now() < deadline) {
      if (Date.now() >= nextHover) {
        await handle.evaluate((n) => n.scrollIntoView({ block: 'center' }));
        await handle.hover();
        hovers++;
        nextHover = Date.now() + 2000;
      }
      svg = await handle.evaluate((n) => !!n.querySelector('.main-svg'));
      if (!svg) {
        await sleep(250);
      }
    }
    seen.push({ index: i, svgBeforeHover: before.svg, pngSnapshot: before.png, svg, hovers });
  }
  return seen;
}

async function main() {
  const [mode, base, token, notebook] = process.argv.slice(2);
  if (!['run', 'reopen'].includes(mode) || !base || !token || !notebook) {
    console.error('usage: node notebook.js run|reopen BASE_URL TOKEN NOTEBOOK_PATH');
    process.exit(2);
  }
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'framelens-puppeteer-'));
  const browser = await puppeteer.launch({
    executablePath: process.env.FRAMELENS_CHROMIUM || '/usr/bin/chromium',
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage', '--user-data-dir=' + profile,
      // nothing but the local server: any other host fails to resolve
      '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1'],
    defaultViewport: { width: 1400, height: 1000 },
  });
  const result = { mode };
  try {
    const page = await browser.newPage();
    const problems = [];
    page.on('pageerror', (e) => problems.push(String(e)));
    if (mode === 'run') {
      // the Launcher: the first notebook card is the default kernel
      await page.goto(base + '/lab?token=' + token, { waitUntil: 'domcontentloaded' });
      await page.waitForSelector('.jp-LauncherCard', { timeout: 120000 });
      result.launcherFirstNotebook = await page.evaluate(() => {
        const card = document.querySelector('.jp-Launcher-section .jp-LauncherCard[data-category="Notebook"]');
        return card ? card.getAttribute('title') || card.textContent.trim() : null;
      });
    }
    await page.goto(base + '/lab/tree/' + notebook + '?token=' + token, { waitUntil: 'domcontentloaded' });
    await waitFor(page, 'the notebook to open', panelState, 120000);
    if (mode === 'run') {
      await waitFor(page, 'the kernel', () => {
        const s = window.jupyterapp.shell.currentWidget.sessionContext;
        const k = s.session && s.session.kernel;
        return { done: !!k && k.status === 'idle', status: k ? k.status : 'none' };
      }, 180000);
      await page.evaluate(() => window.jupyterapp.commands.execute('notebook:run-all-cells'));
      result.runAll = await waitFor(page, 'all cells to run', runState, 600000);
      // run one chart cell again on its own (the similarity chart, the last chart): every chart must still draw
      const again = await page.evaluate((mime) => {
        const panel = window.jupyterapp.shell.currentWidget;
        let last = -1;
        panel.content.widgets.forEach((c, i) => {
          if (c.model.type === 'code' && c.model.outputs.toJSON().some((o) => o.data && o.data[mime])) {
            last = i;
          }
        });
        panel.content.activeCellIndex = last;
        return { index: last, count: panel.content.widgets[last].model.executionCount };
      }, PLOTLY);
      await page.evaluate(() => window.jupyterapp.commands.execute('notebook:run-cell'));
      await waitFor(page, 'the chart cell to run again', (index, count) => {
        const cell = window.jupyterapp.shell.currentWidget.content.widgets[index];
        const kernel = window.jupyterapp.shell.currentWidget.sessionContext.session.kernel;
        return { done: cell.model.executionCount !== null && cell.model.executionCount > count && kernel.status === 'idle',
          count: cell.model.executionCount };
      }, 120000, again.index, again.count);
      result.rerunCell = again.index;
    } else {
      await sleep(3000); // let JupyterLab render what it restores
    }
    result.charts = await drawEveryChart(page, 30000);
    result.outputs = await page.evaluate(outputs, PLOTLY);
    result.widths = await page.evaluate(widths);
    if (mode === 'run') {
      // charts follow the page: narrower window, narrower charts
      await page.setViewport({ width: 900, height: 1000 });
      await sleep(1500);
      await drawEveryChart(page, 10000);
      result.narrowWidths = await page.evaluate(widths);
      await page.setViewport({ width: 1400, height: 1000 });
      await sleep(1500);
      // plotly's renderer stores a PNG snapshot of each chart in its output after drawing it
      await sleep(2000);
      await page.evaluate(() => window.jupyterapp.commands.execute('docmanager:save'));
      result.saved = await waitFor(page, 'the save', () => {
        const panel = window.jupyterapp.shell.currentWidget;
        return { done: !panel.context.model.dirty };
      }, 60000);
    }
    result.pageErrors = problems;
  } finally {
    await browser.close();
    fs.rmSync(profile, { recursive: true, force: true });
  }
  process.stdout.write(JSON.stringify(result) + '\n');
}

main().catch((e) => {
  console.error(e && e.stack ? e.stack : String(e));
  process.exit(1);
});
