// Turns a chart's SVG into a PNG with resvg (Rust, prebuilt for each platform on npm: no
// browser, no download). It is loaded on the first picture only, and draws on libuv's thread
// pool (renderAsync), so a dispatch's pictures never hold up the messages being handled.
import { CHART_FONT_FAMILY, chartFontFiles } from './chart-fonts.ts';
import { chartStyle } from './chart-style.ts';

type Resvg = typeof import('@resvg/resvg-js');
let loading: Promise<Resvg> | undefined;

export interface PngOptions {
  /** Where the install-time font cut is; tests point it elsewhere to draw with the full font. */
  fontDir?: string;
}

export async function renderChartPng(svg: string, options: PngOptions = {}): Promise<Buffer> {
  loading ??= import('@resvg/resvg-js').catch((err) => {
    loading = undefined;
    throw err;
  });
  const { renderAsync } = await loading;
  const image = await renderAsync(svg, {
    font: {
      fontFiles: chartFontFiles(svg, options.fontDir),
      // The server's own fonts are never used: the picture looks the same on every machine.
      loadSystemFonts: false,
      defaultFontFamily: CHART_FONT_FAMILY,
      sansSerifFamily: CHART_FONT_FAMILY,
    },
    background: chartStyle.colour.background,
    fitTo: { mode: 'original' },
    logLevel: 'off',
  });
  return image.asPng();
}
