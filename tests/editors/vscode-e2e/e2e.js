// End-to-end test of the VS Code extension in a real VS Code (code-server) driven through
// headless Chromium: the Blinken finding in Problems, completion of "Blin", the quick fix.
// Usage: node e2e.js  (environment: see run.sh). Saves screenshots into READOUT_SCREENSHOTS.
const fs = require('fs');
const path = require('path');
const { spawn } = require('child_process');
const net = require('net');
const puppeteer = require('puppeteer-core');

const env = process.env;
const codeServer = env.READOUT_CODE_SERVER;
const work = env.READOUT_E2E_WORK;
const shots = env.READOUT_SCREENSHOTS;
const report = 'c5plus1-astana-2023.readout';

function log(message) { console.log(`[e2e] ${message}`); }
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

async function waitFor(what, timeoutMs, probe) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(250);
  }
}

async function textOf(page, selector) {
  return page.evaluate((s) => Array.from(document.querySelectorAll(s)).map((e) => e.innerText).join('\n').replace(/\u00a0/g, ' '), selector);
}

// The process ids of running `readout lsp` servers started from READOUT_BINARY.
function serverPids() {
  const pids = [];
  for (const pid of fs.readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
    try {
      const argv = fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0');
      if (argv[0] === env.READOUT_BINARY && argv[1] === 'lsp') pids.push(pid);
    } catch { /* gone */ }
  }
  return pids;
}

// A free port on 127.0.0.1, so that two runs never meet.
function freePort() {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

async function main() {
  const port = Number(env.READOUT_E2E_PORT) || await freePort();
  const workspace = path.join(work, 'workspace');
  const server = spawn(codeServer, [
    '--auth', 'none', '--bind-addr', `127.0.0.1:${port}`, '--disable-telemetry',
    '--disable-update-check', '--disable-workspace-trust', '--disable-getting-started-override',
    '--user-data-dir', path.join(work, 'user-data'), '--extensions-dir', path.join(work, 'extensions'),
    workspace,
  ], { stdio: ['ignore', fs.openSync(path.join(work, 'code-server.log'), 'a'), fs.openSync(path.join(work, 'code-server.log'), 'a')] });
  let browser;
  try {
    await waitFor('code-server', 60000, async () => {
      try { return (await fetch(`http://127.0.0.1:${port}/healthz`)).ok; } catch { return false; }
    });
    log('code-server is up');
    browser = await puppeteer.launch({
      executablePath: '/usr/bin/chromium',
      headless: true,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run',
        '--disable-background-networking', '--disable-component-update', '--disable-sync',
        '--window-size=1400,900'],
      defaultViewport: { width: 1400, height: 900 },
      userDataDir: path.join(work, 'chromium'),
    });
    const page = await browser.newPage();
    await page.goto(`http://127.0.0.1:${port}/?folder=${encodeURIComponent(workspace)}`, { waitUntil: 'domcontentloaded' });
    await page.waitForSelector('.monaco-workbench', { timeout: 60000 });
    await sleep(3000);
    log('workbench loaded');

    // Open the report with Quick Open.
    await page.keyboard.down('Control'); await page.keyboard.press('KeyP'); await page.keyboard.up('Control');
    await page.waitForSelector('.quick-input-widget input', { visible: true, timeout: 20000 });
    await page.keyboard.type(report, { delay: 20 });
    // On a busy machine the workspace's file list comes late: Enter before the report is listed
    // opens nothing.
    await waitFor('the report in Quick Open', 60000, async () =>
      (await textOf(page, '.quick-input-list .monaco-list-row')).includes(path.basename(report)));
    await page.keyboard.press('Enter');
    await page.waitForSelector('.monaco-editor .view-lines', { timeout: 60000 });
    log('report opened');

    // 1. The Blinken finding in the Problems panel.
    await page.keyboard.down('Control'); await page.keyboard.down('Shift');
    await page.keyboard.press('KeyM');
    await page.keyboard.up('Shift'); await page.keyboard.up('Control');
    const problem = await waitFor('the Blinken finding in Problems', 60000, async () => {
      const text = await textOf(page, '.markers-panel .monaco-list-row');
      return text.includes('Anthony Blinken') && text.includes('name-misspelled') ? text : null;
    });
    log(`problems: ${problem.split('\n').find((l) => l.includes('Anthony Blinken'))}`);
    await page.screenshot({ path: path.join(shots, 'vscode-problems.png') });
    const statusBar = await textOf(page, '.statusbar');
    if (!/Readout[\s\S]*Readout/.test(statusBar)) throw new Error(`status bar: ${statusBar}`);

    // The commands are in the palette; "Readout: Restart Server" starts a new server process.
    const before = serverPids();
    if (before.length !== 1) throw new Error(`${before.length} readout lsp processes`);
    await page.keyboard.down('Control'); await page.keyboard.down('Shift');
    await page.keyboard.press('KeyP');
    await page.keyboard.up('Shift'); await page.keyboard.up('Control');
    await page.waitForSelector('.quick-input-widget input', { visible: true, timeout: 20000 });
    await page.keyboard.type('Readout:', { delay: 20 });
    await waitFor('the Readout commands in the palette', 20000, async () => {
      const list = await textOf(page, '.quick-input-list');
      return list.includes('Readout: Restart Server') && list.includes('Readout: Show Output');
    });
    await page.keyboard.type(' Restart Server', { delay: 20 });
    await sleep(500);
    await page.keyboard.press('Enter');
    await waitFor('a new server process', 30000, async () => {
      const now = serverPids();
      return now.length === 1 && now[0] !== before[0];
    });
    await waitFor('the Blinken finding after the restart', 60000, async () =>
      (await textOf(page, '.markers-panel .monaco-list-row')).includes('Anthony Blinken'));
    log(`commands listed; restarted the server (pid ${before[0]} -> ${serverPids()[0]})`);

    // 2. Completion: "Blin" at the end of the report offers Antony Blinken.
    await page.click('.monaco-editor .view-lines');
    await page.keyboard.down('Control'); await page.keyboard.press('End'); await page.keyboard.up('Control');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');
    await page.keyboard.type('Blin', { delay: 50 });
    // Ask again when the first request meets a server still loading its registry.
    let offered = false;
    for (let attempt = 0; attempt < 6 && !offered; attempt++) {
      await page.keyboard.down('Control'); await page.keyboard.press('Space'); await page.keyboard.up('Control');
      offered = await waitFor('"Antony Blinken" in the suggestions', 10000, async () =>
        (await textOf(page, '.suggest-widget .monaco-list-row')).includes('Antony Blinken')).catch(() => false);
      if (!offered) await page.keyboard.press('Escape');
    }
    if (!offered) throw new Error('completion of "Blin" never offered Antony Blinken');
    await page.screenshot({ path: path.join(shots, 'vscode-completion.png') });
    log('completion offers Antony Blinken');
    await page.keyboard.press('Escape');
    for (let i = 0; i < 3; i++) {  // undo the typing, so that the report is as before
      await page.keyboard.down('Control'); await page.keyboard.press('KeyZ'); await page.keyboard.up('Control');
    }

    // 3. The quick fix: go to the finding from Problems, then Ctrl+. and apply the preferred fix.
    const rows = await page.$$('.markers-panel .monaco-list-row');
    for (const row of rows) {
      const text = await row.evaluate((e) => e.innerText);
      if (text.includes('Anthony Blinken')) { await row.click(); await page.keyboard.press('Enter'); break; }
    }
    await sleep(1000);
    await page.keyboard.down('Control'); await page.keyboard.press('Period'); await page.keyboard.up('Control');
    await waitFor('the quick fix menu', 20000, async () =>
      (await textOf(page, '.action-widget')).includes('Antony Blinken'));
    await page.screenshot({ path: path.join(shots, 'vscode-quickfix.png') });
    const menu = await textOf(page, '.action-widget');
    log(`quick fixes: ${menu.split('\n').filter(Boolean).join(' / ')}`);
    await page.keyboard.press('Enter');
    await waitFor('the fix in the text', 20000, async () => {
      const lines = await textOf(page, '.monaco-editor .view-lines');
      return lines.includes('Secretary of State Antony Blinken to Kazakhstan');
    });
    await waitFor('the finding to go away', 30000, async () =>
      !(await textOf(page, '.markers-panel .monaco-list-row')).includes('Anthony Blinken'));
    log('quick fix applied; the finding is gone');

    console.log('PASS');
  } finally {
    if (browser) await browser.close().catch(() => undefined);
    server.kill('SIGTERM');
  }
}

main().catch((error) => { console.error(`FAIL: ${error.message}`); process.exit(1); });
