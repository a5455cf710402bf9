import { Radio, Typography } from 'antd';
import { useState } from 'react';
import { useSession } from '../../layout/AppLayout';
import { EmptyState, ErrorState, Loading } from '../../layout/States';
import { CaseCard } from './CaseList';
import { type CaseView, useCases } from './data';

/** The housing office's work: what waits for it, city-wide (R1 七.(四), 九.(二); R2 六.(四)). */
const QUEUES: { key: string; label: string; test: (c: CaseView) => boolean }[] = [
  { key: 'appraisal', label: '待鉴定', test: (c) => c.next?.step === 'appraisal' },
  { key: 'approval', label: '待审批（含公示）', test: (c) => c.next?.step === 'approval' },
  { key: 'final-acceptance', label: '待竣工验收', test: (c) => c.next?.step === 'final-acceptance' },
  { key: 'returned', label: '已退回', test: (c) => c.status === 'returned' },
];

export default function Queues() {
  const session = useSession();
  const query = useCases(session, {});
  const [selected, setSelected] = useState('appraisal');
  if (query.isPending) return <Loading />;
  if (query.isError)
    return (
      <div className="page">
        <ErrorState error={query.error} onRetry={() => void query.refetch()} />
      </div>
    );
  // Oldest first: the case that has waited longest is at the top.
  const cases = [...query.data].sort((a, b) => (a.lastEventOn < b.lastEventOn ? -1 : 1));
  const current = QUEUES.find((q) => q.key === selected) ?? (QUEUES[0] as (typeof QUEUES)[number]);
  const list = cases.filter(current.test);
  return (
    <div className="page">
      <Typography.Title level={1}>待办队列 · 市危改办</Typography.Title>
      <Radio.Group
        aria-label="队列"
        optionType="button"
        value={current.key}
        onChange={(e) => setSelected(e.target.value as string)}
        style={{ marginBottom: 12, display: 'flex', flexWrap: 'wrap', gap: 4 }}
        options={QUEUES.map((q) => ({ value: q.key, label: `${q.label}（${cases.filter(q.test).length}）` }))}
      />
      {list.length ? (
        <div className="card-grid">
          {list.map((c) => (
            <CaseCard key={c.caseId} c={c} />
          ))}
        </div>
      ) : (
        <EmptyState text="此队列没有待办的档案" />
      )}
    </div>
  );
}
