/**
 * What Teams wants of the icons and the schema cannot say: the colour icon 192×192 pixels, the outline icon
 * 32×32 and white on transparency (every pixel white, at any opacity, or fully transparent).
 */
import { PNG } from 'pngjs';

export interface Icon {
  /** Its field and file, for the messages: "icons.outline (appPackage/outline.png)". */
  label: string;
  bytes: Buffer | undefined;
}

const decoded = (icon: Icon): PNG | string => {
  if (icon.bytes === undefined) return `${icon.label} cannot be read: put the icon there, or correct the manifest's file name.`;
  try {
    return PNG.sync.read(icon.bytes);
  } catch {
    return `${icon.label} is not a PNG file: save the icon as PNG.`;
  }
};

const sizeProblem = (icon: Icon, png: PNG, size: number): string | undefined =>
  png.width === size && png.height === size ? undefined : `${icon.label} is ${png.width}×${png.height} pixels: Teams wants ${size}×${size}.`;

/** The first pixel that is neither transparent nor white, and how many there are. */
const colouredPixels = (png: PNG): { count: number; first?: string } => {
  let count = 0;
  let first: string | undefined;
  for (let at = 0; at < png.data.length; at += 4) {
    const [r, g, b, a] = png.data.subarray(at, at + 4);
    if (a === 0 || (r === 255 && g === 255 && b === 255)) continue;
    count++;
    const pixel = at / 4;
    first ??= `(${pixel % png.width}, ${Math.floor(pixel / png.width)}) is rgba(${r}, ${g}, ${b}, ${a})`;
  }
  return { count, first };
};

export const colourIconProblems = (icon: Icon): string[] => {
  const png = decoded(icon);
  if (typeof png === 'string') return [png];
  const size = sizeProblem(icon, png, 192);
  return size ? [size] : [];
};

export const outlineIconProblems = (icon: Icon): string[] => {
  const png = decoded(icon);
  if (typeof png === 'string') return [png];
  const coloured = colouredPixels(png);
  return [
    sizeProblem(icon, png, 32),
    coloured.count > 0
      ? `${icon.label} has ${coloured.count} pixels neither white nor transparent (the first at ${coloured.first}): draw it in white on a transparent background.`
      : undefined,
  ].filter((problem) => problem !== undefined);
};
