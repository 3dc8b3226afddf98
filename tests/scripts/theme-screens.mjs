// Full-page screenshots of public pages at a desktop and a phone width, with Debian's chromium.
// Usage: NODE_PATH=<folder with puppeteer-core> node theme-screens.mjs OUT_DIR name=URL [name=URL ...]
// puppeteer-core comes with lighthouse (npm install lighthouse@12.2.3 into a scratch folder).
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(path.join(process.env.NODE_PATH ?? process.cwd(), 'x.js'));
const puppeteer = require('puppeteer-core');
const [outDir, ...pages] = process.argv.slice(2);
const widths = [{ name: '1366', width: 1366, height: 900, mobile: false }, { name: '390', width: 390, height: 844, mobile: true }];

const browser = await puppeteer.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage', '--hide-scrollbars'],
});
try {
  for (const page of pages) {
    const at = page.indexOf('=');
    const name = page.slice(0, at);
    const url = page.slice(at + 1);
    for (const w of widths) {
      const tab = await browser.newPage();
      await tab.setViewport({ width: w.width, height: w.height, deviceScaleFactor: 1, isMobile: w.mobile, hasTouch: w.mobile });
      await tab.goto(url, { waitUntil: 'networkidle0' });
      // Lazy images load only when scrolled into view: scroll through the page before the shot.
      await tab.evaluate(async () => {
        for (let y = 0; y < document.body.scrollHeight; y += 600) { window.scrollTo(0, y); await new Promise(r => setTimeout(r, 120)); }
        window.scrollTo(0, 0);
      });
      await tab.evaluate(() => Promise.all([...document.images].map(img => img.complete ? null
        : new Promise(r => { img.addEventListener('load', r); img.addEventListener('error', r); }))));
      await new Promise(r => setTimeout(r, 300));
      const height = await tab.evaluate(() => document.documentElement.scrollHeight);
      const file = path.join(outDir, `${name}-${w.name}.png`);
      await tab.screenshot({ path: file, fullPage: true });
      console.log(`${file}\t${w.width}x${height}`);
      await tab.close();
    }
  }
} finally {
  await browser.close();
}
