import { useMutation, useQuery } from '@tanstack/react-query';
import { Alert, Button, Card, Descriptions, Form, Input, List, Select, Space, Tag, Timeline, Typography } from 'antd';
import { useSearchParams } from 'react-router-dom';
import { api, unwrap } from '../../api/client';
import type { components } from '../../api/schema';
import { ROLE_NAMES, STEP_NAMES } from '../../i18n/labels';
import { EmptyState, ErrorState, Loading } from '../../layout/States';
import {
  ENTITIES,
  type EntityCode,
  actionName,
  entityName,
  reasonText,
  shortHash,
  summaryEntries,
  timeText,
} from './text';

type AuditRecord = components['schemas']['AuditRecord'];
type Verification = components['schemas']['AuditVerification'];

/** Keys, chain names and ids are long words without spaces: they break anywhere rather than widen the page. */
const WRAP = { overflowWrap: 'anywhere' } as const;

const actionText = (action: string) => actionName(action, STEP_NAMES);

const roleName = (role: string) => (ROLE_NAMES as Record<string, string>)[role] ?? (role === 'system' ? '系统' : role);

/** A hash shown short, copied whole (the copy button is labelled with what it copies). */
function Hash({ value, what }: { value: string | null; what: string }) {
  if (value === null) return <Typography.Text type="secondary">已删除</Typography.Text>;
  return (
    <Typography.Text code copyable={{ text: value, tooltips: ['复制', '已复制'] }} aria-label={`${what} ${value}`}>
      {shortHash(value)}
    </Typography.Text>
  );
}

function RecordCard({ r }: { r: AuditRecord }) {
  const who = [roleName(r.actor.role), r.actor.township, r.actor.hospitalId].filter(Boolean).join(' · ');
  return (
    <div data-testid="audit-record">
      <Space wrap size={4}>
        <Typography.Text strong>{actionText(r.action)}</Typography.Text>
        <Tag>{timeText(r.at)}</Tag>
      </Space>
      <Descriptions
        size="small"
        column={1}
        items={[
          { key: 'who', label: '办理人', children: `${who}（${r.actor.sub}）` },
          ...summaryEntries(r.summary).map(([label, value]) => ({ key: label, label, children: value })),
          { key: 'chain', label: '记录链', children: <span style={WRAP}>{`${r.chain} 第 ${r.seq} 条`}</span> },
          { key: 'hash', label: '本条哈希', children: <Hash value={r.hash} what="本条哈希" /> },
          { key: 'prev', label: '上一条哈希', children: <Hash value={r.prevHash} what="上一条哈希" /> },
        ]}
      />
      <details>
        <summary>写入的数据项（{r.items.length}）</summary>
        <List
          size="small"
          dataSource={r.items}
          renderItem={(i) => (
            <List.Item>
              <span style={WRAP}>{i.key}</span> <Hash value={i.hash} what={`${i.key} 的哈希`} />
            </List.Item>
          )}
        />
      </details>
    </div>
  );
}

/** The result of 校验: ok, or each broken chain with the claim, case, student, post or person it names. */
function VerifyResult({ v }: { v: Verification }) {
  const digest = v.digest
    ? `已对照 ${timeText(v.digest.at)} 的每日锁定摘要（${v.digest.chains} 条记录链）。`
    : '尚无每日锁定摘要（每天凌晨 1 点生成），只校验了记录链本身。';
  if (v.ok)
    return (
      <Alert
        type="success"
        showIcon
        data-testid="verify-result"
        title={`校验通过：${v.chains} 条记录链、${v.records} 条记录均完整，数据与记录一致`}
        description={digest}
      />
    );
  return (
    <div data-testid="verify-result">
      <Alert
        type="error"
        showIcon
        title={`发现 ${v.broken.length} 条记录链有问题（共 ${v.chains} 条链、${v.records} 条记录）`}
        description={digest}
      />
      <List
        size="small"
        aria-label="有问题的记录链"
        dataSource={v.broken}
        renderItem={(b) => (
          <List.Item data-testid="broken">
            <div style={WRAP}>
              <Typography.Text strong>
                {entityName(b.entity)} {b.entityId}
              </Typography.Text>
              <div>{reasonText(b.reason, actionText)}</div>
              <Typography.Text type="secondary">记录链 {b.chain}</Typography.Text>
            </div>
          </List.Item>
        )}
      />
    </div>
  );
}

/**
 * 审计追踪 (docs/audit.md "Reading the audit page"): the history of one claim, case, student, post… as a
 * timeline of its audit records (who, what, when, the hashes), and 校验, which recomputes every chain.
 */
export default function AuditTrail() {
  const [params, setParams] = useSearchParams();
  const entity = (params.get('entity') ?? '') as EntityCode | '';
  const entityId = params.get('entityId') ?? '';
  const [form] = Form.useForm<{ entity: EntityCode; entityId: string }>();
  const chosen = Form.useWatch('entity', form) ?? entity;
  const history = useQuery({
    queryKey: ['audit-records', entity, entityId],
    enabled: entity !== '' && entityId !== '',
    queryFn: () =>
      unwrap(
        api.GET('/v1/audit/records', { params: { query: { entity: entity as EntityCode, entityId } } }),
      ) as Promise<{ records: AuditRecord[] }>,
  });
  const verify = useMutation({ mutationFn: () => unwrap(api.POST('/v1/audit/verify')) as Promise<Verification> });
  return (
    <div className="page">
      <Typography.Title level={1}>审计追踪</Typography.Title>
      <Card size="small" title="查询变更记录">
        <Form
          form={form}
          layout="vertical"
          aria-label="查询变更记录"
          initialValues={{ entity: entity || 'claim', entityId }}
          onFinish={(v) => setParams({ entity: v.entity, entityId: v.entityId.trim() })}
        >
          <Form.Item name="entity" label="对象类型" rules={[{ required: true }]}>
            <Select virtual={false} options={ENTITIES.map((e) => ({ value: e.value, label: e.label }))} />
          </Form.Item>
          <Form.Item
            name="entityId"
            label="编号"
            extra={ENTITIES.find((e) => e.value === chosen)?.help}
            rules={[{ required: true, whitespace: true, message: '请输入编号' }]}
          >
            <Input autoComplete="off" maxLength={200} />
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={history.isFetching}>
            查询
          </Button>
        </Form>
      </Card>
      {entity && entityId && (
        <Card size="small" title="变更记录" style={{ marginTop: 12 }}>
          <Typography.Paragraph strong style={WRAP}>{`${entityName(entity)} ${entityId}`}</Typography.Paragraph>
          {history.isPending ? (
            <Loading />
          ) : history.isError ? (
            <ErrorState error={history.error} onRetry={() => void history.refetch()} />
          ) : history.data.records.length === 0 ? (
            <EmptyState text="没有这项的变更记录" />
          ) : (
            <Timeline
              data-testid="audit-history"
              items={history.data.records.map((r) => ({
                key: `${r.chain}#${r.seq}`,
                color: r.action.endsWith('voided') || r.action.endsWith('rejected') ? 'red' : 'blue',
                content: <RecordCard r={r} />,
              }))}
            />
          )}
        </Card>
      )}
      <Card size="small" title="校验记录链" style={{ marginTop: 12 }}>
        <Typography.Paragraph type="secondary">
          重新计算每条记录链，核对每条记录的哈希、前后链接、存储的数据和每日锁定摘要。被改动或删除的数据会列出其所属的结算单、档案、学生、岗位或人员。
        </Typography.Paragraph>
        <Button type="primary" onClick={() => verify.mutate()} loading={verify.isPending} data-testid="verify">
          校验
        </Button>
        <div style={{ marginTop: 12 }}>
          {verify.isError && <ErrorState error={verify.error} />}
          {verify.data && <VerifyResult v={verify.data} />}
        </div>
      </Card>
    </div>
  );
}
