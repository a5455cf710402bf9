import { useQuery } from '@tanstack/react-query';
import { Card, Form, Input, List, Select, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { api, unwrap } from '../../api/client';
import { KIND_NAMES, payerName, SLIP_PAYERS } from '../../i18n/claims';
import { useSession } from '../../layout/AppLayout';
import { EmptyState, ErrorState, Loading } from '../../layout/States';
import { dateText, todayIso, yuanText } from '../../lib/format';

interface Month {
  month: string;
  hospitalId: string;
  claims: {
    claimId: string;
    personId: string;
    kind: string;
    serviceDate: string;
    status: string;
    amounts: Record<string, number>;
  }[];
  totals: Record<string, number>;
  settled: number;
  voided: number;
}

/** 月度结算: the hospital's claims of a month with totals per payer (voided claims count for nothing). */
export default function ClaimMonth() {
  const session = useSession();
  const ownHospital = session?.role === 'hospital';
  const [month, setMonth] = useState(todayIso().slice(0, 7));
  const [hospitalId, setHospitalId] = useState<string | undefined>();
  const valid = /^\d{4}-(0[1-9]|1[0-2])$/.test(month);
  // The bureau and audit search across hospitals: one hospital's month at a time (the API's scope).
  const hospitals = useQuery({
    enabled: !ownHospital,
    queryKey: ['hospitals'],
    queryFn: () => unwrap(api.GET('/v1/hospitals')) as Promise<{ hospitals: { hospitalId: string; name: string }[] }>,
  });
  const ready = valid && (ownHospital || !!hospitalId);
  const q = useQuery({
    enabled: ready,
    queryKey: ['claims-month', month, hospitalId],
    queryFn: () =>
      unwrap(
        api.GET('/v1/claims', { params: { query: { month, ...(ownHospital ? {} : { hospitalId }) } } }),
      ) as Promise<Month>,
  });
  return (
    <div className="page">
      <Typography.Title level={1}>{ownHospital ? '月度结算' : '结算查询'}</Typography.Title>
      <Form layout="vertical" aria-label="月份">
        <Form.Item
          label="月份（YYYY-MM）"
          htmlFor="claims-month"
          validateStatus={valid ? undefined : 'error'}
          help={valid ? undefined : '写作 2019-03'}
        >
          <Input
            id="claims-month"
            value={month}
            onChange={(e) => setMonth(e.target.value.trim())}
            style={{ maxWidth: 200 }}
            data-testid="month"
          />
        </Form.Item>
        {!ownHospital && (
          <Form.Item label="医疗机构" htmlFor="claims-hospital">
            <Select
              id="claims-hospital"
              showSearch={{ optionFilterProp: 'label' }}
              placeholder="选择医疗机构"
              value={hospitalId}
              onChange={setHospitalId}
              loading={hospitals.isPending}
              virtual={false}
              options={(hospitals.data?.hospitals ?? []).map((h) => ({ value: h.hospitalId, label: h.name }))}
              style={{ maxWidth: 320 }}
            />
          </Form.Item>
        )}
      </Form>
      {!ready ? null : q.isPending ? (
        <Loading />
      ) : q.isError ? (
        <ErrorState error={q.error} onRetry={() => void q.refetch()} />
      ) : (
        <>
          <Card
            size="small"
            title={`合计（已结算 ${q.data.settled} 笔，作废 ${q.data.voided} 笔）`}
            data-testid="month-totals"
          >
            <Space wrap size="large">
              <span>医疗总费用 {yuanText(q.data.totals.total)}</span>
              {SLIP_PAYERS.map((p) => (
                <span key={p}>
                  {payerName(p)} {yuanText(q.data.totals[p])}
                </span>
              ))}
            </Space>
          </Card>
          {q.data.claims.length === 0 ? (
            <EmptyState text="本月无结算" />
          ) : (
            <List
              style={{ marginTop: 12 }}
              size="small"
              dataSource={q.data.claims}
              renderItem={(c) => (
                <List.Item>
                  <Space orientation="vertical" size={2}>
                    <Link to={`/desk/claims/${encodeURIComponent(c.claimId)}`}>{c.claimId}</Link>
                    <span>
                      {dateText(c.serviceDate)} · {KIND_NAMES[c.kind] ?? c.kind} · {c.personId} · 总费用{' '}
                      {yuanText(c.amounts.total)} · 个人自付 {yuanText(c.amounts.patient)}{' '}
                      {c.status === 'voided' && <Tag color="#a8071a">作废</Tag>}
                    </span>
                  </Space>
                </List.Item>
              )}
            />
          )}
        </>
      )}
    </div>
  );
}
