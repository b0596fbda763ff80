// The texts of an SVG chart with where they sit, so a test can ask what a chart says (every
// village named, each number on its bar) and in what order, without comparing pictures.
export interface SvgText {
  text: string;
  x: number;
  y: number;
  fill: string;
}

const decode = (s: string) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
const attr = (attrs: string, name: string) => new RegExp(`\\s${name}="([^"]*)"`).exec(attrs)?.[1];

export function svgTexts(svg: string): SvgText[] {
  const out: SvgText[] = [];
  for (const m of svg.matchAll(/<text([^>]*)>([^<]*)<\/text>/g)) {
    const attrs = m[1];
    const transform = attr(attrs, 'transform') ?? '';
    // ECharts places a text by translate(x y), or by a matrix whose last two numbers are that.
    const numbers = (/\(([^)]*)\)/.exec(transform)?.[1] ?? '')
      .split(/[\s,]+/)
      .filter(Boolean)
      .map(Number);
    const [tx, ty] = transform.startsWith('matrix') ? numbers.slice(4, 6) : numbers.length ? numbers : [0, 0];
    out.push({
      text: decode(m[2]),
      x: (tx ?? 0) + Number(attr(attrs, 'x') ?? 0),
      y: (ty ?? 0) + Number(attr(attrs, 'y') ?? 0),
      fill: attr(attrs, 'fill') ?? '',
    });
  }
  return out;
}
