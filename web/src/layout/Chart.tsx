import type { EChartsCoreOption } from 'echarts/core';
import { useEffect, useRef, useState } from 'react';

/**
 * A chart drawn by ECharts, which is loaded the first time a chart is shown (its own chunk). The chart is an
 * image for screen readers (`role="img"` with a label); the same figures are always in a table beside it.
 */
export function Chart({ option, label, height = 320 }: { option: EChartsCoreOption; label: string; height?: number }) {
  const ref = useRef<HTMLDivElement>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    let disposed = false;
    let chart: { dispose(): void; resize(): void; setOption(o: EChartsCoreOption): void } | undefined;
    const onResize = () => chart?.resize();
    import('../lib/charts')
      .then(({ echarts }) => {
        if (disposed || !ref.current) return;
        chart = echarts.init(ref.current, undefined, { renderer: 'svg' });
        chart.setOption(option);
        window.addEventListener('resize', onResize);
      })
      .catch(() => setFailed(true));
    return () => {
      disposed = true;
      window.removeEventListener('resize', onResize);
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
