// Full-page screenshots of email HTML files at 600 and 390 px, with Debian's chromium: used for the peer (Ghost)
// emails by email-screens.sh, so they are shot exactly like ours. Emails load their own images (absolute URLs).
// Usage: NODE_PATH=<folder with puppeteer-core> node email-screens.mjs OUT_DIR file.html [file.html ...]
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const require = createRequire(path.join(process.env.NODE_PATH ?? process.cwd(), 'x.js'));
const puppeteer = require('puppeteer-core');
const [outDir, ...files] = process.argv.slice(2);

const browser = await puppeteer.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage', '--hide-scrollbars'],
});
try {
  for (const file of files) {
    for (const width of [600, 390]) {
      const tab = await browser.newPage();
      await tab.setViewport({ width, height: 900, deviceScaleFactor: 1 });
      // Images on hosts this machine cannot reach must not hold the shot: wait for the load event, at most 10 s.
      await tab.goto(pathToFileURL(path.resolve(file)).href, { waitUntil: 'load', timeout: 10_000 }).catch(() => {});
      const overflow = await tab.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      const out = path.join(outDir, `${path.basename(file, '.html')}-${width}.png`);
      await tab.screenshot({ path: out, fullPage: true });
      console.log(`${out}\thorizontal overflow ${overflow} px`);
      await tab.close();
    }
  }
} finally {
  await browser.close();
}
