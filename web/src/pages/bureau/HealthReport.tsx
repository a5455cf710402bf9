import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Button, Card, Form, Input, Space, Tag, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { ApiError, api, unwrap } from '../../api/client';
import { payerName } from '../../i18n/claims';
import { clauseText } from '../../i18n/clause';
import { useSession } from '../../layout/AppLayout';
import { EmptyState, ErrorState, Loading } from '../../layout/States';
import { ScrollRegion } from '../../lib/ScrollRegion';
import { Chart, type ChartOption } from '../../lib/Chart';
import { countText, todayIso, yuanText } from '../../lib/format';

interface Indicator {
  percent: number | null;
  targetPercent?: number;
  /** The verdict against the policy's target (null: nothing to divide by). */
  met?: boolean | null;
  floorPercent?: number;
  claims?: number;
  of?: number;
  clause: string;
}
interface HospitalRow {
  hospitalId: string;
  name: string;
  claims: number;
  outOfCatalogueSharePercent: number | null;
  outOfCatalogueLimitPercent: number | null;
  overLimit: boolean;
  [payer: string]: unknown;
}
interface Report {
  month: string;
  claims: number;
  hospitals: HospitalRow[];
  payers: Record<string, number>;
  indicators: {
    majorDiseaseEffectiveRatio: Indicator;
    chronicEffectiveRatio: Indicator;
    belowPolicyRangeFloor: Indicator & { claims: number; of: number };
    paidAboveCapRule: { claims: number; yuan: number; clause: string };
    inCountyAdmissions: Indicator & { admissions: number; inCounty: number };
    participation: Indicator & { registered: number; insured: number };
  };
  revision?: number;
  files?: Record<string, string>;
}

const pct = (n: number | null | undefined) => (typeof n === 'number' ? `${n.toFixed(2)}%` : '—');

/** The plan's indicators against their targets: one bar per indicator, the target as a marked line. */
type IndicatorRow = [name: string, value: number | null, target: number, clause: string, met: boolean | null];

/** The targets come with the report (the policy document's data), never from the console. */
function indicatorBars(r: Report): { option: ChartOption; rows: IndicatorRow[] } {
  const i = r.indicators;
  const row = (name: string, x: Indicator): IndicatorRow => [
    name,
    x.percent,
    x.targetPercent ?? 0,
    clauseText(x.clause),
    x.met ?? null,
  ];
  const rows: IndicatorRow[] = [
    row('重大疾病实际报销比例', i.majorDiseaseEffectiveRatio),
    row('慢病门诊实际报销比例', i.chronicEffectiveRatio),
    row('县域内就诊率', i.inCountyAdmissions),
    row('参保率', i.participation),
  ];
  return {
    rows,
    option: {
      tooltip: { trigger: 'axis' },
      legend: {},
      grid: { left: 8, right: 16, bottom: 8, top: 40, containLabel: true },
      xAxis: { type: 'value', max: 100, axisLabel: { formatter: '{value}%' } },
      yAxis: { type: 'category', data: rows.map((x) => x[0]), inverse: true },
      series: [
        { name: '实际', type: 'bar', data: rows.map((x) => x[1] ?? 0), itemStyle: { color: '#0958d9' } },
        { name: '目标', type: 'bar', data: rows.map((x) => x[2]), itemStyle: { color: '#d9d9d9' } },
      ],
    },
  };
}

function outOfCatalogueBars(r: Report): ChartOption {
  return {
    tooltip: { trigger: 'axis' },
    legend: {},
    grid: { left: 8, right: 16, bottom: 8, top: 40, containLabel: true },
    xAxis: { type: 'value', axisLabel: { formatter: '{value}%' } },
    yAxis: { type: 'category', data: r.hospitals.map((h) => h.name), inverse: true },
    series: [
      {
        name: '目录外费用占比',
        type: 'bar',
        data: r.hospitals.map((h) => ({
          value: h.outOfCatalogueSharePercent ?? 0,
          itemStyle: { color: h.overLimit ? '#a8071a' : '#0958d9' },
        })),
      },
      {
        name: '限额',
        type: 'bar',
        data: r.hospitals.map((h) => h.outOfCatalogueLimitPercent ?? 0),
        itemStyle: { color: '#d9d9d9' },
      },
    ],
  };
}

const TABLE_PAYERS = [
  'basicInsurance',
  'criticalIllnessInsurance',
  'medicalAssistance',
  'commercialInsurance',
  'safetyNetFund',
  'hospital',
  'patient',
];

function ReportView({ r }: { r: Report }) {
  const bars = useMemo(() => indicatorBars(r), [r]);
  const ooc = useMemo(() => outOfCatalogueBars(r), [r]);
  const floor = r.indicators.belowPolicyRangeFloor;
  return (
    <Space orientation="vertical" style={{ width: '100%' }} data-testid="health-report">
      <Card
        size="small"
        title={`${r.month} · 已结算 ${countText(r.claims)} 笔${r.revision ? ` · 第 ${r.revision} 版` : ''}`}
      >
        <Space wrap>
          {TABLE_PAYERS.map((p) => (
            <span key={p}>
              {payerName(p)} {yuanText(r.payers[p])}
            </span>
          ))}
        </Space>
        {r.files && (
          <p style={{ marginTop: 8, marginBottom: 0 }}>
            报告文件（链接短时有效）：
            {Object.entries(r.files).map(([name, url]) => (
              <a key={name} href={url} style={{ marginRight: 12 }}>
                {/csv/i.test(name) ? '下载 CSV' : /xlsx/i.test(name) ? '下载 Excel' : '下载 JSON'}
              </a>
            ))}
          </p>
        )}
      </Card>
      <Card size="small" title="政策指标与目标">
        <Chart option={bars.option} label="政策指标与目标的条形图，数字见下表" height={260} />
        <table className="plain-table" aria-label="政策指标">
          <thead>
            <tr>
              <th scope="col">指标</th>
              <th scope="col" className="num">
                实际
              </th>
              <th scope="col" className="num">
                目标
              </th>
            </tr>
          </thead>
          <tbody>
            {bars.rows.map(([name, value, target, clause, met]) => (
              <tr key={name}>
                <td>
                  {name}（{clause}）
                </td>
                <td className="num" data-testid={`indicator-${name}`}>
                  {pct(value)} {met === false && <Tag color="#ad4e00">未达标</Tag>}
                </td>
                <td className="num">{target}%</td>
              </tr>
            ))}
            <tr>
              <td>
                政策范围内报销低于 {floor.floorPercent}% 的倾斜住院（{clauseText(floor.clause)}）
              </td>
              <td className="num">
                {countText(floor.claims)} / {countText(floor.of)} 笔（{pct(floor.percent)}）
              </td>
              <td className="num">0 笔</td>
            </tr>
            <tr>
              <td>按封顶规则本应少付的自付（{clauseText(r.indicators.paidAboveCapRule.clause)}）</td>
              <td className="num">
                {countText(r.indicators.paidAboveCapRule.claims)} 笔，{yuanText(r.indicators.paidAboveCapRule.yuan)} 元
              </td>
              <td className="num">0 笔</td>
            </tr>
          </tbody>
        </table>
      </Card>
      <Card size="small" title="目录外费用占比与限额（H 三.(二).5.2)）">
        {r.hospitals.length === 0 ? (
          <EmptyState text="本月无结算" />
        ) : (
          <Chart
            option={ooc}
            label="各医疗机构目录外费用占比与限额的条形图，数字见下表"
            height={80 + r.hospitals.length * 48}
          />
        )}
      </Card>
      <Card size="small" title="各医疗机构（元）">
        {r.hospitals.length === 0 ? (
          <EmptyState text="本月无结算" />
        ) : (
          <ScrollRegion label="各医疗机构表">
            <table className="plain-table" aria-label="各医疗机构">
              <thead>
                <tr>
                  <th scope="col">医疗机构</th>
                  <th scope="col" className="num">
                    笔数
                  </th>
                  {TABLE_PAYERS.map((p) => (
                    <th key={p} scope="col" className="num">
                      {payerName(p)}
                    </th>
                  ))}
                  <th scope="col" className="num">
                    目录外占比 / 限额
                  </th>
                </tr>
              </thead>
              <tbody>
                {r.hospitals.map((h) => (
                  <tr key={h.hospitalId} data-testid={`report-hospital-${h.hospitalId}`}>
                    <td>{h.name}</td>
                    <td className="num">{countText(h.claims)}</td>
                    {TABLE_PAYERS.map((p) => (
                      <td key={p} className="num">
                        {yuanText(h[p] as number)}
                      </td>
                    ))}
                    <td className="num">
                      {pct(h.outOfCatalogueSharePercent)} / {pct(h.outOfCatalogueLimitPercent)}
                      {h.overLimit && <Tag color="#a8071a">超限</Tag>}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollRegion>
        )}
      </Card>
    </Space>
  );
}

/** 健康扶贫月报: the plan's indicators as charts, a table per hospital, the files; the bureau builds it. */
export default function HealthReport() {
  const session = useSession();
  const client = useQueryClient();
  const [month, setMonth] = useState(todayIso().slice(0, 7));
  const valid = /^\d{4}-(0[1-9]|1[0-2])$/.test(month);
  const q = useQuery({
    enabled: valid,
    queryKey: ['health-report', month],
    queryFn: async () => {
      try {
        return (await unwrap(
          api.GET('/v1/reports/health/{month}', { params: { path: { month } } }),
        )) as unknown as Report;
      } catch (e) {
        if (e instanceof ApiError && e.status === 404) return null;
        throw e;
      }
    },
    retry: false,
  });
  const build = useMutation({
    mutationFn: () => unwrap(api.POST('/v1/reports/health/{month}', { params: { path: { month } } })),
    onSuccess: () => void client.invalidateQueries({ queryKey: ['health-report', month] }),
  });
  const mayBuild = session?.role === 'insurance-bureau' || session?.role === 'health-commission';
  return (
    <div className="page">
      <Typography.Title level={1}>健康扶贫月报</Typography.Title>
      <Form layout="inline" aria-label="月份" style={{ marginBottom: 12, rowGap: 8 }}>
        <Form.Item
          label="月份（YYYY-MM）"
          htmlFor="health-month"
          validateStatus={valid ? undefined : 'error'}
          help={valid ? undefined : '写作 2019-03'}
        >
          <Input
            id="health-month"
            value={month}
            onChange={(e) => setMonth(e.target.value.trim())}
            style={{ width: 120 }}
          />
        </Form.Item>
        {mayBuild && (
          <Button type="primary" disabled={!valid} loading={build.isPending} onClick={() => build.mutate()}>
            生成本月报告
          </Button>
        )}
      </Form>
      {build.isError && <ErrorState error={build.error} />}
      {!valid ? null : q.isPending ? (
        <Loading />
      ) : q.isError ? (
        <ErrorState error={q.error} onRetry={() => void q.refetch()} />
      ) : !q.data ? (
        <EmptyState text={`${month} 尚未生成月报`} />
      ) : (
        <ReportView r={q.data} />
      )}
    </div>
  );
}
