// A period with nothing to draw still gets a picture: the digest's heading and "本期无数据",
// so the reader sees at once that nothing was left out by mistake.
import { chartText } from '../prompts/charts.ts';
import { chartStyle } from './chart-style.ts';
import { titleBlock } from './title-block.ts';
import type { ChartSpec } from './types.ts';

export function noDataChart(title: string, subtitle?: string): ChartSpec {
  const height = chartStyle.headerHeight + 200;
  return {
    width: chartStyle.width,
    height,
    option: {
      ...titleBlock(title, subtitle),
      graphic: [
        {
          type: 'text',
          left: 'center',
          top: chartStyle.headerHeight + 70,
          style: {
            text: chartText.noData,
            fill: chartStyle.colour.muted,
            fontSize: chartStyle.size.note,
            fontFamily: chartStyle.fontFamily,
          },
        },
      ],
    },
  };
}
