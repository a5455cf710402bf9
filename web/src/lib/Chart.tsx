import type { EChartsCoreOption } from 'echarts/core';
import { useEffect, useRef, useState } from 'react';

export type ChartOption = EChartsCoreOption;

/**
 * The console's one chart wrapper. ECharts (tree-shaken through `echarts/core`, only what lib/charts.ts
 * registers) is loaded the first time a chart is shown, as its own chunk, so no page pays for it up front.
 * A chart is an image to a screen reader (`role="img"` with a label naming what it shows); every page shows
 * the same figures in a table beside it. The chart follows its box's width (a ResizeObserver, so a phone
 * turned sideways or a drawer closing redraws it at the new size).
 */
export function Chart({ option, label, height = 320 }: { option: ChartOption; label: string; height?: number }) {
  const ref = useRef<HTMLDivElement>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    let disposed = false;
    let chart: { dispose(): void; resize(): void; setOption(o: ChartOption): void } | undefined;
    let observer: ResizeObserver | undefined;
    import('./charts')
      .then(({ echarts }) => {
        const box = ref.current;
        if (disposed || !box) return;
        chart = echarts.init(box, undefined, { renderer: 'svg' });
        chart.setOption(option);
        observer = new ResizeObserver(() => chart?.resize());
        observer.observe(box);
      })
      .catch(() => setFailed(true));
    return () => {
      disposed = true;
      observer?.disconnect();
      chart?.dispose();
    };
  }, [option]);
  return (
    <div
      role="img"
      aria-label={label}
      className="chart-box"
      style={{ width: '100%', height }}
      ref={ref}
      data-testid="chart"
    >
      {failed && <p className="muted">图表加载失败，数字见下表。</p>}
    </div>
  );
}
