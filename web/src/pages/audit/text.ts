/**
 * The audit page's words (docs/audit.md "Reading the audit page"): what each entity, action and finding is
 * called in Chinese, and how times and hashes are shown. Pure, so a unit test holds it to the server's codes.
 */

/** The things whose history can be looked up, with how their id is written. */
export const ENTITIES = [
  { value: 'claim', label: '结算单', help: '医疗机构编号/结算单号，如 zlt-peoples/C-2019-0001' },
  { value: 'case', label: '危房改造档案', help: '档案编号' },
  { value: 'student', label: '受助学生', help: '学生身份证号' },
  { value: 'post', label: '护林员岗位', help: '乡镇代码/岗位号，如 dawoer/3' },
  { value: 'refund-account', label: '年度退费账户', help: '身份证号/年度，如 152127…/2019' },
  { value: 'photo', label: '档案照片', help: '档案编号/照片编号' },
  { value: 'hospital', label: '医疗机构登记', help: '医疗机构编号，如 zlt-peoples' },
  { value: 'roster', label: '名单加载或导入', help: '人员记录的 changedIn，如 import/RI-… 或 load/…' },
] as const;

export type EntityCode = (typeof ENTITIES)[number]['value'];

const ENTITY_NAMES: Record<string, string> = {
  ...Object.fromEntries(ENTITIES.map((e) => [e.value, e.label])),
  person: '人员名单记录',
  chain: '整条记录链',
};
export const entityName = (code: string): string => ENTITY_NAMES[code] ?? code;

const ACTION_NAMES: Record<string, string> = {
  'claim.settled': '结算',
  'claim.voided': '作废结算',
  'reconciliation.line': '年度封顶核算退费',
  'case.applied': '立档申请',
  'photo.accepted': '照片审核通过',
  'photo.rejected': '照片审核未通过',
  'education.payment': '发放教育资助',
  'education.opening-balance': '登记已享资助（期初）',
  'ranger.hired': '聘用护林员',
  'ranger.released': '解聘护林员',
  'ranger.paid': '发放护林员工资',
  'hospital.registered': '医疗机构登记变更',
  'roster.loaded': '名单加载',
  'roster.imported': '名单导入',
};

/**
 * An action's Chinese name; `case.<step>` takes the step's name from `steps` (the case pages' own list,
 * i18n/labels.ts STEP_NAMES, passed in so this module stays free of the console's imports).
 */
export function actionName(action: string, steps: Record<string, string> = {}): string {
  const known = ACTION_NAMES[action];
  if (known) return known;
  const step = /^case\.(.+)$/.exec(action)?.[1];
  if (step && steps[step]) return `档案：${steps[step]}`;
  return action;
}

/** Facts a record's summary may hold; amounts are in fen. */
const SUMMARY_NAMES: Record<string, string> = {
  amount: '金额（元）',
  refunded: '退还（元）',
  recoverable: '应追回（元）',
  month: '月份',
  days: '在岗天数',
  paymentId: '支付单号',
  type: '资助类型',
  paidOn: '发放日期',
  seq: '步骤序号',
  on: '办理日期',
  status: '状态',
  decidedOn: '审核日期',
  office: '加载单位',
  persons: '人数',
  created: '新增',
  changed: '变更',
};
const FEN_KEYS = new Set(['amount', 'refunded', 'recoverable']);
const yuan = new Intl.NumberFormat('zh-CN', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

export function summaryEntries(summary: Record<string, string | number | boolean> | undefined): [string, string][] {
  return Object.entries(summary ?? {}).map(([k, v]) => [
    SUMMARY_NAMES[k] ?? k,
    typeof v === 'number' && FEN_KEYS.has(k)
      ? yuan.format(v / 100)
      : typeof v === 'boolean'
        ? v
          ? '是'
          : '否'
        : String(v),
  ]);
}

/** An instant as 2019年8月15日 14:03, in Beijing time whatever the browser's zone. */
export function timeText(iso: string): string {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Asia/Shanghai',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(new Date(iso));
  const p = (t: string) => parts.find((x) => x.type === t)?.value ?? '';
  return `${p('year')}年${Number(p('month'))}月${Number(p('day'))}日 ${p('hour')}:${p('minute')}`;
}

/** A hash abbreviated to its first 8 and last 4 hex digits (the full one is copied). */
export const shortHash = (hash: string | null): string =>
  hash === null ? '已删除' : hash.length > 16 ? `${hash.slice(0, 8)}…${hash.slice(-4)}` : hash;

/**
 * A verify finding in Chinese. The server's reason is English (docs/audit.md "Verify"); each of its forms is
 * translated here, and an unknown one is shown as it is.
 */
export function reasonText(reason: string, name: (action: string) => string = actionName): string {
  let m = /^(.+) no longer matches record (\d+) \(([^)]+)\)/.exec(reason);
  if (m) return `${m[1]} 与第 ${m[2]} 条记录（${name(m[3] as string)}）登记的内容不符，存储的数据已被改动`;
  m = /^(.+) was deleted \(record (\d+), ([^,]+),/.exec(reason);
  if (m) return `${m[1]} 已被删除（第 ${m[2]} 条记录，${name(m[3] as string)}）`;
  m = /^(.+): the person it names is no longer on the roster$/.exec(reason);
  if (m) return `${m[1]} 所指的人员已不在名单中`;
  m = /^record (\d+)(?:–(\d+))? missing before record (\d+)/.exec(reason);
  if (m) return `第 ${m[1]}${m[2] ? `–${m[2]}` : ''} 条记录缺失（在第 ${m[3]} 条之前）`;
  m = /^record (\d+) \(([^)]+)\) was altered$/.exec(reason);
  if (m) return `第 ${m[1]} 条记录（${name(m[2] as string)}）被改动`;
  m = /^record (\d+) does not link to record (\d+)$/.exec(reason);
  if (m) return `第 ${m[1]} 条记录未链接到第 ${m[2]} 条`;
  m = /^record (\d+) differs from the locked digest$/.exec(reason);
  if (m) return `第 ${m[1]} 条记录与每日锁定摘要不符`;
  m = /^record (\d+) of the locked digest is gone \(the chain ends at (\d+)\)$/.exec(reason);
  if (m) return `每日锁定摘要中的第 ${m[1]} 条记录已不存在（记录链止于第 ${m[2]} 条），记录链被回滚`;
  m = /^the head \(record (\d+)\) is not the last record \((\d+)\)$/.exec(reason);
  if (m) return `链头指向第 ${m[1]} 条记录，但最后一条是第 ${m[2]} 条`;
  if (reason === 'the head is gone') return '链头已被删除';
  if (reason === 'the chain in the locked digest is gone') return '每日锁定摘要中的这条记录链已不存在';
  return reason;
}
