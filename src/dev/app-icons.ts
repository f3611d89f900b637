/**
 * Draws the Teams app icons (a white calendar; on the accent colour for color.png, on transparency for
 * outline.png) into appPackage/. Run `npx tsx src/dev/app-icons.ts` after changing the drawing.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PNG } from 'pngjs';

const ACCENT = [0x1f, 0x6f, 0x78] as const;
const SAMPLES = 4;

type Shape = (u: number, v: number) => boolean;

const rect = (left: number, top: number, right: number, bottom: number): Shape => (u, v) =>
  u >= left && u < right && v >= top && v < bottom;

const frame = (left: number, top: number, right: number, bottom: number, width: number): Shape => (u, v) =>
  rect(left, top, right, bottom)(u, v) && !rect(left + width, top + width, right - width, bottom - width)(u, v);

const union = (...shapes: Shape[]): Shape => (u, v) => shapes.some((shape) => shape(u, v));

const days = [0, 1, 2].flatMap((column) =>
  [0, 1].map((row) => rect(0.33 + column * 0.13, 0.5 + row * 0.12, 0.41 + column * 0.13, 0.58 + row * 0.12)),
);

/** In unit coordinates: a page with a header band, two binding rings and six days. */
const calendar = union(
  frame(0.2, 0.26, 0.8, 0.8, 0.05),
  rect(0.2, 0.26, 0.8, 0.4),
  rect(0.33, 0.18, 0.39, 0.32),
  rect(0.61, 0.18, 0.67, 0.32),
  ...days,
);

const draw = (size: number, background: readonly [number, number, number] | undefined): PNG => {
  const png = new PNG({ width: size, height: size });
  const rgba = png.data;
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      let covered = 0;
      for (let sy = 0; sy < SAMPLES; sy++) {
        for (let sx = 0; sx < SAMPLES; sx++) {
          if (calendar((x + (sx + 0.5) / SAMPLES) / size, (y + (sy + 0.5) / SAMPLES) / size)) covered++;
        }
      }
      const glyph = covered / (SAMPLES * SAMPLES);
      const at = (y * size + x) * 4;
      if (background) {
        background.forEach((channel, i) => (rgba[at + i] = Math.round(channel + (255 - channel) * glyph)));
        rgba[at + 3] = 255;
      } else {
        rgba.set([255, 255, 255, Math.round(255 * glyph)], at);
      }
    }
  }
  return png;
};

const appPackage = join(import.meta.dirname, '..', '..', 'appPackage');
writeFileSync(join(appPackage, 'color.png'), PNG.sync.write(draw(192, ACCENT)));
writeFileSync(join(appPackage, 'outline.png'), PNG.sync.write(draw(32, undefined)));
