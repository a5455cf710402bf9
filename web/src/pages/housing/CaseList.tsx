import { CASE_STATUSES } from '@shared/housing/types';
import { TOWNSHIPS } from '@shared/reference/townships';
import { Button, Card, Checkbox, Form, Input, Select, Space } from 'antd';
import { useMemo, useState } from 'react';
import { Link } from 'react-router-dom';
import {
  GRADE_NAMES,
  MODE_NAMES,
  PROGRAMME_SHORT,
  roleName,
  STATUS_NAMES,
  STEP_NAMES,
  townshipName,
} from '../../i18n/labels';
import { useSession } from '../../layout/AppLayout';
import { StateTag } from '../../layout/StateTag';
import { EmptyState, ErrorState, Loading } from '../../layout/States';
import { caseListHeading } from './caseQuery';
import { caseIsLate, type CaseFilter, type CaseView, useCases } from './data';

interface Filters extends CaseFilter {
  q?: string;
  village?: string;
  late?: boolean;
  township?: string;
}

export const maskId = (id: string): string => (id.length > 8 ? `${id.slice(0, 6)}********${id.slice(-4)}` : id);

/** Who must act next, in words: "待 市危改办 危房鉴定". */
export function nextText(c: CaseView): string {
  if (!c.next) return '已办结';
  return `待${c.next.roles.map(roleName).join('或')}：${STEP_NAMES[c.next.step] ?? c.next.step}`;
}

export function CaseCard({ c }: { c: CaseView }) {
  const late = caseIsLate(c);
  return (
    <Card size="small" data-testid="case-card">
      <Space orientation="vertical" size={2} style={{ width: '100%' }}>
        <Link to={`/cases/${encodeURIComponent(c.caseId)}`} style={{ fontWeight: 600, fontSize: 16 }}>
          {c.village} · 户 {c.householdId}
        </Link>
        <span className="muted">
          {townshipName(c.township)} · {PROGRAMME_SHORT[c.programme]} · {GRADE_NAMES[c.grade]} · {MODE_NAMES[c.mode]}
        </span>
        <Space wrap size={4}>
          <StateTag tone="blue">{STATUS_NAMES[c.status] ?? c.status}</StateTag>
          {late && <StateTag tone="red">逾期</StateTag>}
          {c.photos.rejected > 0 && <StateTag tone="orange">有照片未通过</StateTag>}
        </Space>
        <span style={c.next ? { fontWeight: 600 } : undefined}>{nextText(c)}</span>
      </Space>
    </Card>
  );
}

/** 档案列表: the township's own cases (city-wide roles choose a township), filterable. */
export default function CaseList() {
  const session = useSession();
  const [form] = Form.useForm<Filters>();
  const [filters, setFilters] = useState<Filters>({});
  const cityWide = !session?.township;
  const townships = cityWide && filters.township ? [filters.township] : undefined;
  const query = useCases(
    session,
    {
      ...(filters.programme ? { programme: filters.programme } : {}),
      ...(filters.status ? { status: filters.status } : {}),
    },
    townships,
  );
  const villages = useMemo(() => [...new Set((query.data ?? []).map((c) => c.village))].sort(), [query.data]);
  const shown = (query.data ?? [])
    .filter((c) => !filters.q || `${c.householdId} ${c.village}`.includes(filters.q.trim()))
    .filter((c) => !filters.village || c.village === filters.village)
    .filter((c) => !filters.late || caseIsLate(c))
    .sort((a, b) => (a.lastEventOn < b.lastEventOn ? 1 : -1));

  return (
    <div className="page">
      <Space style={{ justifyContent: 'space-between', width: '100%' }} wrap>
        {/* Plain elements, not antd Typography: the case list is a clerk's first page, and Typography would add
            29 KiB gzip to it (docs/web.md "Sizes"). */}
        <h1>{caseListHeading(session?.township ? townshipName(session.township) : undefined)}</h1>
        {session?.role === 'township' && (
          <Link to="/cases/new">
            <Button type="primary">新建档案</Button>
          </Link>
        )}
      </Space>
      <Form
        form={form}
        layout="vertical"
        className="field-grid"
        onValuesChange={(_, all) => setFilters(all)}
        aria-label="筛选"
      >
        {cityWide && (
          <Form.Item name="township" label="乡镇" style={{ marginBottom: 0 }}>
            <Select
              allowClear
              placeholder="全部乡镇"
              options={TOWNSHIPS.map((t) => ({ value: t.code, label: t.name }))}
            />
          </Form.Item>
        )}
        <Form.Item name="q" label="户号或村名" style={{ marginBottom: 0 }}>
          <Input allowClear placeholder="输入户号或村名" />
        </Form.Item>
        <Form.Item name="programme" label="改造类别" style={{ marginBottom: 0 }}>
          <Select
            allowClear
            placeholder="全部"
            options={Object.entries(PROGRAMME_SHORT).map(([value, label]) => ({ value, label }))}
          />
        </Form.Item>
        <Form.Item name="status" label="当前环节" style={{ marginBottom: 0 }}>
          <Select
            allowClear
            placeholder="全部"
            options={CASE_STATUSES.map((s) => ({ value: s, label: STATUS_NAMES[s] ?? s }))}
          />
        </Form.Item>
        <Form.Item name="village" label="村" style={{ marginBottom: 0 }}>
          <Select allowClear placeholder="全部" options={villages.map((v) => ({ value: v, label: v }))} />
        </Form.Item>
        <Form.Item name="late" label="逾期" valuePropName="checked" style={{ marginBottom: 0 }}>
          <Checkbox>只看逾期</Checkbox>
        </Form.Item>
      </Form>
      <div style={{ marginTop: 12 }}>
        {query.isPending ? (
          <Loading />
        ) : query.isError ? (
          <ErrorState error={query.error} onRetry={() => void query.refetch()} />
        ) : shown.length === 0 ? (
          <EmptyState text="没有符合条件的档案" />
        ) : (
          <>
            <p className="muted">共 {shown.length} 户</p>
            <div className="card-grid">
              {shown.map((c) => (
                <CaseCard key={c.caseId} c={c} />
              ))}
            </div>
          </>
        )}
      </div>
    </div>
  );
}
