import { Alert, Button, Space, Typography } from 'antd';
import { STATUS_NAMES } from '../../i18n/labels';
import { countText, dateText, percentText, yuanText } from '../../lib/format';
import { TableScroll } from '../../layout/TableScroll';

interface Row {
  rank: number | null;
  township: string;
  name: string;
  tasks: number;
  started: number;
  accepted: number;
  completionRate: number | null;
  late: number;
  committed: number;
  paid: number;
  withPhotos: number;
}
export interface Bulletin {
  asOf: string;
  title: string;
  dateText: string;
  deadline: string;
  status: 'draft' | 'published';
  revision?: number;
  builtAt: string;
  publishedAt?: string;
  correction?: { reason: string; replaces: number };
  programmes: {
    programme: 'R1' | 'R2';
    title: string;
    plan: { households: number; budget: number };
    rows: Row[];
    totals: Omit<Row, 'rank' | 'township' | 'name'> & {
      planCompletionRate: number;
      noHouseCommitted: number;
      noHousePaid: number;
      sales: { count: number; early: number; amountDue: number };
    };
    laggards: { township: string; name: string; completionRate: number }[];
    lateCases: {
      township: string;
      townshipName: string;
      village: string;
      householder: string;
      identity: string;
      status: string;
      completionBy?: string;
    }[];
  }[];
  narratives: {
    township: string;
    name: string;
    version: number;
    submittedAt: string;
    progress: string;
    problems: string;
    measures: string;
    figuresChanged: boolean;
  }[];
  missing: { township: string; name: string }[];
  files: { xlsx: string };
  revisions?: { revision: number; publishedAt: string; correction?: string }[];
}

/**
 * The bulletin as the city reads it, print-ready (A4 landscape, styles.css `@media print`): per programme the
 * ranked townships with the city total and the plan, the laggards, the late cases (masked), then who did not
 * submit and each township's report [R1/R2 八.(二)].
 */
export function BulletinDoc({ b }: { b: Bulletin }) {
  return (
    <article className="bulletin-doc" aria-label={b.title}>
      <Space className="no-print" wrap style={{ marginBottom: 8 }}>
        <Button onClick={() => window.print()}>打印</Button>
        <a href={b.files.xlsx} data-testid="bulletin-xlsx" download>
          下载 Excel（链接5分钟内有效）
        </a>
      </Space>
      {b.status === 'draft' ? (
        <Alert type="warning" showIcon title="草稿：尚未发布，内容随报送和档案变化" className="no-print" />
      ) : null}
      <header className="doc-header">
        <Typography.Title level={2} data-testid="bulletin-title">
          {b.title}
        </Typography.Title>
        <p className="muted">
          {b.status === 'published'
            ? `第${b.revision}版 · 发布于${dateText(b.publishedAt)}`
            : `草稿 · 生成于${dateText(b.builtAt)}`}
          {b.correction ? ` · 更正第${b.correction.replaces}版：${b.correction.reason}` : ''}
        </p>
      </header>
      {b.programmes.map((p) => (
        <section key={p.programme} className="doc-section">
          <Typography.Title level={3}>{p.title}</Typography.Title>
          <TableScroll label={`${p.title}表`}>
            <table className="doc-table" data-testid={`bulletin-table-${p.programme}`}>
              <thead>
                <tr>
                  <th scope="col">排名</th>
                  <th scope="col">乡镇（街道）</th>
                  <th scope="col">改造任务（户）</th>
                  <th scope="col">已开工（户）</th>
                  <th scope="col">已竣工验收（户）</th>
                  <th scope="col">完成率</th>
                  <th scope="col">逾期未完成（户）</th>
                  <th scope="col">验收照片齐全（户）</th>
                  <th scope="col">已承诺补助（元）</th>
                  <th scope="col">已拨付补助（元）</th>
                </tr>
              </thead>
              <tbody>
                {p.rows.map((r) => (
                  <tr key={r.township}>
                    <td className="num">{r.rank ?? '—'}</td>
                    <th scope="row">{r.name}</th>
                    <td className="num">{countText(r.tasks)}</td>
                    <td className="num">{countText(r.started)}</td>
                    <td className="num">{countText(r.accepted)}</td>
                    <td className="num">{percentText(r.completionRate)}</td>
                    <td className="num">{countText(r.late)}</td>
                    <td className="num">{countText(r.withPhotos)}</td>
                    <td className="num">{yuanText(r.committed)}</td>
                    <td className="num">{yuanText(r.paid)}</td>
                  </tr>
                ))}
              </tbody>
              <tfoot>
                <tr data-testid={`bulletin-total-${p.programme}`}>
                  <td />
                  <th scope="row">全市合计</th>
                  <td className="num">{countText(p.totals.tasks)}</td>
                  <td className="num">{countText(p.totals.started)}</td>
                  <td className="num">{countText(p.totals.accepted)}</td>
                  <td className="num">{percentText(p.totals.completionRate)}</td>
                  <td className="num">{countText(p.totals.late)}</td>
                  <td className="num">{countText(p.totals.withPhotos)}</td>
                  <td className="num">{yuanText(p.totals.committed)}</td>
                  <td className="num">{yuanText(p.totals.paid)}</td>
                </tr>
                <tr>
                  <td />
                  <th scope="row">2019年计划{p.programme === 'R1' ? '（投资不含无房户）' : ''}</th>
                  <td className="num">{countText(p.plan.households)}</td>
                  <td />
                  <td />
                  <td className="num">{percentText(p.totals.planCompletionRate)}</td>
                  <td />
                  <td />
                  <td className="num">{yuanText(p.plan.budget)}</td>
                  <td />
                </tr>
                {p.programme === 'R1' && (
                  <tr>
                    <td />
                    <th scope="row">其中无房户补助（不在计划投资内）</th>
                    <td colSpan={6} />
                    <td className="num">{yuanText(p.totals.noHouseCommitted)}</td>
                    <td className="num">{yuanText(p.totals.noHousePaid)}</td>
                  </tr>
                )}
              </tfoot>
            </table>
          </TableScroll>
          {p.totals.sales.count > 0 && (
            <p data-testid={`sales-${p.programme}`}>
              兜底房出售 {countText(p.totals.sales.count)} 户（其中未满五年 {countText(p.totals.sales.early)}{' '}
              户），应返还兜底资金 {yuanText(p.totals.sales.amountDue)} 元（R2 八.(二)）。
            </p>
          )}
          <p>
            <strong>进度滞后乡镇（完成率低于全市）：</strong>
            {p.laggards.length
              ? p.laggards.map((l) => `${l.name}（${percentText(l.completionRate)}）`).join('、')
              : '无'}
          </p>
          <p>
            <strong>逾期未完成（{dateText(b.deadline)}前应完成）：</strong>
            {p.lateCases.length ? `${p.lateCases.length}户` : '无'}
          </p>
          {p.lateCases.length > 0 && (
            <TableScroll label="逾期未完成户">
              <table className="doc-table" data-testid={`late-cases-${p.programme}`}>
                <thead>
                  <tr>
                    <th scope="col">乡镇（街道）</th>
                    <th scope="col">村</th>
                    <th scope="col">户主</th>
                    <th scope="col">身份证号</th>
                    <th scope="col">当前阶段</th>
                    <th scope="col">约定竣工日期</th>
                  </tr>
                </thead>
                <tbody>
                  {p.lateCases.map((c) => (
                    <tr key={`${c.identity}-${c.village}-${c.householder}`}>
                      <td>{c.townshipName}</td>
                      <td>{c.village}</td>
                      <td>{c.householder}</td>
                      <td>{c.identity}</td>
                      <td>{STATUS_NAMES[c.status] ?? c.status}</td>
                      <td>{dateText(c.completionBy)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableScroll>
          )}
        </section>
      ))}
      <section className="doc-section">
        <Typography.Title level={3}>各乡镇（街道）报告</Typography.Title>
        <p data-testid="bulletin-missing">
          <strong>未报送乡镇（街道）：</strong>
          {b.missing.length ? b.missing.map((m) => m.name).join('、') : '无'}
        </p>
        {b.narratives.map((n) => (
          <div key={n.township} className="narrative">
            <Typography.Title level={4}>
              {n.name}
              <span className="muted">（第{n.version}次报送）</span>
            </Typography.Title>
            <p>
              <strong>工作进展：</strong>
              {n.progress}
            </p>
            <p>
              <strong>存在问题：</strong>
              {n.problems}
            </p>
            <p>
              <strong>下步措施：</strong>
              {n.measures}
            </p>
            {n.figuresChanged && <p className="muted">注：报送后该乡镇档案有补录，表中数字以发布时计算为准。</p>}
          </div>
        ))}
      </section>
    </article>
  );
}
