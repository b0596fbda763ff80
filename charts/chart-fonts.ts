// Which font files draw a chart. The bundled font is Noto Sans SC (@embedpdf/fonts-sc, OFL),
// so Chinese renders on a bare server with no system fonts. resvg reads a font file again for
// every piece of text, so install makes a 2 MB GB2312 cut of it (scripts/subset-chart-fonts.mjs)
// and a chart is drawn with the cut alone when every character in it is in the cut; a chart
// with a rarer character (a village named with 塝) also gets the full 8 MB font, which resvg
// falls back to for that character only. No cut (install scripts skipped): the full font.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The family name inside the font files, which the SVG asks for first. */
export const CHART_FONT_FAMILY = 'Noto Sans S Chinese';

export const GENERATED_FONT_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), 'generated');

interface FontCut {
  files: string[];
  chars: Set<string>;
}

const cuts = new Map<string, FontCut | null>();

function fullFontFiles(): string[] {
  const entry = createRequire(import.meta.url).resolve('@embedpdf/fonts-sc');
  const dir = path.join(path.dirname(entry), '..', 'fonts');
  return ['NotoSansHans-Regular.otf', 'NotoSansHans-Bold.otf'].map((f) => path.join(dir, f));
}

function readCut(dir: string): FontCut | null {
  if (!cuts.has(dir)) {
    let cut: FontCut | null = null;
    try {
      const manifest = JSON.parse(readFileSync(path.join(dir, 'chart-fonts.json'), 'utf8')) as {
        files: Record<string, string>;
        chars: string;
      };
      const files = Object.values(manifest.files).map((f) => path.join(dir, f));
      if (files.length && files.every((f) => existsSync(f))) cut = { files, chars: new Set(manifest.chars) };
    } catch {
      // No cut made: the full font draws everything.
    }
    cuts.set(dir, cut);
  }
  return cuts.get(dir) ?? null;
}

/** True when every character of the text is in the cut (the SVG's markup is ASCII, which is). */
function coveredBy(cut: FontCut, text: string): boolean {
  for (const char of text) if (char.charCodeAt(0) >= 0x80 && !cut.chars.has(char)) return false;
  return true;
}

/** The font files to draw this SVG with: the cut, the cut and the full font, or the full font. */
export function chartFontFiles(svg: string, generatedDir: string = GENERATED_FONT_DIR): string[] {
  const cut = readCut(generatedDir);
  if (!cut) return fullFontFiles();
  return coveredBy(cut, svg) ? cut.files : [...cut.files, ...fullFontFiles()];
}
