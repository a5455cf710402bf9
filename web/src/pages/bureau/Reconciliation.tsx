import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Card, Form, Input, InputNumber, Space, Statistic, Typography } from 'antd';
import { useState } from 'react';
import { ApiError, api, unwrap } from '../../api/client';
import { levelName } from '../../i18n/claims';
import { useSession } from '../../layout/AppLayout';
import { EmptyState, ErrorState, Loading } from '../../layout/States';
import { ScrollRegion } from '../../lib/ScrollRegion';
import { yuanText } from '../../lib/format';

interface Summary {
  year: number;
  persons: number;
  refundTotal: number;
  reportKey: string;
  files?: Record<string, string>;
  rows?: {
    personId: string;
    highestLevel: string;
    cap: number;
    beyondDeductibles: number;
    due: number;
    refund: number;
  }[];
}

/**
 * 年度自付封顶核算 [H 三.(二).5.6)]: after the year, each registered poor patient's self-pay beyond the
 * deductibles is held to the cap of the highest level they were admitted at; the excess is refunded by the
 * commercial supplementary insurance. Running again gives the same answer (the run is idempotent).
 */
export default function Reconciliation() {
  const session = useSession();
  const client = useQueryClient();
  const [year, setYear] = useState(2019);
  const [reason, setReason] = useState('');
  const q = useQuery({
    queryKey: ['reconciliation', year],
    queryFn: async () => {
      try {
        return (await unwrap(api.GET('/v1/reconciliations/{year}', { params: { path: { year } } }))) as Summary;
      } catch (e) {
        if (e instanceof ApiError && e.status === 404) return null;
        throw e;
      }
    },
    retry: false,
  });
  const run = useMutation({
    mutationFn: () =>
      unwrap(
        api.POST('/v1/reconciliations/{year}', {
          // After March of the next year the run needs the bureau's reason (H 三.(二).5.6); docs/claims-engine.md).
          params: { path: { year }, query: reason.trim() ? { reason: reason.trim() } : {} },
        }),
      ) as Promise<Summary>,
    onSuccess: () => void client.invalidateQueries({ queryKey: ['reconciliation', year] }),
  });
  const s = q.data;
  return (
    <div className="page">
      <Typography.Title level={1}>年度自付封顶核算</Typography.Title>
      <Typography.Paragraph className="muted">
        贫困患者年度内自付超过所住最高级别医疗机构封顶额的部分，由商业健康补充保险退还（H
        三.(二).5.6)）。重复核算结果不变。
      </Typography.Paragraph>
      <Form layout="inline" aria-label="核算年度" style={{ marginBottom: 12, rowGap: 8 }}>
        <Form.Item label="年度" htmlFor="reconciliation-year">
          <InputNumber
            id="reconciliation-year"
            min={2019}
            max={2100}
            value={year}
            onChange={(v) => typeof v === 'number' && setYear(v)}
          />
        </Form.Item>
        {session?.role === 'insurance-bureau' && (
          <Form.Item label="补结算理由（次年3月后须填写）" htmlFor="reconciliation-reason">
            <Input id="reconciliation-reason" value={reason} onChange={(e) => setReason(e.target.value)} />
          </Form.Item>
        )}
        {session?.role === 'insurance-bureau' && (
          <Button type="primary" onClick={() => run.mutate()} loading={run.isPending} data-testid="run-reconciliation">
            {s ? '重新核算' : '开始核算'}
          </Button>
        )}
      </Form>
      {run.isError && <ErrorState error={run.error} />}
      {run.isSuccess && <Alert type="success" showIcon title={`${year}年核算已完成`} style={{ marginBottom: 12 }} />}
      {q.isPending ? (
        <Loading />
      ) : q.isError ? (
        <ErrorState error={q.error} onRetry={() => void q.refetch()} />
      ) : !s ? (
        <EmptyState text={`${year}年尚未核算`} />
      ) : (
        <Space orientation="vertical" style={{ width: '100%' }} data-testid="reconciliation">
          <Card size="small" title={`${s.year}年核算结果`}>
            <Space wrap size="large">
              <Statistic title="应退还人数" value={s.persons} />
              <Statistic title="退还合计（元）" value={yuanText(s.refundTotal)} />
            </Space>
            <p style={{ marginTop: 8 }}>
              报告文件（链接短时有效）：
              {Object.entries(s.files ?? {}).map(([name, url]) => (
                <a key={name} href={url} style={{ marginRight: 12 }}>
                  {/csv/i.test(name) ? '下载 CSV' : /xlsx/i.test(name) ? '下载 Excel' : '下载 JSON'}
                </a>
              ))}
            </p>
          </Card>
          <Card size="small" title="逐人明细（身份证号已遮蔽）">
            {(s.rows ?? []).length === 0 ? (
              <EmptyState text="无应退还的人" />
            ) : (
              <ScrollRegion label="逐人明细表">
                <table className="plain-table" aria-label="逐人明细">
                  <thead>
                    <tr>
                      <th scope="col">身份证号</th>
                      <th scope="col">最高级别</th>
                      <th scope="col" className="num">
                        封顶线
                      </th>
                      <th scope="col" className="num">
                        起付线以上自付
                      </th>
                      <th scope="col" className="num">
                        应自付
                      </th>
                      <th scope="col" className="num">
                        商业健康补充保险返还
                      </th>
                    </tr>
                  </thead>
                  <tbody>
                    {(s.rows ?? []).map((r) => (
                      <tr key={r.personId}>
                        <td>{r.personId}</td>
                        <td>{levelName(r.highestLevel)}</td>
                        <td className="num">{yuanText(r.cap)}</td>
                        <td className="num">{yuanText(r.beyondDeductibles)}</td>
                        <td className="num">{yuanText(r.due)}</td>
                        <td className="num">{yuanText(r.refund)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </ScrollRegion>
            )}
          </Card>
        </Space>
      )}
    </div>
  );
}
