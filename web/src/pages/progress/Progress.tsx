import { completion } from '@shared/bulletin/figures';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Card, Radio, Space, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { api, ApiError, unwrap } from '../../api/client';
import { PROGRAMME_NAMES, STATUS_NAMES } from '../../i18n/labels';
import { useSession } from '../../layout/AppLayout';
import { Chart, type ChartOption } from '../../lib/Chart';
import { DateInput } from '../../lib/DateInput';
import { EmptyState, ErrorState, Loading } from '../../layout/States';
import { countText, percentText, yuanText } from '../../lib/format';
import { TableScroll } from '../../layout/TableScroll';
import { DEFAULT_CUT_OFF, progressHeading } from './cutOff';
import { type Figures, type ProgrammeSummary, type Report, FIRST_FACT_TIMING, totalFacts, totalsTitle } from './facts';

export type { Figures } from './facts';

/** The stages in the order a case moves, grouped as the funnel shows them. */
const FUNNEL: { label: string; stages: string[] }[] = [
  { label: '申请及村评议公示', stages: ['applied', 'village-reviewed', 'village-noticed', 'returned'] },
  { label: '乡镇审核公示', stages: ['township-reviewed', 'township-noticed', 'identity-checked'] },
  { label: '鉴定审批', stages: ['appraised', 'approved'] },
  { label: '签协议及搬离', stages: ['agreement-signed', 'moved-out'] },
  { label: '在建', stages: ['under-construction'] },
  { label: '乡镇初验', stages: ['preliminary-accepted'] },
  { label: '市级验收', stages: ['final-accepted', 'subsidy-cancelled'] },
  { label: '已拨付', stages: ['paid'] },
];
/** How many cases reached each group or went further (a funnel narrows). */
function funnelData(f: Figures) {
  return FUNNEL.map((g, i) => ({
    name: g.label,
    value: FUNNEL.slice(i).reduce((n, later) => n + later.stages.reduce((m, s) => m + (f.stages[s] ?? 0), 0), 0),
  }));
}

/**
 * 工程进度: the progress report for a cut-off, per township and for the city, against the plan (R1 三, R2 三;
 * R1 八.(二)). Every figure is the report API's own; the charts are drawn from the same numbers.
 */
export default function Progress() {
  const session = useSession();
  const queryClient = useQueryClient();
  const [params, setParams] = useSearchParams();
  const asOf = params.get('asOf') ?? DEFAULT_CUT_OFF;
  const [draftDate, setDraftDate] = useState(asOf);
  const [programme, setProgramme] = useState<'R1' | 'R2'>('R1');
  const office = session?.role === 'housing-office';
  const report = useQuery({
    queryKey: ['progress', asOf],
    queryFn: async () =>
      (await unwrap(api.GET('/v1/reports/progress/{asOf}', { params: { path: { asOf } } }))) as unknown as Report,
    retry: false,
  });
  const build = useMutation({
    mutationFn: async () => unwrap(api.POST('/v1/reports/progress', { body: { asOf } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['progress', asOf] }),
  });
  const summary = report.data?.programmes.find((p) => p.programme === programme);
  const rows = useMemo(
    () => (report.data?.townships ?? []).map((t) => ({ code: t.township, name: t.name, f: t[programme] })),
    [report.data, programme],
  );
  // Townships down the side (horizontal bars): sixteen names fit one under another on a phone, where along the
  // bottom they would overlap each other and the legend. The chart grows with the number of townships.
  const barOption = useMemo(
    () => ({
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      legend: { top: 0, left: 0, data: ['改造任务（户）', '已竣工验收（户）'] },
      grid: { left: 4, right: 24, bottom: 4, top: 36, containLabel: true },
      yAxis: { type: 'category', inverse: true, data: rows.map((r) => r.name), axisLabel: { interval: 0 } },
      xAxis: { type: 'value', minInterval: 1 },
      series: [
        { name: '改造任务（户）', type: 'bar', data: rows.map((r) => completion(r.f).tasks) },
        { name: '已竣工验收（户）', type: 'bar', data: rows.map((r) => r.f.accepted) },
      ],
    }),
    [rows],
  );
  // The funnel keeps to the left and names each stage to its right, one label per band: inside the narrow
  // bottom bands the labels would run into each other.
  const funnelOption = useMemo(
    () =>
      summary
        ? {
            tooltip: { trigger: 'item', formatter: '{b}：{c} 户' },
            series: [
              {
                type: 'funnel',
                sort: 'none',
                funnelAlign: 'left',
                left: 0,
                top: 8,
                bottom: 8,
                width: '45%',
                minSize: '8%',
                gap: 2,
                label: { position: 'right', formatter: '{b} {c}户', fontSize: 13, color: '#262626' },
                labelLine: { show: true, length: 8 },
                data: funnelData(summary.totals),
              },
            ],
          }
        : {},
    [summary],
  );
  const barHeight = 60 + 30 * Math.max(rows.length, 1);

  const notFound = report.error instanceof ApiError && report.error.status === 404;
  return (
    <div className="page">
      <Typography.Title level={1}>{progressHeading(asOf)}</Typography.Title>
      <form
        className="no-print toolbar"
        onSubmit={(e) => {
          e.preventDefault();
          setParams({ asOf: draftDate });
        }}
      >
        <label htmlFor="progress-as-of">截止日期</label>
        <DateInput
          id="progress-as-of"
          value={draftDate}
          allowClear={false}
          onChange={(v) => v && setDraftDate(v)}
          style={{ width: 170 }}
        />
        <Button htmlType="submit">查看</Button>
        {office && (
          <Button onClick={() => build.mutate()} loading={build.isPending}>
            {notFound ? '生成报表' : '重新计算'}
          </Button>
        )}
        <Radio.Group
          aria-label="改造类别"
          optionType="button"
          value={programme}
          onChange={(e) => setProgramme(e.target.value as 'R1' | 'R2')}
          className="programme-switch"
          options={[
            { value: 'R1', label: PROGRAMME_NAMES.R1 ?? 'R1' },
            { value: 'R2', label: PROGRAMME_NAMES.R2 ?? 'R2' },
          ]}
        />
      </form>
      {build.isError && <Alert type="error" showIcon title={(build.error as Error).message} />}
      {report.isPending ? (
        <Loading />
      ) : notFound ? (
        <EmptyState text={office ? '这一截止日期还没有报表，可点“生成报表”' : '这一截止日期还没有报表'} />
      ) : report.isError ? (
        <ErrorState error={report.error} onRetry={() => void report.refetch()} />
      ) : summary ? (
        <ProgressBody
          report={report.data}
          summary={summary}
          rows={rows}
          bar={barOption}
          barHeight={barHeight}
          funnel={funnelOption}
        />
      ) : (
        <EmptyState text="报表中没有这一类别" />
      )}
    </div>
  );
}

function ProgressBody({
  report,
  summary,
  rows,
  bar,
  barHeight,
  funnel,
}: {
  report: Report;
  summary: ProgrammeSummary;
  rows: { code: string; name: string; f: Figures }[];
  bar: ChartOption;
  barHeight: number;
  funnel: ChartOption;
}) {
  const t = summary.totals;
  const c = completion(t);
  const r1 = summary.programme === 'R1';
  return (
    <>
      <Card size="small" title={totalsTitle(report, summary)}>
        <dl className="facts">
          {totalFacts(report, summary).map((f) => (
            <Fact key={f.id} {...f} />
          ))}
        </dl>
      </Card>
      <div className="chart-grid">
        <Card size="small" title="各乡镇改造任务与竣工验收">
          <Chart option={bar} label="各乡镇改造任务与已竣工验收户数条形图，数字见下表" height={barHeight} />
        </Card>
        <Card size="small" title="全市各环节户数（达到或超过该环节）">
          <Chart option={funnel} label="全市各环节户数漏斗图，数字见下表" height={320} />
        </Card>
      </div>
      <Card size="small" title="各乡镇（街道）">
        <TableScroll label="各乡镇（街道）进度表">
          <table className="doc-table" data-testid="progress-table">
            <thead>
              <tr>
                <th scope="col">乡镇（街道）</th>
                <th scope="col">档案户数</th>
                <th scope="col">改造任务</th>
                <th scope="col">已竣工验收</th>
                <th scope="col">完成率</th>
                <th scope="col">逾期</th>
                {r1 && <th scope="col">C / D / 无房户</th>}
                <th scope="col">已承诺补助（元）</th>
                <th scope="col">已拨付补助（元）</th>
                <th scope="col">照片齐全</th>
                <th scope="col">材料齐全</th>
                <th scope="col">退回次数</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => {
                const rc = completion(r.f);
                return (
                  <tr key={r.code} data-testid={`row-${r.code}`}>
                    <th scope="row">{r.name}</th>
                    <td className="num" data-field="cases">
                      {countText(r.f.cases)}
                    </td>
                    <td className="num">{countText(rc.tasks)}</td>
                    <td className="num" data-field="accepted">
                      {countText(r.f.accepted)}
                    </td>
                    <td className="num">{percentText(rc.rate)}</td>
                    <td className="num" data-field="late">
                      {countText(r.f.late)}
                    </td>
                    {r1 && (
                      <td className="num">
                        {r.f.grades.C} / {r.f.grades.D} / {r.f.grades['no-house']}
                      </td>
                    )}
                    <td className="num" data-field="committed">
                      {yuanText(r.f.subsidyCommitted)}
                    </td>
                    <td className="num" data-field="paid">
                      {yuanText(r.f.subsidyPaid)}
                    </td>
                    <td className="num">
                      {r.f.acceptedWithPhotos} / {r.f.accepted}
                    </td>
                    <td className="num" data-field="documents">
                      {r.f.acceptedWithDocuments} / {r.f.accepted}
                    </td>
                    <td className="num">
                      {countText((r.f as Figures & { returns?: { count: number } }).returns?.count)}
                    </td>
                  </tr>
                );
              })}
            </tbody>
            <tfoot>
              <tr>
                <th scope="row">全市合计</th>
                <td className="num">{countText(t.cases)}</td>
                <td className="num">{countText(c.tasks)}</td>
                <td className="num">{countText(t.accepted)}</td>
                <td className="num">{percentText(c.rate)}</td>
                <td className="num">{countText(t.late)}</td>
                {r1 && (
                  <td className="num">
                    {t.grades.C} / {t.grades.D} / {t.grades['no-house']}
                  </td>
                )}
                <td className="num" data-testid="total-committed">
                  {yuanText(t.subsidyCommitted)}
                </td>
                <td className="num" data-testid="total-paid">
                  {yuanText(t.subsidyPaid)}
                </td>
                <td className="num">
                  {t.acceptedWithPhotos} / {t.accepted}
                </td>
                <td className="num">
                  {t.acceptedWithDocuments} / {t.accepted}
                </td>
                <td className="num">{countText((t as Figures & { returns?: { count: number } }).returns?.count)}</td>
              </tr>
            </tfoot>
          </table>
        </TableScroll>
        <p className="muted">
          阶段：
          {Object.entries(t.stages)
            .filter(([, n]) => n > 0)
            .map(([s, n]) => `${STATUS_NAMES[s] ?? s} ${n}`)
            .join('，') || '暂无档案'}
        </p>
      </Card>
      {report.files && (
        <Space className="no-print" wrap>
          <a href={report.files.xlsx}>下载 Excel</a>
          <a href={report.files.csv}>下载 CSV</a>
        </Space>
      )}
    </>
  );
}

/** A figure; the first (档案户数) is timed for the Element Timing API (bench/lighthouse.ts: the page's content). */
function Fact({ label, id, value }: { label: string; id: string; value: string }) {
  return (
    <div>
      <dt>{label}</dt>
      <dd data-testid={id} {...(id === FIRST_FACT_TIMING ? { elementtiming: id } : {})}>
        {value}
      </dd>
    </div>
  );
}
