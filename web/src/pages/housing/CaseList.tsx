import { CASE_STATUSES } from '@shared/housing/types';
import { TOWNSHIPS } from '@shared/reference/townships';
import { Button, Card, Checkbox, Form, Input, Select, Space } from 'antd';
import { useMemo, useState } from 'react';
import { Link } from 'react-router-dom';
import { PROGRAMME_SHORT, STATUS_NAMES, townshipName } from '../../i18n/labels';
import { useSession } from '../../layout/AppLayout';
import { StateTag } from '../../layout/StateTag';
import { EmptyState, ErrorState, Loading } from '../../layout/States';
import { caseListHeading } from './caseQuery';
import { byLatestStep, caseCardText, caseCountText, caseIsLate, FIRST_CARD_TIMING } from './caseCard';
import { type CaseFilter, type CaseView, useCases } from './data';

interface Filters extends CaseFilter {
  q?: string;
  village?: string;
  late?: boolean;
  township?: string;
}

export const maskId = (id: string): string => (id.length > 8 ? `${id.slice(0, 6)}********${id.slice(-4)}` : id);

export { nextText } from './caseCard';

/**
 * A case as a card. Its words come from caseCard.ts, which also writes the plain-HTML cards the entry paints before
 * the framework arrives. `first`: the list's first card, whose title is timed (Element Timing, bench/lighthouse.ts);
 * the title is a block so the browser times its text (an inline link's text is timed with its parent's).
 */
export function CaseCard({ c, first }: { c: CaseView; first?: boolean }) {
  const t = caseCardText(c);
  return (
    <Card size="small" data-testid="case-card">
      <Space orientation="vertical" size={2} style={{ width: '100%' }}>
        <Link
          to={t.href}
          style={{ fontWeight: 600, fontSize: 16, display: 'block' }}
          {...(first ? { elementtiming: FIRST_CARD_TIMING } : {})}
        >
          {t.title}
        </Link>
        <span className="muted">{t.line}</span>
        <Space wrap size={4}>
          {t.tags.map((g) => (
            <StateTag key={g.text} tone={g.tone}>
              {g.text}
            </StateTag>
          ))}
        </Space>
        <span style={t.waiting ? { fontWeight: 600 } : undefined}>{t.next}</span>
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
    .sort(byLatestStep);

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
            <p className="muted">{caseCountText(shown.length)}</p>
            <div className="card-grid">
              {shown.map((c, i) => (
                <CaseCard key={c.caseId} c={c} first={i === 0} />
              ))}
            </div>
          </>
        )}
      </div>
    </div>
  );
}
