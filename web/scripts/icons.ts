/**
 * `npm run icons -w web`: draws the app's PNG icons from public/favicon.svg in headless Chromium
 * (Debian's, as the tests use) and writes them to public/icons/, where they are committed. No
 * image library: the browser that shows the icon draws it.
 *
 * - icon-192.png, icon-512.png ("any"): the favicon as it is, rounded corners on transparent.
 * - maskable-512.png: the same cross on a full-bleed square, for launchers that cut their own
 *   shape. The cross reaches 30 % of the width from the centre, inside the 40 % safe zone.
 * - apple-touch-icon.png (180): full-bleed too; iOS rounds it itself and ignores the manifest.
 */
import { chromium } from '@playwright/test';
import { mkdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromiumPath } from '../../scripts/lib/chromium';

const publicDir = fileURLToPath(new URL('../public/', import.meta.url));
const favicon = readFileSync(`${publicDir}favicon.svg`, 'utf8');
/** The favicon's rounded square made square: the background fills the whole tile. */
const fullBleed = favicon.replace(/ rx="[^"]*"/, '');
if (fullBleed === favicon) throw new Error('favicon.svg has no rounded corner (rx) to remove for the maskable icon');

const ICONS = [
  { file: 'icons/icon-192.png', size: 192, svg: favicon },
  { file: 'icons/icon-512.png', size: 512, svg: favicon },
  { file: 'icons/maskable-512.png', size: 512, svg: fullBleed },
  { file: 'icons/apple-touch-icon.png', size: 180, svg: fullBleed },
];

mkdirSync(`${publicDir}icons`, { recursive: true });
const browser = await chromium.launch({ executablePath: chromiumPath() });
try {
  const page = await browser.newPage({ deviceScaleFactor: 1 });
  for (const icon of ICONS) {
    await page.setViewportSize({ width: icon.size, height: icon.size });
    const src = `data:image/svg+xml;base64,${Buffer.from(icon.svg).toString('base64')}`;
    await page.setContent(
      `<style>html,body{margin:0;background:transparent}img{display:block}</style>` +
        `<img src="${src}" width="${icon.size}" height="${icon.size}">`,
    );
    await page.locator('img').evaluate((img: HTMLImageElement) => img.decode());
    await page.screenshot({ path: `${publicDir}${icon.file}`, omitBackground: true });
    console.log(`wrote public/${icon.file} (${icon.size}×${icon.size})`);
  }
} finally {
  await browser.close();
}
