import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Card, Descriptions, Form, List, Progress, Select, Space, Statistic, Typography } from 'antd';
import { UploadOutlined } from '@ant-design/icons';
import { useRef, useState } from 'react';
import { api, unwrap } from '../../api/client';
import { ErrorState, Loading } from '../../layout/States';
import { postToBucket } from '../housing/upload';

interface ImportJob {
  importId: string;
  fileName: string;
  status: 'awaiting-upload' | 'checking' | 'needs-mapping' | 'checked' | 'loading' | 'loaded' | 'failed';
  format?: string;
  encoding?: string;
  columns?: string[];
  mapping?: Record<string, string>;
  missing?: string[];
  total?: number;
  processed?: number;
  dryRun?: Counts;
  loaded?: Counts;
  rejected?: { rowNumber: number; personId?: string; reasons: string[] }[];
  rejectedUrl?: string;
  error?: string;
  createdAt: string;
}
interface Counts {
  new: number;
  changed: number;
  unchanged: number;
  rejected: number;
}

const STATUS_TEXT: Record<ImportJob['status'], string> = {
  'awaiting-upload': '等待上传',
  checking: '正在核对',
  'needs-mapping': '需要对应列',
  checked: '核对完成，待确认',
  loading: '正在导入',
  loaded: '已导入',
  failed: '出错',
};

const FIELD_TEXT: Record<string, string> = {
  personId: '身份证号',
  name: '姓名',
  householdId: '户编号',
  township: '乡镇',
  village: '村',
  registeredFrom: '纳入日期',
  registeredUntil: '退出日期',
  birthDate: '出生日期',
  insuredYears: '参保年度',
  minimumLivingAllowance: '低保',
  lowIncomeFamily: '低收入家庭',
  extremelyPoor: '特困供养',
  severelyDisabled: '重度残疾',
  poorDisabledHousehold: '贫困残疾人家庭',
  sickOrDisabledChild: '病残儿童',
  stableExit: '稳定脱贫',
  excludedFromRangerPosts: '不宜选聘护林员',
};

function CountsView({ counts, testid }: { counts: Counts; testid: string }) {
  return (
    <Space wrap size="large" data-testid={testid}>
      <Statistic title="新增" value={counts.new} />
      <Statistic title="变更" value={counts.changed} />
      <Statistic title="无变化" value={counts.unchanged} />
      <Statistic
        title="不能导入"
        value={counts.rejected}
        styles={{ content: { color: counts.rejected ? '#b42318' : undefined } }}
      />
    </Space>
  );
}

function Mapping({ job }: { job: ImportJob }) {
  const client = useQueryClient();
  const [form] = Form.useForm<Record<string, string | undefined>>();
  const save = useMutation({
    mutationFn: (values: Record<string, string | undefined>) => {
      const mapping = Object.fromEntries(
        (job.columns ?? []).map((c, i) => [c, values[`c${i}`]]).filter(([, f]) => f),
      ) as Record<string, string>;
      return unwrap(
        api.PUT('/v1/roster/imports/{importId}/mapping', {
          params: { path: { importId: job.importId } },
          body: { mapping } as never,
        }),
      );
    },
    onSuccess: () => void client.invalidateQueries({ queryKey: ['import', job.importId] }),
  });
  const options = Object.entries(FIELD_TEXT).map(([value, label]) => ({ value, label }));
  // The required fields the last check found unmapped, less those the office has chosen since (live).
  const values = Form.useWatch([], form) as Record<string, string | undefined> | undefined;
  const chosen = new Set(Object.values(values ?? {}).map((f) => (f ? FIELD_TEXT[f] : undefined)));
  const stillMissing = (job.missing ?? []).filter((label) => !chosen.has(label));
  return (
    <Card size="small" title="对应列（本单位记住，下次自动使用）">
      {stillMissing.length > 0 && (
        <Alert type="warning" title={`还缺：${stillMissing.join('、')}`} style={{ marginBottom: 12 }} />
      )}
      <Form
        form={form}
        layout="vertical"
        className="field-grid"
        aria-label="对应列"
        initialValues={Object.fromEntries((job.columns ?? []).map((c, i) => [`c${i}`, job.mapping?.[c]]))}
        onFinish={(v) => save.mutate(v)}
      >
        {(job.columns ?? []).map((c, i) => (
          <Form.Item key={c} name={`c${i}`} label={`表格列「${c}」`}>
            <Select allowClear placeholder="不导入" options={options} virtual={false} />
          </Form.Item>
        ))}
        <Button type="primary" htmlType="submit" loading={save.isPending}>
          保存并重新核对
        </Button>
      </Form>
      {save.isError && <ErrorState error={save.error} />}
    </Card>
  );
}

function JobView({ importId }: { importId: string }) {
  const client = useQueryClient();
  const job = useQuery({
    queryKey: ['import', importId],
    queryFn: () =>
      unwrap(api.GET('/v1/roster/imports/{importId}', { params: { path: { importId } } })) as Promise<ImportJob>,
    refetchInterval: (q) => {
      const s = q.state.data?.status;
      return s === 'awaiting-upload' || s === 'checking' || s === 'loading' ? 1000 : false;
    },
  });
  const confirm = useMutation({
    mutationFn: () => unwrap(api.POST('/v1/roster/imports/{importId}/confirm', { params: { path: { importId } } })),
    onSuccess: () => void client.invalidateQueries({ queryKey: ['import', importId] }),
  });
  if (job.isPending) return <Loading />;
  if (job.isError) return <ErrorState error={job.error} onRetry={() => void job.refetch()} />;
  const j = job.data;
  const percent = j.total ? Math.floor(((j.processed ?? 0) / j.total) * 100) : 0;
  return (
    <Card
      size="small"
      title={`${j.fileName} · ${STATUS_TEXT[j.status]}`}
      data-testid="import-job"
      data-status={j.status}
    >
      <Space orientation="vertical" style={{ width: '100%' }}>
        {j.total !== undefined && (
          <Typography.Text>
            共 {j.total} 行
            {j.format === 'csv' ? `（CSV，${j.encoding === 'gb18030' ? 'GB18030 编码' : 'UTF-8 编码'}）` : '（Excel）'}
          </Typography.Text>
        )}
        {(j.status === 'checking' || j.status === 'loading') && <Progress percent={percent} aria-label="进度" />}
        {j.status === 'failed' && <Alert type="error" title={j.error ?? '出错'} />}
        {j.status === 'needs-mapping' && <Mapping job={j} />}
        {j.dryRun && (
          <>
            <Typography.Title level={2} className="section-title">
              核对结果（尚未导入）
            </Typography.Title>
            <CountsView counts={j.dryRun} testid="dry-run" />
          </>
        )}
        {j.rejected && j.rejected.length > 0 && (
          <>
            <List
              size="small"
              header={<strong>不能导入的行</strong>}
              dataSource={j.rejected}
              data-testid="rejected-rows"
              renderItem={(r) => (
                <List.Item>
                  <span>
                    第 {r.rowNumber} 行：{r.reasons.join('；')}
                  </span>
                </List.Item>
              )}
            />
            {j.rejectedUrl && (
              <a href={j.rejectedUrl} download>
                下载不能导入的行（Excel）
              </a>
            )}
          </>
        )}
        {j.status === 'checked' && (
          <Button
            type="primary"
            onClick={() => confirm.mutate()}
            loading={confirm.isPending}
            data-testid="confirm-import"
          >
            确认导入 {(j.dryRun?.new ?? 0) + (j.dryRun?.changed ?? 0)} 行
          </Button>
        )}
        {j.status === 'failed' && j.loaded && (
          <Button type="primary" onClick={() => confirm.mutate()} loading={confirm.isPending}>
            继续导入
          </Button>
        )}
        {confirm.isError && <ErrorState error={confirm.error} />}
        {j.loaded && (j.status === 'loaded' || j.status === 'loading') && (
          <>
            <Typography.Title level={2} className="section-title">
              {j.status === 'loaded' ? '导入结果' : '已导入'}
            </Typography.Title>
            <CountsView counts={j.loaded} testid="loaded" />
          </>
        )}
      </Space>
    </Card>
  );
}

/** 名单导入: upload an xlsx or CSV, map its columns once, see the dry run, confirm. */
export default function RosterImport() {
  const [importId, setImportId] = useState<string | undefined>();
  const [progress, setProgress] = useState<number | undefined>();
  const [picked, setPicked] = useState<string | undefined>();
  const picker = useRef<HTMLInputElement>(null);
  const start = useMutation({
    mutationFn: async (file: File) => {
      const created = (await unwrap(
        api.POST('/v1/roster/imports', { body: { fileName: file.name, size: file.size } }),
      )) as { job: ImportJob; upload: { url: string; fields: Record<string, string> } };
      setProgress(0);
      await postToBucket({ photoId: created.job.importId, ...created.upload }, file, setProgress);
      return created.job.importId;
    },
    onSuccess: (id) => {
      setProgress(undefined);
      setImportId(id);
    },
  });
  return (
    <div className="page">
      <Typography.Title level={1}>名单导入</Typography.Title>
      <Card size="small">
        <Space orientation="vertical">
          <Typography.Text>
            选择 Excel（.xlsx）或 CSV 文件（UTF-8 或 GB18030，Excel “另存为 CSV” 即可）。第一行为列标题。
          </Typography.Text>
          <Button type="primary" icon={<UploadOutlined />} onClick={() => picker.current?.click()}>
            选择名单文件
          </Button>
          {picked && <Typography.Text>已选：{picked}</Typography.Text>}
          <label className="skip-link" htmlFor="roster-file">
            名单文件
          </label>
          <input
            id="roster-file"
            ref={picker}
            hidden
            type="file"
            accept=".xlsx,.csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv"
            onChange={(e) => {
              const f = e.target.files?.[0];
              e.target.value = '';
              if (f) {
                setPicked(f.name);
                setImportId(undefined);
                start.mutate(f);
              }
            }}
          />
          {progress !== undefined && <Progress percent={Math.round(progress * 100)} aria-label="上传进度" />}
          {start.isError && <ErrorState error={start.error} />}
        </Space>
      </Card>
      {importId && (
        <div style={{ marginTop: 12 }}>
          <JobView importId={importId} />
        </div>
      )}
      <Descriptions size="small" style={{ marginTop: 12 }} column={1}>
        <Descriptions.Item label="说明">
          每个单位只能导入本单位负责的字段；同一文件导入两次不会产生任何变化；导入中断后可继续，不会重复。
        </Descriptions.Item>
      </Descriptions>
    </div>
  );
}
