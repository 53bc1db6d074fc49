/**
 * The one echarts host of the client. echarts (line and bar charts, grid, tooltip, legend, mark
 * lines) is fetched on the first chart a user opens, so pages without charts never download it.
 */
import { useEffect, useRef } from 'react';
import type { ComposeOption, ECharts } from 'echarts/core';
import type { BarSeriesOption, LineSeriesOption } from 'echarts/charts';
import type {
  GridComponentOption,
  LegendComponentOption,
  MarkLineComponentOption,
  TooltipComponentOption,
} from 'echarts/components';

/** The chart options the pages use (line and bar only). */
export type ChartOption = ComposeOption<
  | BarSeriesOption
  | LineSeriesOption
  | GridComponentOption
  | LegendComponentOption
  | TooltipComponentOption
  | MarkLineComponentOption
>;

let loading: Promise<typeof import('./echarts.ts')> | null = null;

/** Fetches echarts on first use. */
function loadEcharts() {
  loading ??= import('./echarts.ts');
  return loading;
}

/** Renders an echarts option into a box that follows its width. */
export function Chart(props: { option: ChartOption; height?: number; testId?: string }) {
  const ref = useRef<HTMLDivElement>(null);
  const chart = useRef<ECharts | null>(null);
  const option = useRef(props.option);
  option.current = props.option;
  useEffect(() => {
    let gone = false;
    let ro: ResizeObserver | null = null;
    void loadEcharts().then(({ echarts }) => {
      if (gone || !ref.current) return;
      const c = echarts.init(ref.current);
      chart.current = c;
      c.setOption(option.current, true);
      ro = new ResizeObserver(() => c.resize());
      ro.observe(ref.current);
    });
    return () => {
      gone = true;
      ro?.disconnect();
      chart.current?.dispose();
      chart.current = null;
    };
  }, []);
  useEffect(() => {
    chart.current?.setOption(props.option, true);
  }, [props.option]);
  return <div ref={ref} data-testid={props.testId} style={{ width: '100%', height: props.height ?? 280 }} />;
}
