import { claimPolicyOn } from '@shared/claims/policy/index';
import type { HospitalLevel } from '@shared/reference/types';
import { useMutation, useQuery } from '@tanstack/react-query';
import {
  Alert,
  Button,
  Card,
  Descriptions,
  Form,
  Input,
  InputNumber,
  Modal,
  Radio,
  Select,
  Space,
  Switch,
  Tag,
  Typography,
} from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { api, unwrap } from '../../api/client';
import { KIND_NAMES, levelName } from '../../i18n/claims';
import { dateText, todayIso, yuanText } from '../../lib/format';
import { identityHint } from '../../lib/identity';
import { ErrorState, Loading } from '../../layout/States';

interface Eligibility {
  personId: string;
  name?: string;
  householdId?: string;
  registeredPoor: boolean;
  payAfterTreatment: boolean;
  notPayAfterTreatmentBecause?: string[];
  chronicDiseases: { disease: string; certifiedBy: string; from: string }[];
  year: Record<string, unknown>;
}

const REASON_TEXT: Record<string, string> = {
  'not-registered': '就诊日不是建档立卡贫困人口',
  'arrears-flag': '家庭被标记为恶意拖欠（急诊除外）',
  'outside-county': '本院不是县域内定点医疗机构',
};

function useDiseases() {
  return useQuery({
    queryKey: ['diseases'],
    queryFn: () =>
      unwrap(api.GET('/v1/reference/diseases')) as Promise<{
        diseases: { code: string; name: string; list: string }[];
      }>,
    staleTime: Number.POSITIVE_INFINITY,
  });
}

function EligibilityCard({ onFound }: { onFound: (e: Eligibility, on: string) => void }) {
  const diseases = useDiseases();
  const diseaseName = (code: string) => diseases.data?.diseases.find((d) => d.code === code)?.name ?? code;
  const [form] = Form.useForm<{ personId: string; on: string; emergency: boolean }>();
  const personId = Form.useWatch('personId', form);
  const hint = identityHint(personId);
  const check = useMutation({
    mutationFn: (v: { personId: string; on: string; emergency: boolean }) =>
      unwrap(
        api.GET('/v1/persons/{personId}/eligibility', {
          params: {
            path: { personId: v.personId.trim().toUpperCase() },
            query: { on: v.on, ...(v.emergency ? { emergency: 'true' } : {}) } as never,
          },
        }),
      ) as Promise<Eligibility>,
    onSuccess: (e, v) => onFound(e, v.on),
  });
  const e = check.data;
  return (
    <Card title="入院资格查询" size="small">
      <Form
        form={form}
        layout="vertical"
        initialValues={{ on: todayIso(), emergency: false }}
        onFinish={(v) => check.mutate(v)}
        aria-label="入院资格查询"
      >
        <Form.Item
          name="personId"
          label="身份证号"
          validateStatus={personId && hint && personId.length >= 18 ? 'error' : undefined}
          help={hint}
          rules={[{ required: true, message: '请输入身份证号' }]}
        >
          <Input maxLength={18} autoComplete="off" inputMode="text" data-testid="eligibility-id" />
        </Form.Item>
        <Form.Item
          name="on"
          label="就诊日期（YYYY-MM-DD）"
          rules={[{ required: true, pattern: /^\d{4}-\d{2}-\d{2}$/, message: '日期写作 2019-03-10' }]}
        >
          <Input />
        </Form.Item>
        <Form.Item name="emergency" label="急诊" valuePropName="checked">
          <Switch />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={check.isPending} disabled={!!hint}>
          查询
        </Button>
      </Form>
      {check.isError && (
        <div style={{ marginTop: 12 }}>
          <ErrorState error={check.error} />
        </div>
      )}
      {e && (
        <div style={{ marginTop: 12 }} data-testid="eligibility-result">
          <Space wrap>
            <Tag color={e.registeredPoor ? '#237804' : undefined}>
              {e.registeredPoor ? '建档立卡贫困人口' : '非建档立卡贫困人口'}
            </Tag>
            <Tag color={e.payAfterTreatment ? '#237804' : '#ad4e00'}>
              {e.payAfterTreatment ? '可先诊疗后付费' : '不能先诊疗后付费'}
            </Tag>
          </Space>
          {!e.payAfterTreatment && (e.notPayAfterTreatmentBecause ?? []).length > 0 && (
            <Alert
              style={{ marginTop: 8 }}
              type="warning"
              title="原因"
              description={(e.notPayAfterTreatmentBecause ?? []).map((r) => REASON_TEXT[r] ?? r).join('；')}
            />
          )}
          <Descriptions
            size="small"
            column={1}
            style={{ marginTop: 8 }}
            items={[
              ...(e.name ? [{ key: 'name', label: '姓名', children: e.name }] : []),
              ...(e.householdId ? [{ key: 'household', label: '户编号', children: e.householdId }] : []),
              {
                key: 'chronic',
                label: '慢病认定',
                children:
                  e.chronicDiseases.length === 0
                    ? '无'
                    : e.chronicDiseases.map((c) => `${diseaseName(c.disease)}（${dateText(c.from)}起）`).join('、'),
              },
              ...yearItems(e.year, check.variables?.on ?? todayIso()),
            ]}
          />
        </div>
      )}
    </Card>
  );
}

/** The year so far (the person-year that settlement keeps): admissions by level and self-pay toward the cap. */
function yearItems(year: Record<string, unknown>, on: string): { key: string; label: string; children: string }[] {
  const admissions = (year.admissions ?? {}) as Record<string, number>;
  const byLevel = Object.entries(admissions).filter(([, n]) => n > 0);
  const num = (key: string) => (typeof year[key] === 'number' ? (year[key] as number) : 0);
  const label = `${String(year.year ?? '')}年`;
  if (year.admissions === undefined) return [{ key: 'none', label, children: '本年尚无结算' }];
  const items = [
    {
      key: 'admissions',
      label: `${label}住院`,
      children:
        (byLevel.length === 0 ? '无' : byLevel.map(([l, n]) => `${levelName(l)} ${n} 次`).join('，')) +
        (typeof year.highestLevel === 'string' ? `（最高 ${levelName(year.highestLevel)}）` : ''),
    },
    { key: 'selfPay', label: '本年自付（计入封顶）', children: `${yuanText(num('selfPayBeyondDeductibles'))} 元` },
  ];
  // The cap of the year's highest level, from the policy in force on the date (H 三.(二).5.6)): the yearly
  // reconciliation holds the year's self-pay beyond the deductibles to it.
  const level = year.highestLevel as HospitalLevel | null | undefined;
  const capFen = level ? claimPolicyOn(on)?.parameters.targets.selfPayCap[level].value : undefined;
  if (typeof capFen === 'number') {
    const cap = capFen / 100;
    items.push({
      key: 'cap',
      label: `个人年度自付封顶（${levelName(level as string)}）`,
      children: `${yuanText(cap)} 元，尚余 ${yuanText(Math.max(0, cap - num('selfPayBeyondDeductibles')))} 元（H 三.(二).5.6)）`,
    });
  }
  items.push(
    { key: 'basic', label: '本年基本医保已付', children: `${yuanText(num('basicInsurance'))} 元` },
    { key: 'critical', label: '本年大病保险已付', children: `${yuanText(num('criticalIllnessInsurance'))} 元` },
  );
  return items;
}

interface ClaimForm {
  claimId: string;
  personId: string;
  kind: 'inpatient' | 'outpatient' | 'chronic-outpatient';
  admittedOn?: string;
  dischargedOn?: string;
  servedOn?: string;
  icd10?: string;
  majorDisease?: string;
  chronicDisease?: string;
  registered: boolean;
  emergency: boolean;
  total: number;
  outOfCatalogue?: number;
  patientExcess?: number;
  hospitalExcess?: number;
}

export function claimBody(v: ClaimForm) {
  const inpatient = v.kind === 'inpatient';
  return {
    claimId: v.claimId.trim(),
    personId: v.personId.trim().toUpperCase(),
    kind: v.kind,
    ...(inpatient ? { admittedOn: v.admittedOn, dischargedOn: v.dischargedOn } : { servedOn: v.servedOn }),
    diagnosis: {
      icd10: v.icd10?.trim() || null,
      majorDisease: v.majorDisease ?? null,
      chronicDisease: v.chronicDisease ?? null,
    },
    referral: { registered: !!v.registered, emergency: !!v.emergency },
    costs: {
      total: v.total,
      outOfCatalogue: v.outOfCatalogue ?? 0,
      patientExcess: v.patientExcess ?? 0,
      hospitalExcess: v.hospitalExcess ?? 0,
    },
  };
}

const newClaimId = () => `C${todayIso().replace(/-/g, '')}-${Math.random().toString(36).slice(2, 8).toUpperCase()}`;

function ClaimEntry({ personId, on }: { personId?: string; on?: string }) {
  const [form] = Form.useForm<ClaimForm>();
  const navigate = useNavigate();
  const diseases = useDiseases();
  const kind = Form.useWatch('kind', form);
  const [confirming, setConfirming] = useState<ClaimForm | undefined>();
  const post = useMutation({
    mutationFn: (v: ClaimForm) =>
      unwrap(api.POST('/v1/claims', { body: claimBody(v) as never })) as Promise<{ claimId: string }>,
    onSuccess: (s) => navigate(`/desk/claims/${encodeURIComponent(s.claimId)}`),
    onError: () => setConfirming(undefined),
  });
  const options = (list: string) =>
    (diseases.data?.diseases ?? []).filter((d) => d.list === list).map((d) => ({ value: d.code, label: d.name }));
  return (
    <Card title="出院结算录入" size="small">
      <Form
        form={form}
        layout="vertical"
        className="field-grid field-grid-wide"
        aria-label="出院结算录入"
        initialValues={{
          claimId: newClaimId(),
          kind: 'inpatient',
          personId,
          admittedOn: on,
          dischargedOn: on,
          servedOn: on,
          registered: false,
          emergency: false,
        }}
        onFinish={(v) => setConfirming(v)}
      >
        <Form.Item
          name="claimId"
          label="结算单号"
          rules={[{ required: true, pattern: /^[A-Za-z0-9._-]{1,64}$/, message: '字母、数字和 . _ -' }]}
        >
          <Input />
        </Form.Item>
        <Form.Item
          name="personId"
          label="患者身份证号"
          rules={[
            {
              required: true,
              validator: async (_, v) => {
                const h = identityHint(v);
                if (h) throw new Error(h);
              },
            },
          ]}
        >
          <Input maxLength={18} data-testid="claim-person" />
        </Form.Item>
        <Form.Item name="kind" label="类别">
          <Radio.Group options={Object.entries(KIND_NAMES).map(([value, label]) => ({ value, label }))} />
        </Form.Item>
        {kind === 'inpatient' ? (
          <>
            <Form.Item
              name="admittedOn"
              label="入院日期"
              rules={[{ required: true, pattern: /^\d{4}-\d{2}-\d{2}$/, message: '日期写作 2019-03-02' }]}
            >
              <Input />
            </Form.Item>
            <Form.Item
              name="dischargedOn"
              label="出院日期"
              rules={[{ required: true, pattern: /^\d{4}-\d{2}-\d{2}$/, message: '日期写作 2019-03-10' }]}
            >
              <Input />
            </Form.Item>
          </>
        ) : (
          <Form.Item
            name="servedOn"
            label="就诊日期"
            rules={[{ required: true, pattern: /^\d{4}-\d{2}-\d{2}$/, message: '日期写作 2019-03-10' }]}
          >
            <Input />
          </Form.Item>
        )}
        <Form.Item name="icd10" label="ICD-10 诊断编码">
          <Input maxLength={16} />
        </Form.Item>
        <Form.Item name="majorDisease" label="重大疾病（按名称搜索）">
          <Select
            allowClear
            showSearch={{ optionFilterProp: 'label' }}
            options={options('major')}
            virtual={false}
            placeholder="无"
          />
        </Form.Item>
        <Form.Item name="chronicDisease" label="慢性病（按名称搜索）">
          <Select
            allowClear
            showSearch={{ optionFilterProp: 'label' }}
            options={options('chronic')}
            virtual={false}
            placeholder="无"
          />
        </Form.Item>
        <Form.Item name="registered" label="已办转诊备案" valuePropName="checked">
          <Switch />
        </Form.Item>
        <Form.Item name="emergency" label="急诊" valuePropName="checked">
          <Switch />
        </Form.Item>
        <Form.Item name="total" label="医疗总费用（元）" rules={[{ required: true, message: '请输入总费用' }]}>
          <InputNumber min={0} precision={2} style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="outOfCatalogue" label="目录外费用（元）">
          <InputNumber min={0} precision={2} style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="patientExcess" label="超范围费用·个人（元）">
          <InputNumber min={0} precision={2} style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="hospitalExcess" label="超范围费用·医院（元）">
          <InputNumber min={0} precision={2} style={{ width: '100%' }} />
        </Form.Item>
        <Button type="primary" htmlType="submit">
          核对并结算
        </Button>
      </Form>
      {post.isError && (
        <div style={{ marginTop: 12 }}>
          <ErrorState error={post.error} />
        </div>
      )}
      <Modal
        open={!!confirming}
        title="请核对结算信息"
        okText="确认结算"
        cancelText="返回修改"
        confirmLoading={post.isPending}
        onOk={() => confirming && post.mutate(confirming)}
        onCancel={() => setConfirming(undefined)}
      >
        {confirming && (
          <Descriptions size="small" column={1} data-testid="confirm-claim">
            <Descriptions.Item label="结算单号">{confirming.claimId}</Descriptions.Item>
            <Descriptions.Item label="身份证号">{confirming.personId}</Descriptions.Item>
            <Descriptions.Item label="类别">{KIND_NAMES[confirming.kind]}</Descriptions.Item>
            <Descriptions.Item label="日期">
              {confirming.kind === 'inpatient'
                ? `${dateText(confirming.admittedOn)} 至 ${dateText(confirming.dischargedOn)}`
                : dateText(confirming.servedOn)}
            </Descriptions.Item>
            <Descriptions.Item label="医疗总费用">{yuanText(confirming.total)} 元</Descriptions.Item>
            <Descriptions.Item label="目录外费用">{yuanText(confirming.outOfCatalogue ?? 0)} 元</Descriptions.Item>
          </Descriptions>
        )}
      </Modal>
    </Card>
  );
}

/** 就诊结算: eligibility at admission, then claim entry at discharge with a confirmation step. */
export default function Desk() {
  const [found, setFound] = useState<{ e: Eligibility; on: string } | undefined>();
  const diseases = useDiseases();
  return (
    <div className="page">
      <Typography.Title level={1}>就诊结算</Typography.Title>
      <div className="card-grid">
        <EligibilityCard onFound={(e, on) => setFound({ e, on })} />
        {diseases.isPending ? (
          <Loading />
        ) : (
          <ClaimEntry key={found?.e.personId ?? 'none'} personId={found?.e.personId} on={found?.on} />
        )}
      </div>
      {found?.e.householdId && <ArrearsCard householdId={found.e.householdId} />}
    </div>
  );
}

function ArrearsCard({ householdId }: { householdId: string }) {
  const [form] = Form.useForm<{ flagged: boolean; reason: string }>();
  const set = useMutation({
    mutationFn: (v: { flagged: boolean; reason: string }) =>
      unwrap(api.POST('/v1/households/{householdId}/arrears-flag', { params: { path: { householdId } }, body: v })),
  });
  return (
    <Card title={`恶意拖欠标记 · 户 ${householdId}`} size="small" style={{ marginTop: 12 }}>
      <Form
        form={form}
        layout="vertical"
        initialValues={{ flagged: true }}
        onFinish={(v) => set.mutate(v)}
        aria-label="恶意拖欠标记"
      >
        <Form.Item name="flagged" label="操作">
          <Radio.Group
            options={[
              { value: true, label: '标记' },
              { value: false, label: '解除' },
            ]}
          />
        </Form.Item>
        <Form.Item name="reason" label="原因" rules={[{ required: true, message: '请写明原因' }]}>
          <Input.TextArea rows={2} maxLength={500} />
        </Form.Item>
        <Button htmlType="submit" loading={set.isPending}>
          保存
        </Button>
      </Form>
      {set.isSuccess && <Alert style={{ marginTop: 8 }} type="success" title="已保存" />}
      {set.isError && (
        <div style={{ marginTop: 8 }}>
          <ErrorState error={set.error} />
        </div>
      )}
    </Card>
  );
}
