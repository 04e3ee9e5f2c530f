// End-to-end check in a real browser: Debian's chromium, driven by puppeteer-core.
// Usage: BASE_URL=http://localhost:8080 OUT=/tmp/shots node browser-check.mjs
// Expects the application running with demo data. Exits non-zero on the first failed check.
import puppeteer from 'puppeteer-core';
import { mkdirSync } from 'node:fs';

const base = process.env.BASE_URL ?? 'http://localhost:8080';
const out = process.env.OUT ?? 'target/browser-check';
mkdirSync(out, { recursive: true });

const browser = await puppeteer.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
         '--no-first-run', '--disable-sync', '--lang=vi-VN'],
});
let failures = 0;
const check = (ok, what) => { console.log(`${ok ? 'ok  ' : 'FAIL'} ${what}`); if (!ok) failures++; };
const text = (page) => page.evaluate(() => document.body.innerText);
// Vaadin renders inside shadow roots: collect the text of every open shadow root too
const deepText = (page) => page.evaluate(() => {
  const parts = [];
  const walk = (root) => root.querySelectorAll('*').forEach(el => {
    if (el.shadowRoot) { parts.push(el.shadowRoot.textContent); walk(el.shadowRoot); }
  });
  parts.push(document.body.innerText); walk(document);
  return parts.join('\n');
});

async function login(page, user) {
  await page.goto(`${base}/login`, { waitUntil: 'networkidle0' });
  await page.waitForSelector('vaadin-login-form');
  await page.locator('vaadin-login-form input[name="username"]').fill(user);
  await page.locator('vaadin-login-form input[name="password"]').fill('demo');
  await Promise.all([page.waitForNavigation({ waitUntil: 'networkidle0' }),
                     page.keyboard.press('Enter')]);
}

try {
  const page = await browser.newPage();
  await page.setViewport({ width: 1280, height: 860 });

  await page.goto(`${base}/units`, { waitUntil: 'networkidle0' });
  check(page.url().endsWith('/login'), 'anonymous visitor is sent to the login page');
  await page.waitForSelector('vaadin-login-form');
  const loginText = await deepText(page);
  check(loginText.includes('Đăng nhập') && loginText.includes('Tên đăng nhập') && loginText.includes('Mật khẩu'),
        'login form speaks Vietnamese with diacritics');
  await page.screenshot({ path: `${out}/login.png` });

  await login(page, 'lanhdao.tinh');
  check(!page.url().includes('/login'), 'province leader signs in');
  await page.goto(`${base}/units`, { waitUntil: 'networkidle0' });
  await page.waitForSelector('vaadin-grid-tree-toggle');
  await new Promise(r => setTimeout(r, 800));
  const treeText = await text(page);
  check(treeText.includes('Tỉnh Cà Mau') && treeText.includes('Phường An Xuyên'),
        'unit tree shows the province and its wards');
  await page.screenshot({ path: `${out}/units.png` });

  await page.goto(`${base}/units?q=an%20xuyen`, { waitUntil: 'networkidle0' });
  await new Promise(r => setTimeout(r, 800));
  check((await text(page)).includes('Phường An Xuyên'), 'search without diacritics finds Phường An Xuyên');
  await page.screenshot({ path: `${out}/units-search.png` });

  const context = await browser.createBrowserContext();
  const commune = await context.newPage();
  await commune.setViewport({ width: 1280, height: 860 });
  await login(commune, 'lanhdao.anxuyen');
  await commune.goto(`${base}/units?q=bac%20lieu`, { waitUntil: 'networkidle0' });
  await new Promise(r => setTimeout(r, 800));
  check(!(await text(commune)).includes('Phường Bạc Liêu'), 'commune leader cannot find another commune');
  await commune.goto(`${base}/units/101`, { waitUntil: 'networkidle0' });
  await new Promise(r => setTimeout(r, 500));
  const denied = await text(commune);
  check(denied.includes('Không tìm thấy trang hoặc bạn không có quyền truy cập'),
        'typing another unit\'s URL shows "not found / not allowed"');
  await commune.screenshot({ path: `${out}/not-allowed.png` });
} finally {
  await browser.close();
}
console.log(`${failures === 0 ? 'all checks passed' : failures + ' check(s) failed'}; screenshots in ${out}`);
process.exit(failures === 0 ? 0 : 1);
