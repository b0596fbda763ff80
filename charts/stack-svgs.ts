// Puts several charts' SVGs one under another in a single SVG: a digest carries one picture
// (a chat shows one image well, three in a row get lost between messages), drawn from the
// same charts the board shows apart. Each chart keeps its own <svg> (nested SVG is standard
// and resvg draws it), moved down by the heights above it.

export interface SvgPart {
  svg: string;
  width: number;
  height: number;
}

/** The gap between two charts, in pixels: a white band so each keeps its own title. */
export const STACK_GAP = 16;

export function stackSvgs(parts: readonly SvgPart[], background = '#ffffff'): SvgPart {
  const width = Math.max(0, ...parts.map((p) => p.width));
  let y = 0;
  const placed: string[] = [];
  for (const part of parts) {
    // The part's own opening tag gets its place; its size and viewBox stay as drawn.
    placed.push(part.svg.replace(/^\s*(<\?xml[^>]*>\s*)?<svg\b/, `<svg x="0" y="${y}"`));
    y += part.height + STACK_GAP;
  }
  const height = Math.max(0, y - STACK_GAP);
  const svg =
    `<svg width="${width}" height="${height}" xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" version="1.1" viewBox="0 0 ${width} ${height}">` +
    `<rect width="${width}" height="${height}" x="0" y="0" fill="${background}"></rect>${placed.join('')}</svg>`;
  return { svg, width, height };
}
