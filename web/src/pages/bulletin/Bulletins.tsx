import { narrativeBodySchema } from '@shared/bulletin/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Card, Form, Grid, Input, Modal, Select, Space, Typography } from 'antd';
import { useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { api, ApiError, unwrap } from '../../api/client';
import { PROGRAMME_NAMES, townshipName } from '../../i18n/labels';
import { useSession } from '../../layout/AppLayout';
import { EmptyState, ErrorState, Loading } from '../../layout/States';
import { countText, dateText, percentText, todayIso, yuanText } from '../../lib/format';
import { type Bulletin, BulletinDoc } from './BulletinDoc';
import { StateTag } from '../../layout/StateTag';
import { TableScroll } from '../../layout/TableScroll';
import { DEFAULT_CUT_OFF } from '../progress/cutOff';

interface Figures {
  tasks: number;
  started: number;
  accepted: number;
  completionRate: number | null;
  late: number;
  committed: number;
  paid: number;
  withPhotos: number;
}
interface Version {
  version: number;
  submittedAt: string;
  submittedBy: { role: string };
  progress: string;
  problems: string;
  measures: string;
  figures: Record<'R1' | 'R2', Figures>;
}
interface Submissions {
  asOf: string;
  closed: boolean;
  published: boolean;
  townships: {
    township: string;
    name: string;
    submitted: boolean;
    figures?: Record<'R1' | 'R2', Figures>;
    submission?: Version;
    history?: Version[];
  }[];
}

/** The cut-offs of the plan year: the 1st and 15th of each month (每月1日和15日, R1/R2 八.(二)). */
function cutOffs(extra: readonly string[]): string[] {
  const out = new Set(extra);
  for (let m = 1; m <= 12; m += 1) {
    for (const d of ['01', '15']) out.add(`2019-${String(m).padStart(2, '0')}-${d}`);
  }
  return [...out].filter((d) => d <= todayIso()).sort();
}

const narrativeRule = (field: 'progress' | 'problems' | 'measures', label: string) => ({
  validator: (_: unknown, value: string | undefined) => {
    const r = narrativeBodySchema.shape[field].safeParse(value ?? '');
    if (r.success) return Promise.resolve();
    return Promise.reject(new Error(value?.trim() ? `${label}最多2000字` : `请填写${label}`));
  },
});

/**
 * 进度通报: townships submit their figures and narrative for a cut-off; the housing office sees who has
 * submitted and publishes; everyone reads the published bulletin and prints it or downloads the workbook.
 */
export default function Bulletins() {
  const session = useSession();
  const [params, setParams] = useSearchParams();
  const asOf = params.get('asOf') ?? DEFAULT_CUT_OFF;
  const list = useQuery({
    queryKey: ['bulletins'],
    queryFn: async () =>
      (await unwrap(api.GET('/v1/bulletins'))) as unknown as { bulletins: { asOf: string; status: string }[] },
  });
  const township = session?.role === 'township';
  const office = session?.role === 'housing-office';
  const mayListSubmissions = township || office || session?.role === 'poverty-office' || session?.role === 'audit';
  const options = cutOffs([asOf, ...(list.data?.bulletins ?? []).map((b) => b.asOf)]).map((d) => {
    const status = list.data?.bulletins.find((b) => b.asOf === d)?.status;
    return { value: d, label: `${dateText(d)}${status === 'published' ? '（已发布）' : ''}` };
  });
  return (
    <div className="page">
      <Typography.Title level={1} className="no-print">
        进度通报 · 截至{dateText(asOf)}
      </Typography.Title>
      <div className="no-print toolbar">
        <label htmlFor="bulletin-as-of">截止日期</label>
        <Select
          id="bulletin-as-of"
          value={asOf}
          style={{ minWidth: 200 }}
          options={options}
          onChange={(v: string) => setParams({ asOf: v })}
        />
      </div>
      {township && <TownshipSubmission asOf={asOf} />}
      {!township && mayListSubmissions && <SubmissionsOverview asOf={asOf} office={office} />}
      <PublishedBulletin asOf={asOf} office={office} />
    </div>
  );
}

/** The figure rows shown for each programme, in the order the bulletin's table has them. */
const FIGURE_FIELDS: { label: string; text: (f: Figures) => string }[] = [
  { label: '改造任务（户）', text: (f) => countText(f.tasks) },
  { label: '已开工（户）', text: (f) => countText(f.started) },
  { label: '已竣工验收（户）', text: (f) => countText(f.accepted) },
  { label: '完成率', text: (f) => percentText(f.completionRate) },
  { label: '逾期（户）', text: (f) => countText(f.late) },
  { label: '照片齐全（户）', text: (f) => countText(f.withPhotos) },
  { label: '已承诺（元）', text: (f) => yuanText(f.committed) },
  { label: '已拨付（元）', text: (f) => yuanText(f.paid) },
];

/**
 * The township's own figures at the cut-off. On a phone a card per programme, each figure under its label
 * (a nine-column table would show only its first column on a 390 px screen); on a desktop one table.
 */
function OwnFigures({ figures }: { figures: Record<'R1' | 'R2', Figures> }) {
  const wide = Grid.useBreakpoint().md === true;
  if (!wide)
    return (
      <div className="figure-cards" data-testid="own-figures">
        {(['R1', 'R2'] as const).map((p) => (
          <section
            key={p}
            className="figure-card"
            aria-labelledby={`own-figures-${p}`}
            data-testid={`own-figures-${p}`}
          >
            <h3 id={`own-figures-${p}`}>{PROGRAMME_NAMES[p] ?? p}</h3>
            <dl className="facts">
              {FIGURE_FIELDS.map((field) => (
                <div key={field.label}>
                  <dt>{field.label}</dt>
                  <dd>{field.text(figures[p])}</dd>
                </div>
              ))}
            </dl>
          </section>
        ))}
      </div>
    );
  return (
    <TableScroll label="本乡镇数据">
      <table className="doc-table" data-testid="own-figures">
        <thead>
          <tr>
            <th scope="col">类别</th>
            {FIGURE_FIELDS.map((field) => (
              <th scope="col" key={field.label}>
                {field.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {(['R1', 'R2'] as const).map((p) => (
            <tr key={p} data-testid={`own-figures-${p}`}>
              <th scope="row">{PROGRAMME_NAMES[p] ?? p}</th>
              {FIGURE_FIELDS.map((field) => (
                <td className="num" key={field.label}>
                  {field.text(figures[p])}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}

function useSubmissions(asOf: string) {
  return useQuery({
    queryKey: ['bulletin-submissions', asOf],
    queryFn: async () =>
      (await unwrap(
        api.GET('/v1/bulletins/{asOf}/submissions', { params: { path: { asOf } } }),
      )) as unknown as Submissions,
  });
}

/** A township reviews its figures at the cut-off and submits its narrative (resubmitting keeps the history). */
function TownshipSubmission({ asOf }: { asOf: string }) {
  const session = useSession();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<{ progress: string; problems: string; measures: string }>();
  const query = useSubmissions(asOf);
  const submit = useMutation({
    mutationFn: async (values: { progress: string; problems: string; measures: string }) =>
      unwrap(
        api.POST('/v1/bulletins/{asOf}/submissions', {
          params: { path: { asOf } },
          body: { township: session?.township ?? '', ...values } as never,
        }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['bulletin-submissions', asOf] }),
  });
  if (query.isPending) return <Loading />;
  if (query.isError) return <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
  const mine = query.data.townships[0];
  if (!mine) return <EmptyState text="没有本乡镇的报送信息" />;
  return (
    <Card
      size="small"
      className="no-print"
      title={`${townshipName(session?.township)} · 截至${dateText(asOf)}的报送`}
      style={{ marginBottom: 12 }}
    >
      {mine.figures && (
        <>
          <Typography.Paragraph>
            本乡镇截至{dateText(asOf)}的档案数据（系统按档案计算，随报送一并上报）：
          </Typography.Paragraph>
          <OwnFigures figures={mine.figures} />
        </>
      )}
      {mine.submission ? (
        <Alert
          type="success"
          showIcon
          data-testid="submission-status"
          title={`已报送第${mine.submission.version}次（${mine.submission.submittedAt.slice(0, 16).replace('T', ' ')} UTC）`}
          style={{ margin: '8px 0' }}
        />
      ) : (
        <Alert type="info" showIcon title="本期尚未报送" style={{ margin: '8px 0' }} data-testid="submission-status" />
      )}
      {query.data.closed ? (
        <Alert type="warning" showIcon title="本期通报已发布，报送已截止" />
      ) : (
        <Form
          form={form}
          layout="vertical"
          initialValues={
            mine.submission
              ? {
                  progress: mine.submission.progress,
                  problems: mine.submission.problems,
                  measures: mine.submission.measures,
                }
              : {}
          }
          onFinish={(values) => submit.mutate(values)}
        >
          <Form.Item name="progress" label="工作进展" rules={[narrativeRule('progress', '工作进展')]}>
            <Input.TextArea rows={3} maxLength={2000} />
          </Form.Item>
          <Form.Item name="problems" label="存在问题" rules={[narrativeRule('problems', '存在问题')]}>
            <Input.TextArea rows={2} maxLength={2000} placeholder="没有可写“无”" />
          </Form.Item>
          <Form.Item name="measures" label="下步措施" rules={[narrativeRule('measures', '下步措施')]}>
            <Input.TextArea rows={2} maxLength={2000} />
          </Form.Item>
          {submit.isError && (
            <Alert type="error" showIcon title={(submit.error as Error).message} style={{ marginBottom: 8 }} />
          )}
          <Button type="primary" htmlType="submit" loading={submit.isPending}>
            {mine.submission ? '重新报送' : '报送'}
          </Button>
        </Form>
      )}
      {mine.history && mine.history.length > 0 && (
        <details style={{ marginTop: 12 }}>
          <summary>以前的报送（{mine.history.length}次）</summary>
          {mine.history.map((h) => (
            <p key={h.version}>
              第{h.version}次：{h.progress}；{h.problems}；{h.measures}
            </p>
          ))}
        </details>
      )}
    </Card>
  );
}

/** Who has submitted; the housing office builds the draft and publishes (or corrects) from here. */
function SubmissionsOverview({ asOf, office }: { asOf: string; office: boolean }) {
  const queryClient = useQueryClient();
  const query = useSubmissions(asOf);
  const [correction, setCorrection] = useState('');
  const refresh = () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: ['bulletin', asOf] }),
      queryClient.invalidateQueries({ queryKey: ['bulletin-submissions', asOf] }),
      queryClient.invalidateQueries({ queryKey: ['bulletins'] }),
    ]);
  const draft = useMutation({
    mutationFn: async () => unwrap(api.POST('/v1/bulletins/{asOf}/draft', { params: { path: { asOf } } })),
    onSuccess: refresh,
  });
  const publish = useMutation({
    mutationFn: async (reason?: string) =>
      unwrap(
        api.POST('/v1/bulletins/{asOf}/publish', {
          params: { path: { asOf } },
          body: (reason ? { correction: reason } : {}) as never,
        }),
      ),
    onSuccess: async () => {
      setCorrection('');
      await refresh();
    },
  });
  if (query.isPending) return <Loading />;
  if (query.isError) return <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
  const data = query.data;
  const submitted = data.townships.filter((t) => t.submitted).length;
  const error = (draft.error ?? publish.error) as Error | null;
  return (
    <Card
      size="small"
      className="no-print"
      title={`报送情况：${submitted} / ${data.townships.length} 个乡镇（街道）已报送`}
      style={{ marginBottom: 12 }}
    >
      <div className="submission-grid" data-testid="submissions">
        {data.townships.map((t) => (
          <div key={t.township} className="submission-item">
            <span>{t.name}</span>
            {t.submitted ? (
              <StateTag tone="green">已报送{t.submission ? `（第${t.submission.version}次）` : ''}</StateTag>
            ) : (
              <StateTag tone="grey">未报送</StateTag>
            )}
          </div>
        ))}
      </div>
      {office && (
        <Space wrap style={{ marginTop: 12 }}>
          {!data.published && (
            <>
              <Button onClick={() => draft.mutate()} loading={draft.isPending}>
                生成草稿
              </Button>
              <Button
                type="primary"
                loading={publish.isPending}
                onClick={() =>
                  Modal.confirm({
                    title: `发布截至${dateText(asOf)}的通报？`,
                    content: `发布后本期报送截止，${data.townships.length - submitted}个未报送的乡镇将在通报中列明。已发布的通报不能修改，只能更正为新版本。`,
                    okText: '发布',
                    cancelText: '取消',
                    onOk: () => publish.mutateAsync(undefined),
                  })
                }
              >
                发布通报
              </Button>
            </>
          )}
          {data.published && (
            <>
              <label htmlFor="correction-reason">更正原因</label>
              <Input
                id="correction-reason"
                value={correction}
                onChange={(e) => setCorrection(e.target.value)}
                maxLength={500}
                style={{ width: 260 }}
              />
              <Button
                disabled={!correction.trim()}
                loading={publish.isPending}
                onClick={() => publish.mutate(correction.trim())}
              >
                发布更正版
              </Button>
            </>
          )}
        </Space>
      )}
      {error && <Alert type="error" showIcon title={error.message} style={{ marginTop: 8 }} />}
    </Card>
  );
}

function PublishedBulletin({ asOf, office }: { asOf: string; office: boolean }) {
  const query = useQuery({
    queryKey: ['bulletin', asOf],
    queryFn: async () =>
      (await unwrap(api.GET('/v1/bulletins/{asOf}', { params: { path: { asOf }, query: {} } }))) as unknown as Bulletin,
    retry: false,
  });
  if (query.isPending) return <Loading />;
  if (query.error instanceof ApiError && query.error.status === 404)
    return <EmptyState text={office ? '本期还没有草稿或已发布的通报' : '本期通报尚未发布'} />;
  if (query.isError) return <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
  return <BulletinDoc b={query.data} />;
}
