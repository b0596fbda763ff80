// The top of every chart: the digest's heading in bold, one muted line under it, a white
// background (a transparent PNG turns black in a chat's dark mode) and no animation (the
// picture is drawn once, on the server).
import type { EChartsOption } from 'echarts';
import { chartStyle } from './chart-style.ts';

export function titleBlock(title: string, subtitle?: string): EChartsOption {
  const { size, colour, fontFamily, padding, width } = chartStyle;
  return {
    animation: false,
    backgroundColor: colour.background,
    textStyle: { fontFamily, color: colour.text },
    title: {
      text: title,
      subtext: subtitle ?? '',
      left: padding,
      top: 18,
      itemGap: 10,
      textStyle: {
        fontSize: size.title,
        fontWeight: 'bold',
        color: colour.text,
        fontFamily,
        width: width - 2 * padding,
        overflow: 'truncate',
      },
      subtextStyle: { fontSize: size.subtitle, color: colour.muted, fontFamily, width: width - 2 * padding, overflow: 'truncate' },
    },
  };
}
