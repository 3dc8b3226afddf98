// Browser check of the media admin's scripts (docs/media.md, "Admin and pickers"): file input upload with
// per-file progress and refusal, drag-and-drop, focal point by click, the cover picker and "Insert image".
// Not part of the suite (it needs Debian's chromium and npm's puppeteer-core); run it against a running hub:
//   npm install puppeteer-core && ADMIN_BASE=http://127.0.0.1:5000/demo/admin ADMIN_EMAIL=... ADMIN_PASSWORD=... \
//   IMAGE=recipes/demo-brand-media/figure-1.jpg NOT_AN_IMAGE=/path/to/svg-renamed.jpg node tests/scripts/media-admin-browser.js
// It prints what each step produced and every console error or 404 the pages caused.
const puppeteer = require('puppeteer-core');
const fs = require('fs');
(async () => {
  const browser = await puppeteer.launch({ executablePath: '/usr/bin/chromium', headless: 'new', args: ['--no-sandbox'] });
  const page = await browser.newPage();
  const problems = [];
  page.on('console', m => { if (m.type() === 'error' || m.type() === 'warning') problems.push(m.type() + ': ' + m.text()); });
  page.on('response', r => { if (r.status() === 404) problems.push('404 ' + r.url()); });
  page.on('pageerror', e => problems.push('pageerror: ' + e.message));
  const base = process.env.ADMIN_BASE || 'http://127.0.0.1:5099/demo/admin';
  await page.goto(base + '/login');
  await page.type('#email', process.env.ADMIN_EMAIL);
  await page.type('#password', process.env.ADMIN_PASSWORD);
  await Promise.all([page.waitForNavigation(), page.click('button[type=submit]')]);
  await page.goto(base + '/media');
  const before = await page.$$eval('img', i => i.length);
  // 1. file input + submit: the script intercepts and sends one XHR per file with progress.
  const input = await page.$('#media-files');
  await input.uploadFile(process.env.IMAGE, process.env.NOT_AN_IMAGE);
  await page.click('#media-upload button[type=submit]');
  await page.waitForFunction(() => document.querySelectorAll('#media-progress li.ok, #media-progress li.error').length === 2, { timeout: 20000 });
  const rows = await page.$$eval('#media-progress li', lis => lis.map(li => li.className + ' | ' + li.textContent + ' | progress=' + li.querySelector('progress').value));
  console.log('input upload:', JSON.stringify(rows));
  // 2. drag-and-drop: a synthetic drop event carrying a real File.
  const bytes = fs.readFileSync(process.env.IMAGE).toString('base64');
  await page.evaluate(async (b64) => {
    const bin = Uint8Array.from(atob(b64), c => c.charCodeAt(0));
    const dt = new DataTransfer();
    dt.items.add(new File([bin], 'dropped.jpg', { type: 'image/jpeg' }));
    const drop = document.getElementById('media-drop');
    drop.dispatchEvent(new DragEvent('dragover', { dataTransfer: dt, bubbles: true, cancelable: true }));
    drop.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
  }, bytes);
  await page.waitForFunction(() => document.querySelectorAll('#media-progress li.ok').length >= 2, { timeout: 20000 });
  console.log('after drop:', JSON.stringify(await page.$$eval('#media-progress li', lis => lis.map(li => li.className + ' | ' + li.textContent))));
  await page.goto(base + '/media');
  const after = await page.$$eval('img', i => i.length);
  console.log('thumbnails before/after:', before, after);
  // 3. focal point: click the preview of the newest item and check the inputs.
  const link = await page.$eval('a[href*="/admin/media/"]', a => a.href);
  await page.goto(link);
  const box = await page.$('#media-focal');
  const rect = await box.boundingBox();
  await page.mouse.click(rect.x + rect.width * 0.25, rect.y + rect.height * 0.75);
  console.log('focal:', await page.$eval('#FocalX', e => e.value), await page.$eval('#FocalY', e => e.value));
  console.log('console problems:', JSON.stringify(problems));
  await browser.close();
})().catch(e => { console.error('FAILED', e.message); process.exit(1); });
// Picker: the article editor's cover field and "Insert image".
(async () => {
  const browser = await puppeteer.launch({ executablePath: '/usr/bin/chromium', headless: 'new', args: ['--no-sandbox'] });
  const page = await browser.newPage();
  const problems = [];
  page.on('pageerror', e => problems.push('pageerror: ' + e.message));
  page.on('console', m => { if (m.type() === 'error') problems.push(m.text()); });
  const base = process.env.ADMIN_BASE || 'http://127.0.0.1:5099/demo/admin';
  await page.goto(base + '/login');
  await page.type('#email', process.env.ADMIN_EMAIL);
  await page.type('#password', process.env.ADMIN_PASSWORD);
  await Promise.all([page.waitForNavigation(), page.click('button[type=submit]')]);
  await page.goto(base + '/articles/new');
  await page.click('[data-media-choose="CoverImage"]');
  await page.waitForSelector('#media-picker-results [data-media-ref]', { timeout: 10000 });
  const ref = await page.$eval('#media-picker-results [data-media-ref]', e => e.getAttribute('data-media-ref'));
  await page.click('#media-picker-results [data-media-ref]');
  console.log('cover picked:', ref, '→ field', await page.$eval('#CoverImage', e => e.value), 'thumb hidden', await page.$eval('#CoverImage-thumb', e => e.hidden));
  const insert = await page.$('[data-media-insert]');
  const bodyId = await page.$eval('[data-media-insert]', e => e.getAttribute('data-media-insert'));
  await page.focus('#' + bodyId);
  await insert.click();
  await page.waitForSelector('#media-picker-results [data-media-ref]', { visible: true, timeout: 10000 });
  await page.click('#media-picker-results [data-media-ref]');
  console.log('body after insert:', JSON.stringify(await page.$eval('#' + bodyId, e => e.value)));
  console.log('picker problems:', JSON.stringify(problems));
  await browser.close();
})().catch(e => { console.error('PICKER FAILED', e.message); process.exit(1); });
