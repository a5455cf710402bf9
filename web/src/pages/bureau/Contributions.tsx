import { identityProblem } from '@shared/identity/gb11643';
import { useMutation } from '@tanstack/react-query';
import { Button, Card, Descriptions, Form, Input, InputNumber, Typography } from 'antd';
import { api, unwrap } from '../../api/client';
import { ErrorState } from '../../layout/States';
import { yuanText } from '../../lib/format';

interface Contribution {
  standard: number;
  personal: number;
  medicalAssistance: number;
  finance: number;
}

/**
 * 参保缴费查询 [H 三.(二).1.1)]: a person's insurance contribution for the year and who pays it — the
 * person, medical assistance, or the city's finance for the registered poor.
 */
export default function Contributions() {
  const [form] = Form.useForm<{ personId: string; year: number }>();
  const look = useMutation({
    mutationFn: (v: { personId: string; year: number }) =>
      unwrap(
        api.GET('/v1/contributions/{personId}', {
          params: { path: { personId: v.personId.trim().toUpperCase() }, query: { year: v.year } },
        }),
      ) as Promise<Contribution>,
  });
  const c = look.data;
  return (
    <div className="page">
      <Typography.Title level={1}>参保缴费查询</Typography.Title>
      <Card size="small">
        <Form
          form={form}
          layout="vertical"
          aria-label="参保缴费查询"
          initialValues={{ year: 2019 }}
          onFinish={(v) => look.mutate(v)}
        >
          <Form.Item
            name="personId"
            label="身份证号"
            rules={[
              { required: true, message: '请输入身份证号' },
              {
                validator: (_, v: string | undefined) => {
                  const p = v ? identityProblem(v.trim().toUpperCase()) : undefined;
                  return p === 'check-character'
                    ? Promise.reject(new Error('校验码不对，请核对身份证号'))
                    : p
                      ? Promise.reject(new Error('应为 17 位数字加 1 位校验码（0–9 或 X）'))
                      : Promise.resolve();
                },
              },
            ]}
          >
            <Input maxLength={18} autoComplete="off" />
          </Form.Item>
          <Form.Item name="year" label="年度" rules={[{ required: true }]}>
            <InputNumber min={2019} max={2100} />
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={look.isPending}>
            查询
          </Button>
        </Form>
      </Card>
      {look.isError && (
        <div style={{ marginTop: 12 }}>
          <ErrorState error={look.error} />
        </div>
      )}
      {c && (
        <Card size="small" title="缴费构成（元）" style={{ marginTop: 12 }} data-testid="contribution">
          <Descriptions
            size="small"
            column={1}
            items={[
              { key: 'standard', label: '缴费标准', children: yuanText(c.standard) },
              { key: 'personal', label: '个人缴纳', children: yuanText(c.personal) },
              { key: 'assistance', label: '医疗救助资助', children: yuanText(c.medicalAssistance) },
              { key: 'finance', label: '财政资助', children: yuanText(c.finance) },
            ]}
          />
        </Card>
      )}
    </div>
  );
}
