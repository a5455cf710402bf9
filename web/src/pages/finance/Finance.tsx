import { Card, List, Space, Typography } from 'antd';
import { Link } from 'react-router-dom';
import { PROGRAMME_SHORT, townshipName } from '../../i18n/labels';
import { useSession } from '../../layout/AppLayout';
import { EmptyState, ErrorState, Loading } from '../../layout/States';
import { countText, yuanText } from '../../lib/format';
import { PayRunCard } from '../ecology/Rangers';
import { useCases } from '../housing/data';

/**
 * 财政: what is due for payment. Housing subsidies of cases past final acceptance and not yet paid
 * (R1 六; R2 五: paid through the 一卡通 once accepted) — each opens the case file, where finance records the
 * payment step; the month's ranger pay run (G 四.(一)); education aid is paid by the education bureau and
 * read per student (教育扶贫).
 */
export default function Finance() {
  const session = useSession();
  const due = useCases(session, { status: 'final-accepted' });
  const cases = due.data ?? [];
  const sum = (p?: string) => cases.filter((c) => !p || c.programme === p).reduce((s, c) => s + c.subsidy.committed, 0);
  return (
    <div className="page">
      <Typography.Title level={1}>待支付资金</Typography.Title>
      <Card size="small" title="危房改造补助：已竣工验收、待拨付（R1 六；R2 五）">
        {due.isPending ? (
          <Loading />
        ) : due.isError ? (
          <ErrorState error={due.error} onRetry={() => void due.refetch()} />
        ) : cases.length === 0 ? (
          <EmptyState text="没有待拨付的补助" />
        ) : (
          <>
            <Space wrap size="large" data-testid="housing-due-totals">
              <span>
                共 {countText(cases.length)} 户，合计 {yuanText(sum())} 元
              </span>
              <span>建档立卡 {yuanText(sum('R1'))} 元</span>
              <span>四类重点对象 {yuanText(sum('R2'))} 元</span>
            </Space>
            <List
              size="small"
              dataSource={cases}
              data-testid="housing-due"
              renderItem={(c) => (
                <List.Item>
                  <span>
                    <Link to={`/cases/${encodeURIComponent(c.caseId)}`}>{c.caseId}</Link> · {townshipName(c.township)} ·{' '}
                    {PROGRAMME_SHORT[c.programme] ?? c.programme} · 应拨 {yuanText(c.subsidy.committed)} 元
                  </span>
                </List.Item>
              )}
            />
            <p className="muted">打开档案，在“下一步”中填写一卡通账号即记录拨付；每户只拨付一次。</p>
          </>
        )}
      </Card>
      <div className="card-grid" style={{ marginTop: 12 }}>
        {session?.role === 'finance' && <PayRunCard />}
        <Card size="small" title="教育资助">
          <p>
            教育资助由教育局发放；按学生身份证号查看已发金额与上限：<Link to="/education">教育扶贫</Link>。
          </p>
        </Card>
      </div>
    </div>
  );
}
