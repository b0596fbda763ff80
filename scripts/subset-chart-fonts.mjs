#!/usr/bin/env node
// Cuts the charts' Chinese font down to GB2312 (the 6,763 everyday characters and their
// symbols) plus ASCII, once, at install time, with subset-font (HarfBuzz compiled to
// WebAssembly: nothing is downloaded). Why: resvg re-reads the font file for every piece of
// text it lays out, so a chart of twenty villages took ~0.6 s with the full 8 MB Noto Sans
// and takes ~0.07 s with the 2 MB cut. The cut never leaves this machine (it is not in git).
// A character outside the cut (a rare one in a village name) is still drawn: the charts add
// the full font for any chart that needs it (charts/chart-fonts.ts), and without this script's
// output they use the full font throughout, only slower. So a failure here never fails `npm install`.
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outDir = path.join(root, 'charts/generated');
const manifestFile = path.join(outDir, 'chart-fonts.json');
const sourcePackage = path.join(root, 'node_modules/@embedpdf/fonts-sc');
const weights = { regular: 'NotoSansHans-Regular.otf', bold: 'NotoSansHans-Bold.otf' };
// Bumped when the character set or the output changes, so an install regenerates.
const RECIPE = 2;

/** GB2312 as GBK decodes it (rows A1–F7), without the private-use slots GBK maps the unused ones to. */
function gb2312Characters() {
  const decoder = new TextDecoder('gbk');
  const chars = new Set();
  for (let hi = 0xa1; hi <= 0xf7; hi++) {
    for (let lo = 0xa1; lo <= 0xfe; lo++) {
      const c = decoder.decode(Uint8Array.of(hi, lo));
      const code = c.codePointAt(0);
      if (c.length === 1 && code !== 0xfffd && !(code >= 0xe000 && code <= 0xf8ff)) chars.add(c);
    }
  }
  return chars;
}

function characterSet() {
  const chars = gb2312Characters();
  for (let code = 0x20; code < 0x7f; code++) chars.add(String.fromCharCode(code));
  return [...chars].sort().join('');
}

async function main() {
  let version;
  try {
    version = JSON.parse(readFileSync(path.join(sourcePackage, 'package.json'), 'utf8')).version;
  } catch {
    process.stdout.write('chart fonts: @embedpdf/fonts-sc is not installed; charts will not render\n');
    return;
  }
  const chars = characterSet();
  const wanted = {
    recipe: RECIPE,
    source: `@embedpdf/fonts-sc@${version}`,
    files: { regular: 'chart-sans-regular.otf', bold: 'chart-sans-bold.otf' },
  };
  if (existsSync(manifestFile)) {
    try {
      const have = JSON.parse(readFileSync(manifestFile, 'utf8'));
      const filesThere = Object.values(have.files ?? {}).every((f) => existsSync(path.join(outDir, f)));
      if (have.recipe === RECIPE && have.source === wanted.source && filesThere) {
        process.stdout.write('chart fonts: up to date\n');
        return;
      }
    } catch {
      // An unreadable manifest is simply made again.
    }
  }

  let subsetFont;
  try {
    subsetFont = (await import('subset-font')).default;
  } catch {
    process.stdout.write('chart fonts: subset-font is not installed; charts will use the full font (slower)\n');
    return;
  }
  mkdirSync(outDir, { recursive: true });
  for (const [weight, file] of Object.entries(weights)) {
    const cut = await subsetFont(readFileSync(path.join(sourcePackage, 'fonts', file)), chars, {
      targetFormat: 'sfnt',
      // The typographic family (16, 17): without it the bold cut is a family of its own, "… Bold", and bold text would be drawn regular.
      preserveNameIds: [16, 17],
    });
    const target = path.join(outDir, wanted.files[weight]);
    writeFileSync(`${target}.tmp`, cut);
    renameSync(`${target}.tmp`, target);
  }
  // Written last: a manifest present means both cuts are complete.
  writeFileSync(`${manifestFile}.tmp`, JSON.stringify({ ...wanted, chars }));
  renameSync(`${manifestFile}.tmp`, manifestFile);
  process.stdout.write(`chart fonts: GB2312 cut of Noto Sans SC written to charts/generated (${[...chars].length} characters)\n`);
}

main().catch((err) => {
  process.stdout.write(`chart fonts: not made (${err.message}); charts will use the full font (slower)\n`);
});
