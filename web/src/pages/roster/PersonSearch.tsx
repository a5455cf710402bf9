import { useQuery } from '@tanstack/react-query';
import { Button, Card, Form, Input, List, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { api, unwrap } from '../../api/client';
import { roleName, townshipName } from '../../i18n/labels';
import { EmptyState, ErrorState, Loading } from '../../layout/States';
import { dateText } from '../../lib/format';

interface PersonView {
  personId: string;
  name: string;
  householdId: string;
  township: string;
  village: string;
  registeredFrom?: string;
  flags: {
    flag: string;
    name: string;
    value: boolean;
    setBy?: { by: string; role: string; at: string; via: string };
  }[];
}

/** 人员查询: by identity number, household or part of a name; each flag with who set it and when. */
export default function PersonSearch() {
  const [q, setQ] = useState('');
  const search = useQuery({
    enabled: q !== '',
    queryKey: ['persons', q],
    queryFn: () =>
      unwrap(api.GET('/v1/persons', { params: { query: { q } } })) as Promise<{
        persons: PersonView[];
        truncated: boolean;
      }>,
  });
  return (
    <div className="page">
      <Typography.Title level={1}>人员查询</Typography.Title>
      <Form layout="vertical" aria-label="人员查询" onFinish={(v: { q: string }) => setQ(v.q.trim())}>
        <Form.Item name="q" label="身份证号、户编号或姓名" rules={[{ required: true, message: '请输入' }]}>
          <Input maxLength={64} />
        </Form.Item>
        <Button type="primary" htmlType="submit">
          查询
        </Button>
      </Form>
      <div style={{ marginTop: 12 }}>
        {q === '' ? null : search.isPending ? (
          <Loading />
        ) : search.isError ? (
          <ErrorState error={search.error} />
        ) : search.data.persons.length === 0 ? (
          <EmptyState text="没有找到" />
        ) : (
          <List
            dataSource={search.data.persons}
            footer={search.data.truncated ? '只显示前 50 人，请输入更完整的姓名' : undefined}
            renderItem={(p) => (
              <List.Item>
                <Card size="small" style={{ width: '100%' }}>
                  <Space orientation="vertical" size={2}>
                    <strong>
                      {p.name} · {p.personId}
                    </strong>
                    <span>
                      {townshipName(p.township)} · {p.village} · 户{' '}
                      <Link to={`/households/${encodeURIComponent(p.householdId)}`}>{p.householdId}</Link>
                    </span>
                    <span className="muted">
                      {p.registeredFrom ? `${dateText(p.registeredFrom)}纳入建档立卡` : '非建档立卡'}
                    </span>
                    <Space wrap size={4}>
                      {p.flags.map((f) => (
                        <Tag key={f.flag}>
                          {f.name}：{f.value ? '是' : '否'}
                          {f.setBy
                            ? `（${roleName(f.setBy.role)} ${f.setBy.by}，${dateText(f.setBy.at)}）`
                            : '（设置人未记录）'}
                        </Tag>
                      ))}
                    </Space>
                  </Space>
                </Card>
              </List.Item>
            )}
          />
        )}
      </div>
    </div>
  );
}
