/**
 * Every illustration at 160 px, as the player shows it, in one screenshot
 * sheet for the README (docs/screenshots/illustrations.png): each pose of
 * each exercise, and the mirrored picture of each sided exercise.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from '@playwright/test';
import type { Exercise } from '../../electron/core/catalog/types';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const DIR = path.join(ROOT, 'resources/illustrations');
// Read as data: Playwright's loader does not take the catalog's JSON imports.
const CATALOG = {
  exercises: JSON.parse(
    fs.readFileSync(path.join(ROOT, 'resources/routines/exercises.json'), 'utf8'),
  ) as Exercise[],
};

test('illustration sheet: every pose at 160 px, sided ones mirrored too', async ({ page }) => {
  const cells: string[] = [];
  for (const e of CATALOG.exercises) {
    const sided = e.dose.kind !== 'duration' && e.dose.sides === true;
    const pictures = e.illustration.poses.map((pose, i) => ({
      pose,
      label: `${e.title} ${i + 1}`,
      mirror: false,
    }));
    if (sided)
      pictures.push(
        ...e.illustration.poses.map((pose, i) => ({
          pose,
          label: `${e.title} ${i + 1}, right (mirrored)`,
          mirror: true,
        })),
      );
    for (const p of pictures) {
      const svg = fs.readFileSync(path.join(DIR, p.pose)).toString('base64');
      cells.push(
        `<figure><img width="160" height="160" alt="" src="data:image/svg+xml;base64,${svg}"${p.mirror ? ' class="mirror"' : ''}><figcaption>${p.label}</figcaption></figure>`,
      );
    }
  }
  await page.setViewportSize({ width: 6 * 172 + 16, height: 400 });
  await page.setContent(
    `<!doctype html><style>
      body { margin: 8px; font: 11px/1.3 system-ui, sans-serif; background: #f4f1ea; display: grid; grid-template-columns: repeat(6, 164px); gap: 8px; }
      figure { margin: 0; } img { display: block; width: 160px; height: 160px; border: 1px solid #d8d2c4; border-radius: 12px; background: #fff; }
      img.mirror { transform: scaleX(-1); } figcaption { margin-top: 2px; color: #333; }
    </style>${cells.join('')}`,
  );
  const imgs = page.locator('img');
  const count = await imgs.count();
  expect(count).toBe(
    CATALOG.exercises.reduce(
      (n, e) => n + e.illustration.poses.length * (e.dose.kind !== 'duration' && e.dose.sides ? 2 : 1),
      0,
    ),
  );
  for (let i = 0; i < count; i++) {
    const img = imgs.nth(i);
    expect(
      await img.evaluate((el: HTMLImageElement) => el.complete && el.naturalWidth > 0),
      `image ${i} loads`,
    ).toBe(true);
    const box = await img.boundingBox();
    expect([box?.width, box?.height]).toEqual([162, 162]); // 160 px plus the 1 px frame
  }
  fs.mkdirSync(path.join(ROOT, 'docs/screenshots'), { recursive: true });
  await page.screenshot({ path: path.join(ROOT, 'docs/screenshots/illustrations.png'), fullPage: true });
});
