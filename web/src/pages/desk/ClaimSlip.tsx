import { maskIdentity, maskName } from '@shared/identity/mask';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Button, Card, Modal, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { api, unwrap } from '../../api/client';
import { clauseText, KIND_NAMES, payerName, ruleName, SLIP_PAYERS } from '../../i18n/claims';
import { useSession } from '../../layout/AppLayout';
import { ErrorState, Loading } from '../../layout/States';
import { dateText, yuanText } from '../../lib/format';

export interface SettlementView {
  claimId: string;
  hospitalId: string;
  personId: string;
  status: 'settled' | 'voided';
  policyId: string;
  settledAt: string;
  voidedAt?: string;
  tilt: boolean;
  rule: string;
  kind?: string;
  serviceDate?: string;
  amounts: Record<string, number>;
  steps: { rule: string; clause: string; payer: string; amount: number; note: string }[];
}

/**
 * 一站式结算单: the printable slip of one claim (A5, print stylesheet in styles.css `.slip`), with the
 * identity number and name masked as on every slip; a voided claim's slip says 作废.
 */
export function Slip({
  s,
  hospitalName,
  patientName,
}: {
  s: SettlementView;
  hospitalName: string;
  patientName?: string;
}) {
  const clauses = [...new Set(s.steps.flatMap((x) => (x.clause ? clauseText(x.clause).split('；') : [])))];
  return (
    <section
      className={`slip${s.status === 'voided' ? ' slip-void' : ''}`}
      aria-label="一站式结算单"
      data-testid="slip"
    >
      {s.status === 'voided' && (
        <div className="slip-stamp" data-testid="slip-void">
          作废
        </div>
      )}
      <h2 className="slip-title">扎兰屯市建档立卡贫困人口住院医疗费用一站式结算单</h2>
      <dl className="slip-head">
        <div>
          <dt>医疗机构</dt>
          <dd>{hospitalName}</dd>
        </div>
        <div>
          <dt>结算单号</dt>
          <dd>{s.claimId}</dd>
        </div>
        <div>
          <dt>患者</dt>
          <dd data-testid="slip-name">{patientName ? maskName(patientName) : '—'}</dd>
        </div>
        <div>
          <dt>身份证号</dt>
          <dd data-testid="slip-id">{maskIdentity(s.personId)}</dd>
        </div>
        <div>
          <dt>类别</dt>
          <dd>{s.kind ? (KIND_NAMES[s.kind] ?? s.kind) : '—'}</dd>
        </div>
        <div>
          <dt>结算日期</dt>
          <dd>{dateText(s.settledAt)}</dd>
        </div>
        {s.serviceDate && (
          <div>
            <dt>出院/就诊日期</dt>
            <dd>{dateText(s.serviceDate)}</dd>
          </div>
        )}
        <div>
          <dt>适用规则</dt>
          <dd>
            {ruleName(s.rule)}
            {s.tilt ? '（贫困人口倾斜）' : ''}
          </dd>
        </div>
      </dl>
      <table className="slip-table">
        <tbody>
          <tr>
            <th scope="row">医疗总费用</th>
            <td data-testid="slip-total">{yuanText(s.amounts.total)}</td>
          </tr>
          {SLIP_PAYERS.filter((p) => p !== 'patient').map((p) => (
            <tr key={p}>
              <th scope="row">{payerName(p)}</th>
              <td data-testid={`slip-${p}`}>{yuanText(s.amounts[p])}</td>
            </tr>
          ))}
          <tr className="slip-patient">
            <th scope="row">个人自付（患者应缴）</th>
            <td data-testid="slip-patient">{yuanText(s.amounts.patient)}</td>
          </tr>
        </tbody>
      </table>
      <p className="slip-clauses">政策依据：{clauses.join('；')}（扎政办字〔2019〕27号）</p>
      <div className="slip-sign">
        <span>经办人签字：</span>
        <span>患者（家属）签字：</span>
        <span>医院盖章：</span>
      </div>
    </section>
  );
}

export default function ClaimSlip() {
  const { claimId = '' } = useParams();
  const session = useSession();
  const client = useQueryClient();
  const [voiding, setVoiding] = useState(false);
  const claim = useQuery({
    queryKey: ['claim', claimId],
    queryFn: () =>
      unwrap(api.GET('/v1/claims/{claimId}', { params: { path: { claimId }, query: {} } })) as Promise<SettlementView>,
  });
  const hospitals = useQuery({
    queryKey: ['hospitals'],
    queryFn: () => unwrap(api.GET('/v1/hospitals')) as Promise<{ hospitals: { hospitalId: string; name: string }[] }>,
    staleTime: 600_000,
  });
  const s = claim.data;
  const eligibility = useQuery({
    enabled: !!s?.serviceDate && session?.role === 'hospital',
    queryKey: ['eligibility', s?.personId, s?.serviceDate],
    queryFn: () =>
      unwrap(
        api.GET('/v1/persons/{personId}/eligibility', {
          params: { path: { personId: s?.personId ?? '' }, query: { on: s?.serviceDate ?? '' } as never },
        }),
      ) as Promise<{ name?: string }>,
  });
  const voidClaim = useMutation({
    mutationFn: () => unwrap(api.POST('/v1/claims/{claimId}/void', { params: { path: { claimId } } })),
    onSuccess: () => {
      setVoiding(false);
      void client.invalidateQueries({ queryKey: ['claim', claimId] });
    },
  });
  if (claim.isPending) return <Loading />;
  if (claim.isError || !s) return <ErrorState error={claim.error} onRetry={() => void claim.refetch()} />;
  const hospitalName = hospitals.data?.hospitals.find((h) => h.hospitalId === s.hospitalId)?.name ?? s.hospitalId;
  return (
    <div className="page">
      <Space className="no-print" wrap style={{ justifyContent: 'space-between', width: '100%' }}>
        <Typography.Title level={1}>结算单 {s.claimId}</Typography.Title>
        <Space wrap>
          <Button type="primary" onClick={() => window.print()}>
            打印结算单
          </Button>
          {session?.role === 'hospital' && s.status === 'settled' && (
            <Button danger onClick={() => setVoiding(true)}>
              作废
            </Button>
          )}
          <Link to="/desk/month">本月结算</Link>
        </Space>
      </Space>
      {s.status === 'voided' && (
        <Tag color="#a8071a" className="no-print">
          已作废 {dateText(s.voidedAt)}
        </Tag>
      )}
      <Slip s={s} hospitalName={hospitalName} patientName={eligibility.data?.name} />
      <Card title="结算明细（每一步及政策条款）" size="small" className="no-print" style={{ marginTop: 12 }}>
        <ol className="steps" data-testid="steps">
          {s.steps.map((x) => (
            <li key={`${x.rule}-${x.payer}-${x.clause}-${x.amount}`}>
              <strong>{ruleName(x.rule)}</strong>：{payerName(x.payer)} {yuanText(x.amount)} 元（{clauseText(x.clause)}
              ）
            </li>
          ))}
        </ol>
      </Card>
      <Modal
        open={voiding}
        title="作废结算单"
        okText="确认作废"
        okButtonProps={{ danger: true }}
        cancelText="取消"
        confirmLoading={voidClaim.isPending}
        onOk={() => voidClaim.mutate()}
        onCancel={() => setVoiding(false)}
      >
        <p>作废后本单各方金额不再计入，结算单显示“作废”。</p>
        {voidClaim.isError && <ErrorState error={voidClaim.error} />}
      </Modal>
    </div>
  );
}
