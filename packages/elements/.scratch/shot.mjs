import { chromium } from 'playwright-core';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless','--no-sandbox','--disable-gpu','--disable-background-networking','--disable-component-update','--disable-sync','--no-first-run'] });
const p = await b.newPage({ viewport: { width: 1100, height: 900 } });
p.on('console', (m) => console.log('console', m.text()));
for (const [hash, file] of [['', '/tmp/out.png'], ['?in', '/tmp/in.png']]) {
  await p.goto('http://localhost:8765/packages/elements/.scratch/demo.html' + hash);
  await p.waitForTimeout(800);
  await p.keyboard.press('Tab');
  await p.screenshot({ path: file, fullPage: true });
}
await b.close();
