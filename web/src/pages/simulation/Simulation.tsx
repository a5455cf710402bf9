import { ZHALANTUN_2019 } from '@shared/claims/policy/zhalantun-2019';
import { EDUCATION_2019 } from '@shared/education/policy';
import { HOUSING_2019 } from '@shared/housing/policy';
import { EDUCATION_VARIANT_RULES } from '@shared/simulation/education';
import { HEALTH_VARIANT_RULES } from '@shared/simulation/health';
import { HOUSING_VARIANT_RULES } from '@shared/simulation/housing';
import { overridableParameters } from '@shared/simulation/variant';
import { useMutation, useQuery } from '@tanstack/react-query';
import { Alert, Button, Card, Form, Input, InputNumber, Select, Space, Statistic, Typography } from 'antd';
import { useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { api, unwrap } from '../../api/client';
import { ErrorState, Loading } from '../../layout/States';
import { Chart } from '../../lib/Chart';
import { countText, yuanText } from '../../lib/format';
import { payerName, SLIP_PAYERS } from '../../i18n/claims';
import { PARAMETER_NAMES } from '../../i18n/parameters';
import { EDUCATION_PAYMENT_NAMES, townshipName } from '../../i18n/labels';

/** The parameters a variant may change, as the server validates them (docs/simulation.md). */
const PARAMETERS = {
  health: [...overridableParameters(ZHALANTUN_2019, HEALTH_VARIANT_RULES).entries()],
  housing: [...overridableParameters(HOUSING_2019, HOUSING_VARIANT_RULES).entries()],
  education: [...overridableParameters(EDUCATION_2019, EDUCATION_VARIANT_RULES).entries()],
};
type Programme = keyof typeof PARAMETERS;
const UNIT_TEXT: Record<string, string> = { fen: '元', bp: '%', count: '个', m2: '平方米' };
const shown = (unit: string, value: unknown): string =>
  value === null
    ? '不封顶'
    : unit === 'fen'
      ? yuanText(Number(value) / 100)
      : unit === 'bp'
        ? `${Number(value) / 100}`
        : String(value);

type Simulation = Awaited<ReturnType<typeof fetchSimulation>>;
const fetchSimulation = (id: string) =>
  unwrap(api.GET('/v1/simulations/{simulationId}', { params: { path: { simulationId: id } } }));

function HealthResult({ sim }: { sim: Simulation }) {
  if (!sim.recorded || !sim.baseline || !sim.variant.payers || !sim.selfPayChange || !sim.inconsistencies) return null;
  const payers = SLIP_PAYERS;
  const series = (name: string, values: Record<string, number>) => ({
    name,
    type: 'bar' as const,
    data: payers.map((p) => values[p] ?? 0),
  });
  const variantPayers = sim.variant.payers as unknown as Record<string, number>;
  const bars = {
    tooltip: { trigger: 'axis' },
    // Payers down the side (as the progress chart's townships): rotated names under the bars ran into the
    // legend on a phone.
    legend: { top: 0, left: 0 },
    grid: { left: 4, right: 40, bottom: 4, top: 36, containLabel: true },
    yAxis: { type: 'category', inverse: true, data: payers.map(payerName), axisLabel: { interval: 0 } },
    xAxis: { type: 'value', name: '元' },
    series: [
      series('实际记账', sim.recorded.payers as unknown as Record<string, number>),
      series('调整方案', variantPayers),
    ],
  };
  const bins = sim.selfPayChange.histogram;
  const histogram = {
    tooltip: { trigger: 'axis' },
    // The change brackets down the side, read top to bottom, for the same reason as the payers.
    grid: { left: 4, right: 40, bottom: 4, top: 24, containLabel: true },
    yAxis: {
      type: 'category',
      inverse: true,
      data: bins.map((b) => `${b.fromYuan ?? '…'}~${b.toYuan ?? '…'} 元`),
      axisLabel: { interval: 0 },
    },
    xAxis: { type: 'value', name: '人数' },
    series: [{ name: '人数', type: 'bar', data: bins.map((b) => b.persons) }],
  };

  const inc = sim.inconsistencies;
  const change = (variantPayers.patient ?? 0) - sim.baseline.payers.patient;
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      {sim.recorded.claims === 0 ? (
        <Alert type="info" showIcon title="该年度没有记账的结算单：没有可重算的金额" />
      ) : inc.baselineEqualsRecorded ? (
        <Alert type="success" showIcon title="按现行政策重算与实际记账分毫不差" />
      ) : (
        <Alert
          type="error"
          showIcon
          title={`账实不符：${countText(inc.claims)} 笔结算单按现行政策重算与记账不一致`}
          description="详见下载的 CSV/xlsx「账实不符」表，每笔列出记账与重算金额及原因。"
        />
      )}
      <Space wrap>
        <Statistic title="结算人次" value={countText(sim.recorded.claims)} />
        <Statistic title="个人自付变化(元)" value={yuanText(change)} />
        <Statistic title="自付增加人数" value={countText(sim.selfPayChange.rises.persons)} />
        <Statistic title="自付减少人数" value={countText(sim.selfPayChange.falls.persons)} />
      </Space>
      <Card size="small" title="各支付方：实际记账与调整方案">
        <Chart option={bars} label="各支付方实际记账与调整方案金额柱状图" />
      </Card>
      <Card size="small" title="每人个人自付变化分布">
        <Chart option={histogram} label="每人个人自付变化人数分布柱状图" />
      </Card>
    </Space>
  );
}

function HousingResult({ sim }: { sim: Simulation }) {
  const b = sim.budget;
  if (!b) return null;
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Space wrap>
        <Statistic title="户数" value={countText(b.totals.cases)} />
        <Statistic title="现行标准(元)" value={yuanText(b.totals.baseline)} />
        <Statistic title="调整方案(元)" value={yuanText(b.totals.variant)} />
        <Statistic title="增减(元)" value={yuanText(b.totals.change)} />
      </Space>
      {b.byProgramme.map((p) => (
        <Card size="small" key={p.key} title={p.key}>
          计划投资 {yuanText(p.plannedInvestment)} 元 · 现行 {yuanText(p.baseline)} 元 · 调整后 {yuanText(p.variant)} 元
        </Card>
      ))}
    </Space>
  );
}

/** Education (E 三.(二)): the year's aid payments re-decided under the variant's amounts and caps. */
function EducationResult({ sim }: { sim: Simulation }) {
  const e = sim.education;
  if (!e) return null;
  const inc = e.inconsistencies;
  const bars = {
    tooltip: { trigger: 'axis' },
    legend: { top: 0, left: 0 },
    grid: { left: 4, right: 40, bottom: 4, top: 36, containLabel: true },
    yAxis: {
      type: 'category',
      inverse: true,
      data: e.byType.map((t) => EDUCATION_PAYMENT_NAMES[t.key] ?? t.key),
      axisLabel: { interval: 0 },
    },
    xAxis: { type: 'value', name: '元' },
    series: [
      { name: '实际发放', type: 'bar' as const, data: e.byType.map((t) => t.recorded) },
      { name: '调整方案', type: 'bar' as const, data: e.byType.map((t) => t.variant) },
    ],
  };
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }} data-testid="education-result">
      {e.totals.payments === 0 ? (
        <Alert type="info" showIcon title="该年度没有资助发放记录：没有可重算的金额" />
      ) : inc.baselineEqualsRecorded ? (
        <Alert type="success" showIcon title="按现行标准重算与实际发放分毫不差" />
      ) : (
        <Alert
          type="error"
          showIcon
          title={`账实不符：${countText(inc.payments)} 笔发放按现行标准重算与记账不一致`}
          description="详见下载的 CSV/xlsx「账实不符」表。"
        />
      )}
      <Space wrap>
        <Statistic title="发放笔数" value={countText(e.totals.payments)} />
        <Statistic title="实际发放(元)" value={yuanText(e.totals.recorded)} />
        <Statistic title="调整方案(元)" value={yuanText(e.totals.variant)} />
        <Statistic title="增减(元)" value={yuanText(e.totals.change)} />
      </Space>
      <Card size="small" title="各资助项目：实际发放与调整方案">
        <Chart option={bars} label="各资助项目实际发放与调整方案金额柱状图" />
      </Card>
      <Card size="small" title="大学生资助累计上限">
        <ul className="plain-list">
          <li>
            达到上限的学生：现行 {countText(e.universityCap.studentsAtCap.baseline)} 人，调整后{' '}
            {countText(e.universityCap.studentsAtCap.variant)} 人
          </li>
          <li>
            调整后因超过上限不能发放：{countText(e.universityCap.refusedUnderVariant.payments)} 笔（实际已发{' '}
            {yuanText(e.universityCap.refusedUnderVariant.recorded)} 元）
          </li>
        </ul>
      </Card>
      <Card size="small" title="按乡镇">
        <ul className="plain-list">
          {e.byTownship.map((t) => (
            <li key={t.key}>
              {townshipName(t.key)}：{countText(t.payments)} 笔，现行 {yuanText(t.baseline)} 元，调整后{' '}
              {yuanText(t.variant)} 元
            </li>
          ))}
        </ul>
      </Card>
    </Space>
  );
}

interface Values {
  programme: Programme;
  name: string;
  reason: string;
  overrides?: { name?: string; value?: number }[];
}

/** 政策测算: what a year would have cost under a variant, from the ledger (docs/simulation.md). */
export default function SimulationPage() {
  const [form] = Form.useForm<Values>();
  const [params, setParams] = useSearchParams();
  const id = params.get('id');
  const [programme, setProgramme] = useState<Programme>('health');
  const existing = useQuery({ queryKey: ['simulation', id], queryFn: () => fetchSimulation(id ?? ''), enabled: !!id });
  const run = useMutation({
    mutationFn: (v: Values) =>
      unwrap(
        api.POST('/v1/simulations', {
          body: {
            programme: v.programme,
            year: 2019,
            variant: {
              name: v.name,
              reason: v.reason,
              overrides: Object.fromEntries(
                (v.overrides ?? []).filter((o) => o.name && o.value !== undefined).map((o) => [o.name, o.value]),
              ),
            },
          },
        }),
      ),
    onSuccess: (sim) => setParams({ id: sim.simulationId }),
  });
  const sim = run.data ?? existing.data;
  const options = PARAMETERS[programme].map(([name, p]) => ({
    value: name,
    label: `${PARAMETER_NAMES[name] ?? p.description}（现为 ${shown(p.unit, p.value)} ${UNIT_TEXT[p.unit] ?? ''}）`,
  }));

  return (
    <div className="page">
      <Typography.Title level={1}>政策测算</Typography.Title>
      <Typography.Paragraph className="muted">
        按调整后的政策参数重算2019年实际发生的结算单（或危房改造档案），与实际记账比较。只读账目，不改变任何已结算金额。
      </Typography.Paragraph>
      <Card size="small">
        <Form
          form={form}
          layout="vertical"
          initialValues={{ programme: 'health', overrides: [{}] }}
          onFinish={(v) => run.mutate(v)}
          onValuesChange={(c: Partial<Values>) => c.programme && setProgramme(c.programme)}
        >
          <Form.Item name="programme" label="项目">
            <Select
              virtual={false}
              options={[
                { value: 'health', label: '健康扶贫一站式结算' },
                { value: 'housing', label: '危房改造补助' },
                { value: 'education', label: '教育扶贫资助' },
              ]}
            />
          </Form.Item>
          <Form.Item name="name" label="方案名称" rules={[{ required: true, message: '请填写方案名称' }]}>
            <Input maxLength={100} />
          </Form.Item>
          <Form.Item name="reason" label="测算理由" rules={[{ required: true, message: '请填写测算理由' }]}>
            <Input.TextArea maxLength={1000} rows={2} />
          </Form.Item>
          <Form.List name="overrides">
            {(fields, { add, remove }) => (
              <>
                {fields.map((field) => (
                  <div key={field.key} style={{ borderTop: '1px solid #f0f0f0', paddingTop: 8 }}>
                    <Form.Item name={[field.name, 'name']} label="参数">
                      <Select
                        virtual={false}
                        showSearch
                        optionFilterProp="label"
                        options={options}
                        style={{ width: '100%' }}
                        popupMatchSelectWidth
                      />
                    </Form.Item>
                    <Space wrap align="end">
                      <Form.Item name={[field.name, 'value']} label="新值（元 / % / 个 / 平方米）">
                        <InputNumber min={0} />
                      </Form.Item>
                      <Form.Item>
                        <Button onClick={() => remove(field.name)}>删除</Button>
                      </Form.Item>
                    </Space>
                  </div>
                ))}
                <Button onClick={() => add({})}>增加参数</Button>
              </>
            )}
          </Form.List>
          <Form.Item style={{ marginTop: 16 }}>
            <Button type="primary" htmlType="submit" loading={run.isPending}>
              开始测算
            </Button>
          </Form.Item>
          {run.error && <Alert type="error" showIcon title={run.error.message} />}
        </Form>
      </Card>
      {id && existing.isLoading && !run.data && <Loading />}
      {existing.error && !run.data && <ErrorState error={existing.error} onRetry={existing.refetch} />}
      {sim && (
        <Card size="small" title={`${sim.variant.name} · ${sim.status === 'done' ? '已完成' : sim.status}`}>
          {sim.programme === 'housing' ? (
            <HousingResult sim={sim} />
          ) : sim.programme === 'education' ? (
            <EducationResult sim={sim} />
          ) : (
            <HealthResult sim={sim} />
          )}
          {sim.files && (
            <Space wrap style={{ marginTop: 12 }}>
              <a href={sim.files.xlsx}>下载 xlsx</a>
              <a href={sim.files.csv}>下载 CSV</a>
            </Space>
          )}
        </Card>
      )}
    </div>
  );
}
