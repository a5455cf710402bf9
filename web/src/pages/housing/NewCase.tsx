import { personId } from '@shared/http/schemas';
import { caseBodySchema } from '@shared/housing/schemas';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Card, Checkbox, Form, Input, InputNumber, Select, Typography } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { api, ApiError, unwrap } from '../../api/client';
import { messageFor } from '../../i18n/errors';
import { GRADE_NAMES, MODE_NAMES, PROGRAMME_NAMES, townshipName } from '../../i18n/labels';
import { useSession } from '../../layout/AppLayout';
import { DateInput } from '../../lib/DateInput';
import { todayIso } from '../../lib/format';

interface Values {
  programme: 'R1' | 'R2';
  householderId: string;
  householdId: string;
  village: string;
  grade: string;
  mode: string;
  plannedArea: number;
  repairCost?: number;
  largeHousehold?: boolean;
  inRelocationPlan?: boolean;
  appliedOn: string;
  attestedBy: { agriculturalRegistration: string; livesInVillage: string; housing: string };
  attestedOn: string;
}

/** The facts the roster cannot answer, each vouched for by someone (R1 四.(一), 五.(一); R2 四.(一)). */
const ATTESTED = [
  { fact: 'agriculturalRegistration', label: '农业户籍 · 核实人（姓名及单位）' },
  { fact: 'livesInVillage', label: '在村居住 · 核实人（姓名及单位）' },
  {
    fact: 'housing',
    label: '唯一住房 · 核实人（姓名及单位）',
    noHouseLabel: '家庭成员均无住房 · 核实人（姓名及单位）',
  },
] as const;

/** The identity number's check character (GB 11643), checked in the form by the API's own schema. */
const identityRule = {
  validator: (_: unknown, value: string | undefined) => {
    if (!value) return Promise.reject(new Error('请填写户主身份证号'));
    const result = personId.safeParse(value.trim().toUpperCase());
    if (result.success) return Promise.resolve();
    return Promise.reject(
      new Error(
        /check character/.test(result.error.issues[0]?.message ?? '')
          ? '身份证号校验码不对，请核对'
          : '身份证号应为18位',
      ),
    );
  },
};

/** 新建档案: a household's application, from the township clerk; the eligibility reasons shown when refused. */
export default function NewCase() {
  const session = useSession();
  const [form] = Form.useForm<Values>();
  const grade = Form.useWatch('grade', form);
  const mode = Form.useWatch('mode', form);
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [refusal, setRefusal] = useState<{ title: string; reasons: string[] }>();
  const mutation = useMutation({
    mutationFn: (body: Record<string, unknown>) => unwrap(api.POST('/v1/housing/cases', { body: body as never })),
    onSuccess: async (created) => {
      await queryClient.invalidateQueries({ queryKey: ['cases'] });
      navigate(`/cases/${encodeURIComponent((created as { caseId: string }).caseId)}`);
    },
    onError: (error) => {
      const reasons =
        error instanceof ApiError
          ? error.details.map(
              (d) =>
                `${messageFor(d.code, d.message)}${/\[(.+)\]$/.exec(d.message)?.[1] ? `（依据 ${/\[(.+)\]$/.exec(d.message)?.[1]}）` : ''}`,
            )
          : [];
      setRefusal({
        title: error instanceof ApiError && error.code === 'not-eligible' ? '不符合申请条件' : error.message,
        reasons,
      });
    },
  });

  const submit = (values: Values) => {
    setRefusal(undefined);
    const body = {
      programme: values.programme,
      householdId: values.householdId.trim(),
      householderId: values.householderId.trim().toUpperCase(),
      township: session?.township,
      village: values.village.trim(),
      grade: values.grade,
      mode: values.mode,
      plannedArea: values.plannedArea,
      appliedOn: values.appliedOn,
      ...(values.repairCost !== undefined && values.repairCost !== null ? { repairCost: values.repairCost } : {}),
      ...(values.largeHousehold ? { largeHousehold: true } : {}),
      ...(values.inRelocationPlan ? { inRelocationPlan: true } : {}),
      attestations: Object.fromEntries(
        ATTESTED.map(({ fact }) => [fact, { by: (values.attestedBy?.[fact] ?? '').trim(), on: values.attestedOn }]),
      ),
    };
    const parsed = caseBodySchema.safeParse(body);
    if (!parsed.success) {
      form.setFields(
        parsed.error.issues.map((i) => ({
          name:
            i.path[0] === 'attestations'
              ? i.path[2] === 'on'
                ? 'attestedOn'
                : ['attestedBy', String(i.path[1])]
              : (String(i.path[0]) as keyof Values),
          errors: ['请填写正确'],
        })) as never,
      );
      return;
    }
    mutation.mutate(body);
  };

  return (
    <div className="page" style={{ maxWidth: 640 }}>
      <Typography.Title level={1}>新建危房改造档案 · {townshipName(session?.township)}</Typography.Title>
      <Card>
        <Form
          form={form}
          layout="vertical"
          onFinish={submit}
          initialValues={{ programme: 'R1', appliedOn: todayIso() }}
        >
          <Form.Item name="programme" label="改造类别" rules={[{ required: true, message: '请选择改造类别' }]}>
            <Select options={Object.entries(PROGRAMME_NAMES).map(([value, label]) => ({ value, label }))} />
          </Form.Item>
          <Form.Item
            name="householderId"
            label="户主身份证号"
            extra="按名册核对：系统用身份证号查找建档立卡名册"
            rules={[identityRule]}
            validateTrigger="onBlur"
          >
            <Input maxLength={18} autoComplete="off" inputMode="text" />
          </Form.Item>
          <Form.Item
            name="householdId"
            label="户号（名册中的户编号）"
            rules={[{ required: true, message: '请填写户号' }]}
          >
            <Input maxLength={64} autoComplete="off" />
          </Form.Item>
          <Form.Item name="village" label="村（嘎查）" rules={[{ required: true, message: '请填写村名' }]}>
            <Input maxLength={64} />
          </Form.Item>
          <Form.Item name="grade" label="危房等级" rules={[{ required: true, message: '请选择危房等级' }]}>
            <Select options={['C', 'D', 'no-house'].map((g) => ({ value: g, label: GRADE_NAMES[g] }))} />
          </Form.Item>
          <Form.Item name="mode" label="改造方式" rules={[{ required: true, message: '请选择改造方式' }]}>
            <Select options={Object.entries(MODE_NAMES).map(([value, label]) => ({ value, label }))} />
          </Form.Item>
          <Form.Item
            name="plannedArea"
            label="计划面积（平方米）"
            rules={[{ required: true, message: '请填写计划面积' }]}
          >
            <InputNumber min={1} max={1000} step={0.1} style={{ width: '100%' }} />
          </Form.Item>
          {(grade === 'C' || mode === 'repair') && (
            <Form.Item name="repairCost" label="维修估价（元）">
              <InputNumber min={0} step={0.01} precision={2} style={{ width: '100%' }} />
            </Form.Item>
          )}
          <Form.Item name="largeHousehold" valuePropName="checked">
            <Checkbox>人口较多，申请放宽面积</Checkbox>
          </Form.Item>
          <Form.Item name="inRelocationPlan" valuePropName="checked">
            <Checkbox>已纳入易地扶贫搬迁计划</Checkbox>
          </Form.Item>
          <Form.Item name="appliedOn" label="申请日期" rules={[{ required: true, message: '请填写申请日期' }]}>
            <DateInput max={todayIso()} />
          </Form.Item>
          {ATTESTED.map((a) => (
            <Form.Item
              key={a.fact}
              name={['attestedBy', a.fact]}
              label={grade === 'no-house' && 'noHouseLabel' in a ? a.noHouseLabel : a.label}
              rules={[{ required: true, whitespace: true, message: '请填写核实人' }]}
            >
              <Input maxLength={100} />
            </Form.Item>
          ))}
          <Form.Item
            name="attestedOn"
            label="核实日期"
            extra="不晚于申请日期"
            rules={[{ required: true, message: '请填写核实日期' }]}
          >
            <DateInput max={todayIso()} />
          </Form.Item>
          {refusal && (
            <Alert
              type="error"
              showIcon
              style={{ marginBottom: 12 }}
              title={refusal.title}
              description={
                refusal.reasons.length ? (
                  <ul style={{ margin: 0, paddingLeft: 18 }}>
                    {refusal.reasons.map((r) => (
                      <li key={r}>{r}</li>
                    ))}
                  </ul>
                ) : undefined
              }
            />
          )}
          <Button type="primary" htmlType="submit" block loading={mutation.isPending}>
            提交申请
          </Button>
        </Form>
      </Card>
    </div>
  );
}
