import { maskIdentity } from '@shared/identity/mask';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Card, Descriptions, Form, Input, InputNumber, Select, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { api, unwrap } from '../../api/client';
import { EDUCATION_PAYMENT_NAMES, FAMILY_NAMES, STAGE_NAMES, TOWNSHIP_NAMES, townshipName } from '../../i18n/labels';
import { useSession } from '../../layout/AppLayout';
import { EmptyState, ErrorState, Loading } from '../../layout/States';
import { dateText, todayIso, yuanText } from '../../lib/format';
import { identityHint } from '../../lib/identity';

const SEMESTER = /^(20\d\d)-(spring|autumn)$/;
const semesterText = (s: string) =>
  s.replace(SEMESTER, (_, y: string, t: string) => `${y}年${t === 'autumn' ? '秋季' : '春季'}学期`);
const opts = (names: Record<string, string>) => Object.entries(names).map(([value, label]) => ({ value, label }));

type PaymentType = 'university-aid' | 'milk-subsidy' | 'hardship-aid';

/** One student: register, verified semesters, payments with their clauses, what remains under each cap. */
function StudentView({ studentId, mayPay }: { studentId: string; mayPay: boolean }) {
  const client = useQueryClient();
  const q = useQuery({
    queryKey: ['student', studentId],
    queryFn: () => unwrap(api.GET('/v1/education/students/{studentId}', { params: { path: { studentId } } })),
    retry: false,
  });
  const [form] = Form.useForm<{ type: PaymentType; academicYear: number; paidOn: string; hardshipFinding?: string }>();
  const type = Form.useWatch('type', form);
  const pay = useMutation({
    mutationFn: (v: { type: PaymentType; academicYear: number; paidOn: string; hardshipFinding?: string }) =>
      unwrap(
        api.POST('/v1/education/payments', {
          body: {
            // One id per entitlement and year: a retried click pays once (the API is idempotent by paymentId).
            paymentId: `${studentId}-${v.type}-${v.academicYear}`,
            studentId,
            type: v.type,
            academicYear: v.academicYear,
            paidOn: v.paidOn,
            ...(v.type === 'hardship-aid' && v.hardshipFinding ? { hardshipFinding: v.hardshipFinding } : {}),
          },
        }),
      ),
    onSuccess: () => void client.invalidateQueries({ queryKey: ['student', studentId] }),
  });
  if (q.isPending) return <Loading />;
  if (q.isError) return <ErrorState error={q.error} onRetry={() => void q.refetch()} />;
  const { student, verified, payments, totals, caps } = q.data;
  const hardshipStages = payments.filter((p) => p.type === 'hardship-aid').map((p) => p.stage ?? '');
  const milkYears = payments.filter((p) => p.type === 'milk-subsidy').map((p) => p.academicYear);
  return (
    <Space orientation="vertical" style={{ width: '100%' }} data-testid="student">
      <Card size="small" title={`${student.name} · ${maskIdentity(student.studentId)}`}>
        <Descriptions
          size="small"
          column={1}
          items={[
            { key: 'school', label: '学校', children: `${student.school}（${student.admissionYear}年入学）` },
            { key: 'stage', label: '学段', children: STAGE_NAMES[student.stage] ?? student.stage },
            { key: 'family', label: '家庭类别', children: FAMILY_NAMES[student.family] ?? student.family },
            { key: 'home', label: '户籍', children: `${townshipName(student.township)} · 户 ${student.householdId}` },
            {
              key: 'verified',
              label: '在校核查',
              children: verified.length === 0 ? '尚未核查' : verified.map(semesterText).join('、'),
            },
          ]}
        />
      </Card>
      <Card size="small" title="资助上限与已用（E 三.(二)）" data-testid="caps">
        <ul className="plain-list">
          <li>
            大学生资助：累计上限 {yuanText(caps.universityAid.cap)} 元，已发 {yuanText(caps.universityAid.paid)} 元，
            <strong>尚可发 {yuanText(caps.universityAid.room)} 元</strong>
          </li>
          <li>一杯奶补助（每学年一次）：{milkYears.length === 0 ? '尚未发放' : `已发 ${milkYears.join('、')} 学年`}</li>
          <li>
            临时救助（每学段一次）：
            {hardshipStages.length === 0
              ? '尚未使用'
              : `已用于 ${hardshipStages.map((s) => STAGE_NAMES[s] ?? (s || '—')).join('、')}`}
          </li>
        </ul>
      </Card>
      <Card size="small" title={`已发资助（${payments.length} 笔）`}>
        {payments.length === 0 ? (
          <EmptyState text="尚无发放" />
        ) : (
          <ul className="plain-list" data-testid="payments">
            {payments.map((p) => (
              <li key={p.paymentId}>
                {p.academicYear}学年 · {EDUCATION_PAYMENT_NAMES[p.type] ?? p.type} {yuanText(p.amount)} 元 ·{' '}
                {dateText(p.paidOn)}
                {p.openingBalance ? <Tag style={{ marginLeft: 4 }}>系统前已发</Tag> : null}（{p.clause}）
              </li>
            ))}
          </ul>
        )}
        <p>
          合计：
          {Object.entries(totals)
            .map(([k, v]) => `${EDUCATION_PAYMENT_NAMES[k] ?? (k === 'total' ? '总计' : k)} ${yuanText(v)} 元`)
            .join('；')}
        </p>
      </Card>
      {mayPay && (
        <Card size="small" title="发放资助">
          <Form
            form={form}
            layout="vertical"
            aria-label="发放资助"
            initialValues={{ type: 'university-aid', academicYear: 2019, paidOn: todayIso() }}
            onFinish={(v) => pay.mutate(v)}
          >
            <Form.Item name="type" label="资助项目" rules={[{ required: true }]}>
              <Select virtual={false} options={opts(EDUCATION_PAYMENT_NAMES)} />
            </Form.Item>
            <Form.Item
              name="academicYear"
              label="学年（入学年份，如 2019 即 2019—2020 学年）"
              rules={[{ required: true }]}
            >
              <InputNumber min={2000} max={2100} />
            </Form.Item>
            <Form.Item
              name="paidOn"
              label="发放日期（YYYY-MM-DD）"
              rules={[{ required: true, pattern: /^\d{4}-\d{2}-\d{2}$/, message: '日期写作 2019-09-10' }]}
            >
              <Input />
            </Form.Item>
            {type === 'hardship-aid' && (
              <Form.Item
                name="hardshipFinding"
                label="困难认定情况"
                rules={[{ required: true, message: '临时救助须写明困难认定' }]}
              >
                <Input.TextArea rows={2} />
              </Form.Item>
            )}
            <Button type="primary" htmlType="submit" loading={pay.isPending}>
              发放
            </Button>
          </Form>
          {pay.isError && (
            <div style={{ marginTop: 12 }} data-testid="payment-refusal">
              <ErrorState error={pay.error} />
            </div>
          )}
          {pay.isSuccess && (
            <Alert style={{ marginTop: 12 }} type="success" showIcon title={`已发放 ${yuanText(pay.data.amount)} 元`} />
          )}
        </Card>
      )}
    </Space>
  );
}

/** A school's list for a semester: identity numbers one per line, each confirmed; then who is still unverified. */
function SemesterVerification({ mayVerify }: { mayVerify: boolean }) {
  const client = useQueryClient();
  const [semester, setSemester] = useState('2019-autumn');
  const [ids, setIds] = useState('');
  const [on, setOn] = useState(todayIso());
  const valid = SEMESTER.test(semester);
  const list = useQuery({
    enabled: valid,
    queryKey: ['verifications', semester],
    queryFn: () => unwrap(api.GET('/v1/education/verifications', { params: { query: { semester } } })),
  });
  const bulk = useMutation({
    mutationFn: async () => {
      const wanted = [
        ...new Set(
          ids
            .split(/[\s,，;；]+/)
            .map((s) => s.trim().toUpperCase())
            .filter(Boolean),
        ),
      ];
      const results: { id: string; ok: boolean; message?: string }[] = [];
      // One at a time: a school's list is tens of students, and each answer is shown against its line.
      for (const id of wanted) {
        const problem = identityHint(id);
        if (problem) {
          results.push({ id, ok: false, message: problem });
          continue;
        }
        try {
          await unwrap(
            api.POST('/v1/education/students/{studentId}/verifications', {
              params: { path: { studentId: id } },
              body: { semester, on },
            }),
          );
          results.push({ id, ok: true });
        } catch (e) {
          results.push({ id, ok: false, message: e instanceof Error ? e.message : String(e) });
        }
      }
      return results;
    },
    onSuccess: () => void client.invalidateQueries({ queryKey: ['verifications', semester] }),
  });
  return (
    <Card size="small" title="学期在校核查（E 三.(一)）">
      <Form layout="vertical" aria-label="学期在校核查">
        <Form.Item
          label="学期（如 2019-autumn 秋季、2020-spring 春季）"
          htmlFor="semester"
          validateStatus={valid ? undefined : 'error'}
          help={valid ? undefined : '写作 2019-autumn 或 2020-spring'}
        >
          <Input id="semester" value={semester} onChange={(e) => setSemester(e.target.value.trim())} />
        </Form.Item>
        {mayVerify && (
          <>
            <Form.Item label="核查日期（YYYY-MM-DD）" htmlFor="verify-on">
              <Input id="verify-on" value={on} onChange={(e) => setOn(e.target.value.trim())} />
            </Form.Item>
            <Form.Item label="学校在校学生名单（身份证号，每行一个）" htmlFor="verify-ids">
              <Input.TextArea id="verify-ids" rows={4} value={ids} onChange={(e) => setIds(e.target.value)} />
            </Form.Item>
            <Button
              type="primary"
              disabled={!valid || !ids.trim()}
              loading={bulk.isPending}
              onClick={() => bulk.mutate()}
            >
              批量确认在校
            </Button>
          </>
        )}
      </Form>
      {bulk.data && (
        <ul className="plain-list" style={{ marginTop: 12 }} data-testid="verify-results">
          {bulk.data.map((r) => (
            <li key={r.id}>
              {maskIdentity(r.id)}：{r.ok ? '已确认' : `未确认——${r.message}`}
            </li>
          ))}
        </ul>
      )}
      {!valid ? null : list.isPending ? (
        <Loading />
      ) : list.isError ? (
        <ErrorState error={list.error} onRetry={() => void list.refetch()} />
      ) : (
        <div style={{ marginTop: 12 }} data-testid="verification-list">
          <p>
            {semesterText(list.data.semester)}：已核查 {list.data.verified.length} 人，未核查{' '}
            {list.data.unverified.length} 人
          </p>
          {list.data.unverified.length > 0 && (
            <p className="muted">未核查：{list.data.unverified.map(maskIdentity).join('、')}</p>
          )}
        </div>
      )}
    </Card>
  );
}

function Register({ onDone }: { onDone: (id: string) => void }) {
  const [form] = Form.useForm();
  const studentId = Form.useWatch('studentId', form) as string | undefined;
  const hint = identityHint(studentId);
  const save = useMutation({
    mutationFn: (v: Record<string, unknown>) =>
      unwrap(
        api.POST('/v1/education/students', {
          body: { ...v, studentId: String(v.studentId).trim().toUpperCase() } as never,
        }),
      ),
    onSuccess: (s) => onDone(s.studentId),
  });
  return (
    <Card size="small" title="登记学生">
      <Form
        form={form}
        layout="vertical"
        className="field-grid field-grid-wide"
        aria-label="登记学生"
        initialValues={{ family: 'registered-poor', stage: 'university-bachelor', admissionYear: 2019 }}
        onFinish={(v) => save.mutate(v)}
      >
        <Form.Item
          name="studentId"
          label="身份证号"
          help={hint}
          validateStatus={studentId && hint && studentId.length >= 18 ? 'error' : undefined}
          rules={[{ required: true, message: '请输入身份证号' }]}
        >
          <Input maxLength={18} autoComplete="off" />
        </Form.Item>
        <Form.Item name="name" label="姓名" rules={[{ required: true, message: '请填写姓名' }]}>
          <Input />
        </Form.Item>
        <Form.Item name="householdId" label="户编号" rules={[{ required: true, message: '请填写户编号' }]}>
          <Input />
        </Form.Item>
        <Form.Item name="township" label="乡镇" rules={[{ required: true, message: '请选择乡镇' }]}>
          <Select virtual={false} showSearch={{ optionFilterProp: 'label' }} options={opts(TOWNSHIP_NAMES)} />
        </Form.Item>
        <Form.Item name="family" label="家庭类别" rules={[{ required: true }]}>
          <Select virtual={false} options={opts(FAMILY_NAMES)} />
        </Form.Item>
        <Form.Item name="stage" label="学段" rules={[{ required: true }]}>
          <Select virtual={false} options={opts(STAGE_NAMES)} />
        </Form.Item>
        <Form.Item name="school" label="学校" rules={[{ required: true, message: '请填写学校' }]}>
          <Input />
        </Form.Item>
        <Form.Item name="admissionYear" label="入学年份" rules={[{ required: true }]}>
          <InputNumber min={2000} max={2100} />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={save.isPending} disabled={!!hint}>
          登记
        </Button>
      </Form>
      {save.isError && <ErrorState error={save.error} />}
    </Card>
  );
}

/** 教育扶贫: students, semester verification (a school's list at once), payments against caps (E 三). */
export default function Education() {
  const session = useSession();
  const bureau = session?.role === 'education-bureau';
  const [lookup, setLookup] = useState('');
  const [studentId, setStudentId] = useState<string | undefined>();
  const hint = identityHint(lookup);
  return (
    <div className="page">
      <Typography.Title level={1}>教育扶贫</Typography.Title>
      <Card size="small" title="查学生">
        <Form layout="vertical" aria-label="查学生" onFinish={() => !hint && setStudentId(lookup.trim().toUpperCase())}>
          <Form.Item
            label="学生身份证号"
            htmlFor="student-lookup"
            help={lookup ? hint : undefined}
            validateStatus={lookup.length >= 18 && hint ? 'error' : undefined}
          >
            <Input id="student-lookup" maxLength={18} value={lookup} onChange={(e) => setLookup(e.target.value)} />
          </Form.Item>
          <Button type="primary" htmlType="submit" disabled={!lookup || !!hint}>
            查看
          </Button>
        </Form>
      </Card>
      <div style={{ marginTop: 12 }}>{studentId && <StudentView studentId={studentId} mayPay={bureau} />}</div>
      <div className="card-grid" style={{ marginTop: 12 }}>
        {session?.role !== 'finance' && <SemesterVerification mayVerify={bureau} />}
        {bureau && (
          <Register
            onDone={(id) => {
              setLookup(id);
              setStudentId(id);
            }}
          />
        )}
      </div>
    </div>
  );
}
