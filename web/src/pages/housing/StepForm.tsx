import { eventBodySchema } from '@shared/housing/schemas';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Checkbox, Form, Input, InputNumber, Radio, Select } from 'antd';
import { useState } from 'react';
import { api, ApiError, unwrap } from '../../api/client';
import { GRADE_NAMES, MODE_NAMES, STEP_NAMES } from '../../i18n/labels';
import { DateInput } from '../../lib/DateInput';
import { todayIso } from '../../lib/format';
import type { CaseFileView } from './data';

type FieldKind = 'date' | 'passed' | 'text' | 'area' | 'yuan' | 'select' | 'confirm';
interface Field {
  name: string;
  label: string;
  kind: FieldKind;
  optional?: boolean;
  options?: Record<string, string>;
  /** For `confirm`: the value sent when ticked. */
  value?: string;
}

const on = (label = '办理日期'): Field => ({ name: 'on', label, kind: 'date' });
const reason: Field = { name: 'reason', label: '理由（不通过时必填）', kind: 'text', optional: true };

/** The fields of each step, in Chinese (the body shapes of POST /v1/housing/cases/{caseId}/events). */
export const STEP_FIELDS: Record<string, Field[]> = {
  'village-review': [on('评议日期'), { name: 'passed', label: '评议结果', kind: 'passed' }, reason],
  'village-notice': [
    on('公示结束后办理日期'),
    { name: 'from', label: '公示开始日期', kind: 'date' },
    { name: 'to', label: '公示结束日期', kind: 'date' },
    { name: 'objections', label: '公示异议', kind: 'select', options: { none: '无异议', resolved: '有异议，已处理' } },
  ],
  'township-review': [
    on('审核日期'),
    { name: 'passed', label: '审核结果', kind: 'passed' },
    { name: 'homeVisitOn', label: '入户核查日期', kind: 'date', optional: true },
    { name: 'meetingOn', label: '会议研究日期', kind: 'date', optional: true },
    reason,
  ],
  'township-notice': [
    on('公示结束后办理日期'),
    { name: 'from', label: '公示开始日期', kind: 'date' },
    { name: 'to', label: '公示结束日期', kind: 'date' },
    { name: 'objections', label: '公示期间无异议', kind: 'confirm', value: 'none' },
  ],
  'identity-check': [on('核实日期'), { name: 'passed', label: '核实结果', kind: 'passed' }, reason],
  appraisal: [
    on('鉴定日期'),
    { name: 'grade', label: '鉴定等级', kind: 'select', options: { C: 'C级', D: 'D级', none: '非危房' } },
    { name: 'appraiser', label: '鉴定机构', kind: 'text' },
    { name: 'mode', label: '改造方式（鉴定等级改变时）', kind: 'select', options: MODE_NAMES, optional: true },
    { name: 'plannedArea', label: '计划面积（平方米）', kind: 'area', optional: true },
    { name: 'repairCost', label: '维修估价（元）', kind: 'yuan', optional: true },
  ],
  approval: [
    on('审批日期'),
    { name: 'noticeFrom', label: '市级公示开始日期', kind: 'date' },
    { name: 'noticeTo', label: '市级公示结束日期', kind: 'date' },
    { name: 'objections', label: '公示期间无异议', kind: 'confirm', value: 'none' },
  ],
  agreement: [on('协议签订日期'), { name: 'completionBy', label: '竣工期限', kind: 'date' }],
  'moved-out': [on('搬离日期'), { name: 'arrangement', label: '过渡安置方式', kind: 'text' }],
  'construction-start': [on('开工日期')],
  'preliminary-acceptance': [
    on('初验日期'),
    { name: 'builtArea', label: '建成面积（平方米）', kind: 'area' },
    {
      name: 'oldHouse',
      label: '旧房处理（D级必填）',
      kind: 'select',
      options: { demolished: '已拆除', sealed: '已封存' },
      optional: true,
    },
  ],
  'final-acceptance': [
    on('验收日期'),
    { name: 'builtArea', label: '建成面积（平方米）', kind: 'area' },
    { name: 'repairCost', label: '维修实际费用（元）', kind: 'yuan', optional: true },
  ],
  payment: [on('拨付日期'), { name: 'account', label: '一卡通账号', kind: 'text' }],
  return: [on('退回日期'), { name: 'reason', label: '退回理由', kind: 'text' }],
  refuse: [on('日期'), { name: 'evidence', label: '拒绝改造的证明（走访记录等）', kind: 'text' }],
};

function control(field: Field, id: string) {
  switch (field.kind) {
    case 'date':
      return <DateInput id={id} max={todayIso()} />;
    case 'passed':
      return (
        <Radio.Group id={id}>
          <Radio value={true}>通过</Radio>
          <Radio value={false}>不通过</Radio>
        </Radio.Group>
      );
    case 'text':
      return <Input.TextArea id={id} autoSize={{ minRows: 1, maxRows: 4 }} maxLength={500} />;
    case 'area':
      return <InputNumber id={id} min={0} max={1000} step={0.1} style={{ width: '100%' }} />;
    case 'yuan':
      return <InputNumber id={id} min={0} step={0.01} precision={2} style={{ width: '100%' }} />;
    case 'select':
      return (
        <Select
          id={id}
          allowClear={field.optional}
          options={Object.entries(field.options ?? {}).map(([value, label]) => ({ value, label }))}
        />
      );
    case 'confirm':
      return <Checkbox id={id}>{field.label}</Checkbox>;
  }
}

/**
 * One step of the case: exactly the step's fields with Chinese labels, checked in the browser by the same
 * zod schema the API uses, then posted; a refusal is shown in Chinese, bad fields marked where they are.
 */
export function StepForm({ file, type, onDone }: { file: CaseFileView; type: string; onDone: () => void }) {
  const [form] = Form.useForm<Record<string, unknown>>();
  const [refusal, setRefusal] = useState<string>();
  const queryClient = useQueryClient();
  const fields = STEP_FIELDS[type] ?? [on()];
  const mutation = useMutation({
    mutationFn: (body: Record<string, unknown>) =>
      unwrap(
        api.POST('/v1/housing/cases/{caseId}/events', {
          params: { path: { caseId: file.caseId } },
          body: body as never,
        }),
      ),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: ['case', file.caseId] });
      await queryClient.invalidateQueries({ queryKey: ['cases'] });
      onDone();
    },
    onError: (error) => {
      setRefusal(error.message);
      if (error instanceof ApiError)
        form.setFields(
          error.details
            .filter((d) => d.path.startsWith('body.'))
            .map((d) => ({ name: d.path.slice(5), errors: [d.message] })),
        );
    },
  });

  const submit = (values: Record<string, unknown>) => {
    setRefusal(undefined);
    const body: Record<string, unknown> = { type };
    for (const f of fields) {
      const v = values[f.name];
      if (f.kind === 'confirm') body[f.name] = v ? f.value : undefined;
      else if (v !== undefined && v !== null && v !== '') body[f.name] = typeof v === 'string' ? v.trim() : v;
    }
    const parsed = eventBodySchema.safeParse(body);
    if (!parsed.success) {
      form.setFields(
        parsed.error.issues.map((i) => {
          const field = fields.find((f) => f.name === i.path[0]) ?? fields[0];
          return { name: field?.name ?? 'on', errors: [`${field?.label ?? '日期'}填写有误`] };
        }),
      );
      return;
    }
    mutation.mutate(body);
  };

  return (
    <Form
      form={form}
      layout="vertical"
      onFinish={submit}
      initialValues={{ on: todayIso() }}
      aria-label={STEP_NAMES[type] ?? type}
    >
      {fields.map((f) => {
        const id = `step-${type}-${f.name}`;
        return (
          <Form.Item
            key={f.name}
            name={f.name}
            htmlFor={id}
            label={f.kind === 'confirm' ? undefined : f.label}
            valuePropName={f.kind === 'confirm' ? 'checked' : 'value'}
            rules={
              f.optional
                ? []
                : [
                    f.kind === 'confirm'
                      ? {
                          validator: (_r, v) => (v ? Promise.resolve() : Promise.reject(new Error(`请确认${f.label}`))),
                        }
                      : { required: true, message: `请填写${f.label}` },
                  ]
            }
          >
            {control(f, id)}
          </Form.Item>
        );
      })}
      {refusal && <Alert type="error" showIcon title="未能办理" description={refusal} style={{ marginBottom: 12 }} />}
      <Button type="primary" htmlType="submit" loading={mutation.isPending} block>
        提交{STEP_NAMES[type] ?? type}
      </Button>
    </Form>
  );
}

export const gradeText = (g: string | undefined) => (g ? (GRADE_NAMES[g] ?? g) : '—');
