import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Button, Card, Form, Input, List, Modal, Select, Space, Switch, Tag, Typography } from 'antd';
import { useState } from 'react';
import { api, unwrap } from '../../api/client';
import { LEVEL_NAMES, levelName } from '../../i18n/claims';
import { useSession } from '../../layout/AppLayout';
import { EmptyState, ErrorState, Loading } from '../../layout/States';

interface Hospital {
  hospitalId: string;
  name: string;
  level: 'township' | 'county' | 'prefecture' | 'region' | 'outside';
  grade: 'primary' | 'secondary' | 'tertiary';
  secondaryOutOfCatalogueLimit: boolean;
  majorDiseaseDesignated: boolean;
  cataractProgramme: boolean;
  inCounty: boolean;
}

export const GRADE_TEXT: Record<Hospital['grade'], string> = { primary: '一级', secondary: '二级', tertiary: '三级' };

/** The designations a hospital carries, in the words of the plan (H 三.(二)). */
const FLAGS: { key: keyof Hospital; label: string; clause: string }[] = [
  { key: 'inCounty', label: '县域内', clause: 'H 三.(二).5.3)' },
  { key: 'majorDiseaseDesignated', label: '重大疾病定点救治', clause: 'H 三.(二).2' },
  { key: 'cataractProgramme', label: '白内障复明工程', clause: 'H 三.(二).5.7)' },
  { key: 'secondaryOutOfCatalogueLimit', label: '按二级医院限目录外费用', clause: 'H 三.(二).5.2)' },
];

function HospitalForm({ initial, onDone }: { initial?: Hospital; onDone: () => void }) {
  const client = useQueryClient();
  const [form] = Form.useForm<Hospital>();
  const save = useMutation({
    mutationFn: (h: Hospital) =>
      unwrap(api.PUT('/v1/hospitals/{hospitalId}', { params: { path: { hospitalId: h.hospitalId } }, body: h })),
    onSuccess: async () => {
      await client.invalidateQueries({ queryKey: ['hospitals'] });
      onDone();
    },
  });
  return (
    <Form
      form={form}
      layout="vertical"
      aria-label={initial ? '修改医疗机构' : '新增医疗机构'}
      initialValues={
        initial ?? {
          level: 'township',
          grade: 'primary',
          inCounty: true,
          majorDiseaseDesignated: false,
          cataractProgramme: false,
          secondaryOutOfCatalogueLimit: false,
        }
      }
      onFinish={(v) => save.mutate({ ...v, hospitalId: (initial?.hospitalId ?? v.hospitalId).trim() })}
    >
      <Form.Item
        name="hospitalId"
        label="机构编号（小写字母、数字、连字符）"
        rules={[{ required: true, pattern: /^[a-z0-9][a-z0-9-]{0,63}$/, message: '例如 zlt-peoples' }]}
      >
        <Input disabled={!!initial} autoComplete="off" />
      </Form.Item>
      <Form.Item name="name" label="机构名称" rules={[{ required: true, max: 100, message: '请填写机构名称' }]}>
        <Input />
      </Form.Item>
      <Form.Item name="level" label="级别" rules={[{ required: true }]}>
        <Select virtual={false} options={Object.entries(LEVEL_NAMES).map(([value, label]) => ({ value, label }))} />
      </Form.Item>
      <Form.Item name="grade" label="等级" rules={[{ required: true }]}>
        <Select virtual={false} options={Object.entries(GRADE_TEXT).map(([value, label]) => ({ value, label }))} />
      </Form.Item>
      {FLAGS.map((f) => (
        <Form.Item key={f.key} name={f.key} label={`${f.label}（${f.clause}）`} valuePropName="checked">
          <Switch />
        </Form.Item>
      ))}
      {save.isError && <ErrorState error={save.error} />}
      <Space>
        <Button type="primary" htmlType="submit" loading={save.isPending}>
          保存
        </Button>
        <Button onClick={onDone}>取消</Button>
      </Space>
    </Form>
  );
}

/** 定点医疗机构: the registry the settlement reads (level, grade, in-county, designations); the bureau edits it. */
export default function Hospitals() {
  const session = useSession();
  const editable = session?.role === 'insurance-bureau';
  const [editing, setEditing] = useState<Hospital | 'new' | undefined>();
  const [filter, setFilter] = useState('');
  const q = useQuery({
    queryKey: ['hospitals'],
    queryFn: () => unwrap(api.GET('/v1/hospitals')) as Promise<{ hospitals: Hospital[] }>,
  });
  const shown = (q.data?.hospitals ?? []).filter(
    (h) => !filter || h.name.includes(filter) || h.hospitalId.includes(filter.toLowerCase()),
  );
  return (
    <div className="page">
      <Typography.Title level={1}>定点医疗机构</Typography.Title>
      <Space wrap style={{ marginBottom: 12 }}>
        <label htmlFor="hospital-filter">按名称查找</label>
        <Input id="hospital-filter" value={filter} onChange={(e) => setFilter(e.target.value.trim())} allowClear />
        {editable && (
          <Button type="primary" onClick={() => setEditing('new')}>
            新增医疗机构
          </Button>
        )}
      </Space>
      {q.isPending ? (
        <Loading />
      ) : q.isError ? (
        <ErrorState error={q.error} onRetry={() => void q.refetch()} />
      ) : shown.length === 0 ? (
        <EmptyState text="没有符合条件的医疗机构" />
      ) : (
        <List
          dataSource={shown}
          data-testid="hospitals"
          renderItem={(h) => (
            <List.Item
              data-testid={`hospital-${h.hospitalId}`}
              actions={
                editable
                  ? [
                      <Button key="edit" size="small" onClick={() => setEditing(h)} aria-label={`修改 ${h.name}`}>
                        修改
                      </Button>,
                    ]
                  : []
              }
            >
              <Card size="small" style={{ width: '100%' }} title={h.name}>
                <Space wrap size={4}>
                  <Tag>{h.hospitalId}</Tag>
                  <Tag>{levelName(h.level)}</Tag>
                  <Tag>{GRADE_TEXT[h.grade]}</Tag>
                  {FLAGS.filter((f) => h[f.key]).map((f) => (
                    <Tag key={f.key} color="#0958d9">
                      {f.label}
                    </Tag>
                  ))}
                  {!h.inCounty && <Tag color="#ad4e00">县域外</Tag>}
                </Space>
              </Card>
            </List.Item>
          )}
        />
      )}
      <Modal
        open={editing !== undefined}
        title={editing === 'new' ? '新增医疗机构' : `修改 ${editing?.name ?? ''}`}
        footer={null}
        destroyOnHidden
        onCancel={() => setEditing(undefined)}
      >
        {editing !== undefined && (
          <HospitalForm initial={editing === 'new' ? undefined : editing} onDone={() => setEditing(undefined)} />
        )}
      </Modal>
    </div>
  );
}
