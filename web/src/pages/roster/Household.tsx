import { maskIdentity } from '@shared/identity/mask';
import { useQuery } from '@tanstack/react-query';
import { Button, Card, Descriptions, Form, Input, List, Space, Tag, Typography } from 'antd';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { api, unwrap } from '../../api/client';
import { KIND_NAMES, payerName } from '../../i18n/claims';
import {
  EDUCATION_PAYMENT_NAMES,
  GRADE_NAMES,
  PHOTO_KIND_NAMES,
  PHOTO_STATUS_NAMES,
  PROGRAMME_SHORT,
  roleName,
  STATUS_NAMES,
  townshipName,
} from '../../i18n/labels';
import { EmptyState, ErrorState, Loading } from '../../layout/States';
import { dateText, yuanText } from '../../lib/format';

const PROGRAMME_TEXT: Record<string, string> = {
  medical: '医疗保障',
  housing: '危房改造',
  education: '教育资助',
  ranger: '生态护林员',
};

interface Household {
  householdId: string;
  township: string;
  village: string;
  members: {
    personId: string;
    name: string;
    registeredFrom?: string;
    registeredUntil?: string;
    birthDate?: string;
    flags: {
      flag: string;
      name: string;
      value: boolean;
      setBy?: { by: string; role: string; at: string; via: string };
    }[];
  }[];
  arrears: { flagged: boolean; reason?: string; flaggedByHospital?: string };
  claims: {
    claimId: string;
    hospitalId: string;
    personId: string;
    serviceDate?: string;
    kind?: string;
    status: string;
    amounts: Record<string, number>;
  }[];
  housing: null | {
    caseId: string;
    programme: string;
    status: string;
    grade: string;
    committed: number;
    paid: number;
    paidOn?: string;
    photos: { photoId: string; kind: string; status: string }[];
  };
  education: { studentId: string; name: string; payments: Record<string, unknown>[]; total: number }[];
  rangers: {
    personId: string;
    township: string;
    from: string;
    status: string;
    releasedOn?: string;
    pay: { month: string; amount: number }[];
    total: number;
  }[];
  totals: { programme: string; year: number; amount: number }[];
}

export function HouseholdSearch() {
  const navigate = useNavigate();
  return (
    <div className="page">
      <Typography.Title level={1}>一户一档</Typography.Title>
      <Form
        layout="vertical"
        aria-label="查户"
        onFinish={(v: { householdId: string }) => navigate(`/households/${encodeURIComponent(v.householdId.trim())}`)}
      >
        <Form.Item name="householdId" label="户编号" rules={[{ required: true, message: '请输入户编号' }]}>
          <Input data-testid="household-id" />
        </Form.Item>
        <Button type="primary" htmlType="submit">
          查看
        </Button>
      </Form>
    </div>
  );
}

/** 一户一档: everything the city did for one household, with totals per programme and year. */
export default function HouseholdPage() {
  const { householdId = '' } = useParams();
  const q = useQuery({
    queryKey: ['household', householdId],
    queryFn: () =>
      unwrap(api.GET('/v1/households/{householdId}', { params: { path: { householdId } } })) as Promise<Household>,
    retry: false,
  });
  if (q.isPending) return <Loading />;
  if (q.isError)
    return (
      <div className="page">
        <ErrorState error={q.error} onRetry={() => void q.refetch()} />
      </div>
    );
  const h = q.data;
  const years = [...new Set(h.totals.map((t) => t.year))].sort();
  const nameOf = (personId: string) => h.members.find((m) => m.personId === personId)?.name ?? maskIdentity(personId);
  return (
    <div className="page">
      <Typography.Title level={1}>一户一档 · {h.householdId}</Typography.Title>
      <Typography.Paragraph className="muted">
        {townshipName(h.township)} · {h.village}
      </Typography.Paragraph>
      <Card size="small" title="各项目合计（元）">
        {years.length === 0 ? (
          <EmptyState text="尚无拨付" />
        ) : (
          <List
            size="small"
            dataSource={years}
            renderItem={(y) => (
              <List.Item>
                <span>
                  <strong>{y}年</strong>：
                  {h.totals
                    .filter((t) => t.year === y)
                    .map((t) => `${PROGRAMME_TEXT[t.programme] ?? t.programme} ${yuanText(t.amount)}`)
                    .join('；')}
                </span>
              </List.Item>
            )}
          />
        )}
      </Card>
      <div className="card-grid" style={{ marginTop: 12 }}>
        <Card size="small" title={`家庭成员（${h.members.length} 人）`}>
          <List
            size="small"
            dataSource={h.members}
            renderItem={(m) => (
              <List.Item>
                <Space orientation="vertical" size={2}>
                  <strong>
                    {m.name} · {maskIdentity(m.personId)}
                  </strong>
                  <span className="muted">
                    {m.registeredFrom ? `${dateText(m.registeredFrom)}纳入建档立卡` : '非建档立卡'}
                    {m.registeredUntil ? `，${dateText(m.registeredUntil)}退出` : ''}
                  </span>
                  <Space wrap size={4}>
                    {m.flags.map((f) => (
                      <Tag key={f.flag} color={f.value ? 'blue' : 'default'}>
                        {f.name}：{f.value ? '是' : '否'}
                        {f.setBy ? `（${roleName(f.setBy.role)} ${dateText(f.setBy.at)}）` : ''}
                      </Tag>
                    ))}
                  </Space>
                </Space>
              </List.Item>
            )}
          />
          {h.arrears.flagged && <Tag color="#a8071a">恶意拖欠：{h.arrears.reason}</Tag>}
        </Card>
        <Card size="small" title={`医疗结算（${h.claims.length} 笔）`}>
          {h.claims.length === 0 ? (
            <EmptyState text="无" />
          ) : (
            <List
              size="small"
              dataSource={h.claims}
              renderItem={(c) => (
                <List.Item>
                  <Space orientation="vertical" size={2}>
                    <span>
                      {dateText(c.serviceDate)} · {KIND_NAMES[c.kind ?? ''] ?? c.kind} · 总费用{' '}
                      {yuanText(c.amounts.total)}
                      {c.status === 'voided' && <Tag color="#a8071a">作废</Tag>}
                    </span>
                    <span className="muted">
                      {Object.entries(c.amounts)
                        .filter(([k, v]) => k !== 'total' && k !== 'compliant' && v > 0)
                        .map(([k, v]) => `${payerName(k)} ${yuanText(v)}`)
                        .join('；')}
                    </span>
                  </Space>
                </List.Item>
              )}
            />
          )}
        </Card>
        <Card size="small" title="危房改造">
          {h.housing ? (
            <Descriptions size="small" column={1}>
              <Descriptions.Item label="档案">
                <Link to={`/cases/${encodeURIComponent(h.housing.caseId)}`}>{h.housing.caseId}</Link>
              </Descriptions.Item>
              <Descriptions.Item label="类别">
                {PROGRAMME_SHORT[h.housing.programme] ?? h.housing.programme}
              </Descriptions.Item>
              <Descriptions.Item label="等级">{GRADE_NAMES[h.housing.grade] ?? h.housing.grade}</Descriptions.Item>
              <Descriptions.Item label="环节">{STATUS_NAMES[h.housing.status] ?? h.housing.status}</Descriptions.Item>
              <Descriptions.Item label="补助">
                应补 {yuanText(h.housing.committed)}，已拨 {yuanText(h.housing.paid)}
              </Descriptions.Item>
              <Descriptions.Item label="照片">
                {h.housing.photos.length === 0
                  ? '无'
                  : h.housing.photos
                      .map(
                        (p) => `${PHOTO_KIND_NAMES[p.kind] ?? p.kind}（${PHOTO_STATUS_NAMES[p.status] ?? p.status}）`,
                      )
                      .join('、')}
              </Descriptions.Item>
            </Descriptions>
          ) : (
            <EmptyState text="无危房改造档案" />
          )}
        </Card>
        <Card size="small" title="教育资助">
          {h.education.length === 0 ? (
            <EmptyState text="无在册学生" />
          ) : (
            h.education.map((s) => (
              <div key={s.studentId} data-testid="household-student">
                <strong>
                  {s.name}：{s.payments.length} 笔，合计 {yuanText(s.total)} 元
                </strong>
                <ul className="plain-list">
                  {s.payments.map((p) => (
                    <li key={String(p.paymentId)}>
                      {String(p.academicYear)}学年 · {EDUCATION_PAYMENT_NAMES[String(p.type)] ?? String(p.type)}{' '}
                      {yuanText(Number(p.amount))} 元 · {dateText(String(p.paidOn))}拨付
                      {p.clause ? `（${String(p.clause)}）` : ''}
                    </li>
                  ))}
                </ul>
              </div>
            ))
          )}
        </Card>
        <Card size="small" title="生态护林员">
          {h.rangers.length === 0 ? (
            <EmptyState text="无" />
          ) : (
            h.rangers.map((r) => (
              <div key={r.personId} data-testid="household-ranger">
                <strong>
                  {nameOf(r.personId)}：{townshipName(r.township)}，{dateText(r.from)}起
                  {r.status === 'released' ? `，${dateText(r.releasedOn)}解聘` : '，在岗'}
                </strong>
                {r.pay.length === 0 ? (
                  <p className="muted">尚无劳务报酬</p>
                ) : (
                  <table className="plain-table" aria-label={`${nameOf(r.personId)}的护林员劳务报酬`}>
                    <thead>
                      <tr>
                        <th scope="col">月份</th>
                        <th scope="col">劳务报酬（元）</th>
                      </tr>
                    </thead>
                    <tbody>
                      {r.pay.map((p) => (
                        <tr key={p.month}>
                          <td>{p.month.replace(/^(\d{4})-(\d{2})$/, '$1年$2月')}</td>
                          <td className="num">{yuanText(p.amount)}</td>
                        </tr>
                      ))}
                    </tbody>
                    <tfoot>
                      <tr>
                        <th scope="row">合计</th>
                        <td className="num" data-testid="ranger-total">
                          {yuanText(r.total)}
                        </td>
                      </tr>
                    </tfoot>
                  </table>
                )}
              </div>
            ))
          )}
        </Card>
      </div>
    </div>
  );
}
