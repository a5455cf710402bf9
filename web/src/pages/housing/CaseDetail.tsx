import { WORKFLOW } from '@shared/housing/steps';
import { Alert, Button, Card, Drawer, Grid, Space, Timeline, Typography } from 'antd';
import { useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import {
  GRADE_NAMES,
  MODE_NAMES,
  PHOTO_KIND_NAMES,
  PROGRAMME_NAMES,
  roleName,
  STATUS_NAMES,
  STEP_NAMES,
  townshipName,
} from '../../i18n/labels';
import { useSession } from '../../layout/AppLayout';
import { StateTag } from '../../layout/StateTag';
import { ErrorState, Loading } from '../../layout/States';
import { countText, dateText, yuanText } from '../../lib/format';
import { maskId, nextText } from './CaseList';
import { type CaseFileView, caseIsLate, type DocumentsView, useCaseFile } from './data';
import { Photos } from './Photos';
import { StepForm } from './StepForm';

const CLAUSES: Record<string, string> = {
  applied: 'R1 七.(一); R2 六.(一)',
  return: 'R1 七.(三); 九.(二)',
  refuse: 'R1 三; R2 三',
};
const clauseOf = (type: string): string =>
  CLAUSES[type] ?? (WORKFLOW as Record<string, { clause: string } | undefined>)[type]?.clause ?? '';

function Facts({ c }: { c: CaseFileView }) {
  const rows: [string, string][] = [
    ['乡镇', townshipName(c.township)],
    ['村', c.village],
    ['户号', c.householdId],
    ['户主身份证号', maskId(c.householderId)],
    ['改造类别', PROGRAMME_NAMES[c.programme] ?? c.programme],
    [
      '危房等级',
      `${GRADE_NAMES[c.grade]}${c.appliedGrade !== c.grade ? `（申请时${GRADE_NAMES[c.appliedGrade]}）` : ''}`,
    ],
    ['改造方式', MODE_NAMES[c.mode] ?? c.mode],
    ['计划面积', `${countText(c.plannedArea)} 平方米`],
    [
      '建成面积',
      c.finalAcceptance
        ? `${c.finalAcceptance.builtArea} 平方米`
        : c.preliminaryAcceptance
          ? `${c.preliminaryAcceptance.builtArea} 平方米（初验）`
          : '—',
    ],
    ['补助（已承诺）', `${yuanText(c.subsidy.committed)} 元`],
    ['补助（已拨付）', `${yuanText(c.subsidy.paid)} 元`],
    ['申请日期', dateText(c.appliedOn)],
    ['竣工期限', dateText(c.completionBy)],
  ];
  return (
    <dl className="facts">
      {rows.map(([k, v]) => (
        <div key={k}>
          <dt>{k}</dt>
          <dd>{v}</dd>
        </div>
      ))}
    </dl>
  );
}

/** 一户一档: each document the policy requires of this file, present or missing, and which step needs it. */
function Documents({ d }: { d: DocumentsView }) {
  return (
    <section aria-labelledby="documents-title" data-testid="documents">
      <Typography.Title level={2} id="documents-title" style={{ fontSize: 17 }}>
        一户一档材料 {d.present}/{d.required}{' '}
        <StateTag tone={d.complete ? 'green' : d.overdue.length > 0 ? 'red' : 'grey'}>
          {d.complete ? '齐全' : `缺 ${d.missing.length} 项`}
        </StateTag>
      </Typography.Title>
      <ul className="plain-list">
        {d.items.map((i) => (
          <li key={i.kind}>
            {PHOTO_KIND_NAMES[i.kind] ?? i.kind}：
            {i.present ? (
              <StateTag tone="green">已上传</StateTag>
            ) : (
              <StateTag tone={i.due ? 'red' : 'grey'}>{i.due ? '缺少' : '尚未到期'}</StateTag>
            )}
            <span className="muted">
              {' '}
              （{STEP_NAMES[i.requiredAt] ?? i.requiredAt}前须有 · 依据 {i.clause}）
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}

const detailText = (data: Record<string, unknown>): string => {
  const parts: string[] = [];
  if (data.passed === false) parts.push('不通过');
  for (const [key, label] of [
    ['reason', '理由'],
    ['evidence', '证明'],
    ['appraiser', '鉴定机构'],
    ['arrangement', '安置'],
    ['account', '账号'],
  ] as const)
    if (typeof data[key] === 'string') parts.push(`${label}：${data[key]}`);
  if (typeof data.grade === 'string') parts.push(`等级：${GRADE_NAMES[data.grade] ?? data.grade}`);
  if (typeof data.builtArea === 'number') parts.push(`建成面积：${data.builtArea} 平方米`);
  if (typeof data.from === 'string' && typeof data.to === 'string')
    parts.push(`公示：${dateText(data.from)}至${dateText(data.to)}`);
  if (typeof data.noticeFrom === 'string' && typeof data.noticeTo === 'string')
    parts.push(`公示：${dateText(data.noticeFrom)}至${dateText(data.noticeTo)}`);
  if (typeof data.completionBy === 'string') parts.push(`竣工期限：${dateText(data.completionBy)}`);
  return parts.join('；');
};

/** 档案详情: the household's one file — facts, what it waits for, the step forms, history and photos. */
export default function CaseDetail() {
  const { caseId = '' } = useParams();
  const session = useSession();
  const screens = Grid.useBreakpoint();
  const [action, setAction] = useState<string>();
  const query = useCaseFile(caseId, (data) => (data?.photoList.some((p) => p.status === 'pending') ? 2000 : false));
  if (query.isPending) return <Loading />;
  if (query.isError)
    return (
      <div className="page">
        <ErrorState error={query.error} onRetry={() => void query.refetch()} />
      </div>
    );
  const c = query.data;
  const mine = (c.next?.actions ?? []).filter((a) => session && a.roles.includes(session.role));
  const canUpload =
    (session?.role === 'township' && session.township === c.township) || session?.role === 'housing-office';
  return (
    <div className="page">
      <Link to={session?.role === 'housing-office' ? '/queues' : '/cases'}>← 返回列表</Link>
      <Typography.Title level={1}>
        {c.village} · 户 {c.householdId}
      </Typography.Title>
      <Space wrap style={{ marginBottom: 8 }}>
        <StateTag tone="blue">{STATUS_NAMES[c.status] ?? c.status}</StateTag>
        {caseIsLate(c) && <StateTag tone="red">逾期（计划8月31日前完成）</StateTag>}
      </Space>
      <Card size="small" style={{ marginBottom: 12 }}>
        <Typography.Text strong data-testid="next-step">
          {nextText(c)}
        </Typography.Text>
        {mine.length > 0 && (
          <Space wrap style={{ display: 'flex', marginTop: 8 }}>
            {mine.map((a) => (
              <Button
                key={a.type}
                type={a.type === c.next?.step ? 'primary' : 'default'}
                danger={a.type === 'refuse'}
                onClick={() => setAction(a.type)}
              >
                {a.type === c.next?.step ? `办理：${STEP_NAMES[a.type]}` : STEP_NAMES[a.type]}
              </Button>
            ))}
          </Space>
        )}
        {c.lastReturn && (
          <Alert
            style={{ marginTop: 8 }}
            type="warning"
            title={`${dateText(c.lastReturn.on)} 在“${STEP_NAMES[c.lastReturn.from]}”被退回：${c.lastReturn.reason}`}
          />
        )}
      </Card>
      <Card size="small" title="基本情况" style={{ marginBottom: 12 }}>
        <Facts c={c} />
      </Card>
      {c.documents && (
        <Card size="small" style={{ marginBottom: 12 }}>
          <Documents d={c.documents} />
        </Card>
      )}
      <Card size="small" style={{ marginBottom: 12 }}>
        <Photos file={c} canUpload={canUpload} />
      </Card>
      <Card size="small" title="办理经过">
        <Timeline
          items={[...c.history].reverse().map((e) => ({
            key: e.seq,
            color: e.type === 'return' || e.type === 'refuse' || e.data.passed === false ? 'red' : 'blue',
            content: (
              <div data-testid="history-item">
                <div>
                  <strong>{dateText(e.on)}</strong> {STEP_NAMES[e.type] ?? e.type}
                </div>
                <div className="muted">
                  {roleName(e.actor.role)}
                  {e.actor.township ? `（${townshipName(e.actor.township)}）` : ''} · 依据 {clauseOf(e.type)}
                </div>
                {detailText(e.data) && <div>{detailText(e.data)}</div>}
              </div>
            ),
          }))}
        />
      </Card>
      <Drawer
        title={action ? STEP_NAMES[action] : ''}
        open={!!action}
        onClose={() => setAction(undefined)}
        placement={screens.md ? 'right' : 'bottom'}
        size={screens.md ? 480 : '85%'}
        destroyOnHidden
      >
        {action && <StepForm file={c} type={action} onDone={() => setAction(undefined)} />}
      </Drawer>
    </div>
  );
}
