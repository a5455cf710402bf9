import { maskIdentity } from '@shared/identity/mask';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Card, Form, Input, List, Modal, Select, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { api, unwrap } from '../../api/client';
import type { paths } from '../../api/schema';
import { RANGER_STATUS_NAMES, TOWNSHIP_NAMES, townshipName } from '../../i18n/labels';
import { useSession } from '../../layout/AppLayout';
import { EmptyState, ErrorState, Loading } from '../../layout/States';
import { ScrollRegion } from '../../lib/ScrollRegion';
import { countText, dateText, todayIso, yuanText } from '../../lib/format';
import { identityHint } from '../../lib/identity';

interface Quota {
  township: string;
  name: string;
  villages: number;
  quota: number;
  filled: number;
  free: number;
  people: number;
}
interface Post {
  personId: string;
  householdId: string;
  township: string;
  postNo: number;
  village: string;
  from: string;
  status: 'active' | 'released';
  releasedOn?: string;
  pay: { year: number; months: number; amount: number; clause: string };
}
interface PayRun {
  month: string;
  paidThisRun: number;
  entries: number;
  total: number;
  byTownship: Record<string, number>;
  withheld: { personId: string; township: string; postNo: number; village: string; days: number; reason: string }[];
}

/** A township code as the API's schema spells it. */
type Township = NonNullable<NonNullable<paths['/v1/ecology/rangers']['get']['parameters']['query']>['township']>;
const ISO = /^\d{4}-\d{2}-\d{2}$/;

function Quotas({ township }: { township?: string }) {
  const q = useQuery({
    queryKey: ['quotas'],
    queryFn: () =>
      unwrap(api.GET('/v1/ecology/quotas')) as Promise<{ townships: Quota[]; totals: Record<string, number> }>,
  });
  if (q.isPending) return <Loading />;
  if (q.isError) return <ErrorState error={q.error} onRetry={() => void q.refetch()} />;
  const rows = q.data.townships.filter((t) => t.quota > 0 || t.township === township);
  return (
    <Card size="small" title="各乡镇护林员名额（G 四.(一)）">
      <ScrollRegion label="名额表">
        <table className="plain-table" aria-label="各乡镇护林员名额" data-testid="quotas">
          <thead>
            <tr>
              <th scope="col">乡镇</th>
              <th scope="col" className="num">
                名额
              </th>
              <th scope="col" className="num">
                已聘
              </th>
              <th scope="col" className="num">
                空缺
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((t) => (
              <tr key={t.township} data-testid={`quota-${t.township}`}>
                <td>{t.name}</td>
                <td className="num">{countText(t.quota)}</td>
                <td className="num">{countText(t.filled)}</td>
                <td className="num">{countText(t.free)}</td>
              </tr>
            ))}
          </tbody>
          {rows.length > 1 && (
            <tfoot>
              <tr>
                <th scope="row">合计</th>
                <td className="num">{countText(q.data.totals.quota)}</td>
                <td className="num">{countText(q.data.totals.filled)}</td>
                <td className="num">{countText(q.data.totals.free)}</td>
              </tr>
            </tfoot>
          )}
        </table>
      </ScrollRegion>
    </Card>
  );
}

function Hire({ township, onHired }: { township?: string; onHired: () => void }) {
  const [form] = Form.useForm<{ personId: string; township: Township; from: string; village?: string }>();
  const personId = Form.useWatch('personId', form);
  const hint = identityHint(personId);
  const hire = useMutation({
    mutationFn: (v: { personId: string; township: Township; from: string; village?: string }) =>
      unwrap(
        api.POST('/v1/ecology/rangers', {
          body: {
            personId: v.personId.trim().toUpperCase(),
            township: v.township as Township,
            from: v.from,
            ...(v.village?.trim() ? { village: v.village.trim() } : {}),
          },
        }),
      ),
    onSuccess: () => {
      form.resetFields(['personId', 'village']);
      onHired();
    },
  });
  return (
    <Card size="small" title="选聘护林员">
      <Form
        form={form}
        layout="vertical"
        aria-label="选聘护林员"
        initialValues={{ township, from: todayIso() }}
        onFinish={(v) => hire.mutate(v)}
      >
        <Form.Item
          name="personId"
          label="身份证号"
          help={hint}
          validateStatus={personId && hint && personId.length >= 18 ? 'error' : undefined}
          rules={[{ required: true, message: '请输入身份证号' }]}
        >
          <Input maxLength={18} autoComplete="off" />
        </Form.Item>
        <Form.Item name="township" label="乡镇" rules={[{ required: true, message: '请选择乡镇' }]}>
          <Select
            disabled={!!township}
            virtual={false}
            showSearch={{ optionFilterProp: 'label' }}
            options={Object.entries(TOWNSHIP_NAMES).map(([value, label]) => ({ value, label }))}
          />
        </Form.Item>
        <Form.Item
          name="from"
          label="上岗日期（YYYY-MM-DD）"
          rules={[{ required: true, pattern: ISO, message: '日期写作 2019-03-10' }]}
        >
          <Input />
        </Form.Item>
        <Form.Item name="village" label="管护村（默认为名册中的村）">
          <Input />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={hire.isPending} disabled={!!hint}>
          选聘
        </Button>
      </Form>
      {hire.isError && (
        <div style={{ marginTop: 12 }} data-testid="hire-refusal">
          <ErrorState error={hire.error} />
        </div>
      )}
      {hire.isSuccess && <Alert style={{ marginTop: 12 }} type="success" showIcon title="已选聘" />}
    </Card>
  );
}

/** The month's pay run (forestry bureau and finance); a rerun records only what is missing. */
export function PayRunCard() {
  const client = useQueryClient();
  const [month, setMonth] = useState(todayIso().slice(0, 7));
  const valid = /^\d{4}-(0[1-9]|1[0-2])$/.test(month);
  const run = useMutation({
    mutationFn: () =>
      unwrap(api.POST('/v1/ecology/pay-runs/{month}', { params: { path: { month } } })) as Promise<PayRun>,
    onSuccess: () => void client.invalidateQueries({ queryKey: ['rangers'] }),
  });
  const r = run.data;
  return (
    <Card size="small" title="月度劳务报酬发放">
      <Form layout="inline" aria-label="发放月份" style={{ rowGap: 8 }}>
        <Form.Item
          label="月份（YYYY-MM）"
          htmlFor="pay-month"
          validateStatus={valid ? undefined : 'error'}
          help={valid ? undefined : '写作 2019-03'}
        >
          <Input
            id="pay-month"
            value={month}
            onChange={(e) => setMonth(e.target.value.trim())}
            style={{ width: 120 }}
          />
        </Form.Item>
        <Button type="primary" disabled={!valid} loading={run.isPending} onClick={() => run.mutate()}>
          计算并记账
        </Button>
      </Form>
      {run.isError && <ErrorState error={run.error} />}
      {r && (
        <div style={{ marginTop: 12 }} data-testid="pay-run">
          <p>
            {r.month}：共 {countText(r.entries)} 个岗位，合计 {yuanText(r.total)} 元（本次新记{' '}
            {countText(r.paidThisRun)} 笔，重复发放不会重复记账）
          </p>
          <ul className="plain-list">
            {Object.entries(r.byTownship)
              .filter(([, v]) => v > 0)
              .map(([t, v]) => (
                <li key={t}>
                  {townshipName(t)} {yuanText(v)} 元
                </li>
              ))}
          </ul>
          {r.withheld.length > 0 && (
            <Alert
              type="warning"
              title="暂停发放"
              description={r.withheld
                .map((w) => `${townshipName(w.township)} ${w.postNo} 号岗 ${maskIdentity(w.personId)}：${w.reason}`)
                .join('；')}
            />
          )}
        </div>
      )}
    </Card>
  );
}

/**
 * 生态护林员: quotas per township (filled/free), hire with the refusal reasons, release, the monthly pay
 * run and each post's pay for the year (G 四.(一)). Townships see and act for their own township only.
 */
export default function Rangers() {
  const session = useSession();
  const client = useQueryClient();
  const own = session?.role === 'township' ? session.township : undefined;
  const [township, setTownship] = useState<string | undefined>(own);
  const [year, setYear] = useState(2019);
  const [releasing, setReleasing] = useState<Post | undefined>();
  const [releaseOn, setReleaseOn] = useState(todayIso());
  const mayHire = session?.role === 'township' || session?.role === 'forestry-bureau';
  const mayPay = session?.role === 'forestry-bureau' || session?.role === 'finance';
  const list = useQuery({
    queryKey: ['rangers', township, year],
    queryFn: () =>
      unwrap(
        api.GET('/v1/ecology/rangers', {
          params: { query: { ...(township ? { township: township as Township } : {}), year } as never },
        }),
      ) as unknown as Promise<{ rangers: Post[] }>,
  });
  const release = useMutation({
    mutationFn: (p: Post) =>
      unwrap(
        api.POST('/v1/ecology/rangers/{personId}/release', {
          params: { path: { personId: p.personId } },
          body: { on: releaseOn },
        }),
      ),
    onSuccess: () => {
      setReleasing(undefined);
      void client.invalidateQueries({ queryKey: ['rangers'] });
      void client.invalidateQueries({ queryKey: ['quotas'] });
    },
  });
  const refresh = () => {
    void client.invalidateQueries({ queryKey: ['rangers'] });
    void client.invalidateQueries({ queryKey: ['quotas'] });
  };
  return (
    <div className="page">
      <Typography.Title level={1}>生态护林员{own ? ` · ${townshipName(own)}` : ''}</Typography.Title>
      <div className="card-grid">
        <Quotas township={own} />
        {mayHire && <Hire township={own} onHired={refresh} />}
        {mayPay && <PayRunCard />}
      </div>
      <Card size="small" title="护林员与劳务报酬" style={{ marginTop: 12 }}>
        <Form layout="inline" aria-label="筛选" style={{ rowGap: 8, marginBottom: 8 }}>
          {!own && (
            <Form.Item label="乡镇" htmlFor="ranger-township">
              <Select
                id="ranger-township"
                allowClear
                placeholder="全部乡镇"
                value={township}
                onChange={setTownship}
                virtual={false}
                style={{ width: 160 }}
                options={Object.entries(TOWNSHIP_NAMES).map(([value, label]) => ({ value, label }))}
              />
            </Form.Item>
          )}
          <Form.Item label="年度" htmlFor="ranger-year">
            <Select
              id="ranger-year"
              value={year}
              onChange={setYear}
              virtual={false}
              style={{ width: 100 }}
              options={[2019, 2020, 2021].map((y) => ({ value: y, label: `${y}` }))}
            />
          </Form.Item>
        </Form>
        {list.isPending ? (
          <Loading />
        ) : list.isError ? (
          <ErrorState error={list.error} onRetry={() => void list.refetch()} />
        ) : list.data.rangers.length === 0 ? (
          <EmptyState text="无护林员" />
        ) : (
          <List
            size="small"
            dataSource={list.data.rangers}
            data-testid="rangers"
            renderItem={(p) => (
              <List.Item
                data-testid={`ranger-${p.personId}`}
                actions={
                  mayHire && p.status === 'active'
                    ? [
                        <Button key="release" size="small" onClick={() => setReleasing(p)}>
                          解聘
                        </Button>,
                      ]
                    : []
                }
              >
                <Space orientation="vertical" size={2}>
                  <strong>
                    {townshipName(p.township)} {p.postNo} 号岗 · {maskIdentity(p.personId)}
                  </strong>
                  <span>
                    {p.village} · 户 {p.householdId} · {dateText(p.from)}上岗
                    {p.releasedOn ? `，${dateText(p.releasedOn)}解聘` : ''}{' '}
                    <Tag>{RANGER_STATUS_NAMES[p.status] ?? p.status}</Tag>
                  </span>
                  <span>
                    {p.pay.year}年在岗 {p.pay.months} 个月，全年应发 {yuanText(p.pay.amount)} 元（{p.pay.clause}）
                  </span>
                </Space>
              </List.Item>
            )}
          />
        )}
      </Card>
      <Modal
        open={!!releasing}
        title="解聘护林员"
        okText="确认解聘"
        cancelText="取消"
        confirmLoading={release.isPending}
        onOk={() => releasing && release.mutate(releasing)}
        onCancel={() => setReleasing(undefined)}
      >
        <p>
          {releasing &&
            `${townshipName(releasing.township)} ${releasing.postNo} 号岗 · ${maskIdentity(releasing.personId)}`}
        </p>
        <Form layout="vertical" aria-label="解聘">
          <Form.Item label="最后在岗日期（YYYY-MM-DD）" htmlFor="release-on">
            <Input id="release-on" value={releaseOn} onChange={(e) => setReleaseOn(e.target.value.trim())} />
          </Form.Item>
        </Form>
        {release.isError && <ErrorState error={release.error} />}
      </Modal>
    </div>
  );
}
