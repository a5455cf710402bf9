import type { Role } from '@shared/auth/roles';
import { TOWNSHIPS } from '@shared/reference/townships';

/** Chinese names of the codes the API uses (roles, programmes, stages, steps, grades, modes, photo kinds). */
export const ROLE_NAMES: Record<Role, string> = {
  hospital: '定点医疗机构',
  township: '乡镇（街道）',
  'poverty-office': '市扶贫办',
  'insurance-bureau': '市医保局',
  'health-commission': '市卫健委',
  'housing-office': '市危改办',
  'education-bureau': '市教育局',
  'forestry-bureau': '市林草局',
  finance: '市财政局',
  'civil-affairs': '市民政局',
  'disabled-federation': '市残联',
  audit: '审计',
};

export const PROGRAMME_NAMES: Record<string, string> = {
  R1: '建档立卡贫困户危房改造',
  R2: '四类重点对象危房改造（五保、低保、贫困残疾人）',
};
export const PROGRAMME_SHORT: Record<string, string> = { R1: '建档立卡', R2: '四类重点对象' };

export const GRADE_NAMES: Record<string, string> = { C: 'C级', D: 'D级', 'no-house': '无房户', none: '非危房' };

export const MODE_NAMES: Record<string, string> = {
  'self-build': '自建',
  'government-backed': '政府兜底',
  'mutual-aid': '互助建房',
  repair: '维修加固',
};

/** The step each status has completed (what the case list shows as 当前环节). */
export const STATUS_NAMES: Record<string, string> = {
  applied: '已申请',
  'village-reviewed': '村评议通过',
  'village-noticed': '村公示结束',
  'township-reviewed': '乡镇审核通过',
  'township-noticed': '乡镇公示结束',
  'identity-checked': '身份核实通过',
  appraised: '已鉴定',
  approved: '已审批',
  'agreement-signed': '已签协议',
  'moved-out': '已搬离',
  'under-construction': '施工中',
  'preliminary-accepted': '乡镇初验通过',
  'final-accepted': '竣工验收通过',
  paid: '补助已拨付',
  returned: '已退回',
  refused: '拒绝改造',
  'not-dangerous': '鉴定非危房',
  'subsidy-cancelled': '超面积取消补助',
};

export const STEP_NAMES: Record<string, string> = {
  applied: '提出申请',
  'village-review': '村民代表评议',
  'village-notice': '村内公示',
  'township-review': '乡镇审核',
  'township-notice': '乡镇公示',
  'identity-check': '身份核实',
  appraisal: '危房鉴定',
  approval: '市危改办审批',
  agreement: '签订改造协议',
  'moved-out': '搬离原房',
  'construction-start': '开工',
  'preliminary-acceptance': '乡镇初验',
  'final-acceptance': '竣工验收',
  payment: '拨付补助',
  return: '退回',
  refuse: '拒绝改造',
};

export const PHOTO_KIND_NAMES: Record<string, string> = {
  before: '改造前',
  after: '改造后',
  householder: '户主',
  application: '申请表',
  'identity-proof': '身份证明',
  'welfare-certificate': '五保证/低保证/残疾证',
  'income-proof': '收入证明',
  'appraisal-report': '鉴定报告',
  approval: '审批表',
  agreement: '建房协议',
};

export const PHOTO_STATUS_NAMES: Record<string, string> = { pending: '检查中', accepted: '已通过', rejected: '未通过' };

export const TOWNSHIP_NAMES: Record<string, string> = Object.fromEntries(TOWNSHIPS.map((t) => [t.code, t.name]));
export const townshipName = (code: string | undefined): string => (code ? (TOWNSHIP_NAMES[code] ?? code) : '—');
export const roleName = (role: string | undefined): string => (role ? (ROLE_NAMES[role as Role] ?? role) : '—');

/** Education aid (教育扶贫): payment types, stages and families (docs/education.md). */
export const EDUCATION_PAYMENT_NAMES: Record<string, string> = {
  'university-aid': '大学生资助',
  'milk-subsidy': '一杯奶补助',
  'hardship-aid': '临时救助',
};
export const STAGE_NAMES: Record<string, string> = {
  preschool: '学前教育',
  compulsory: '义务教育',
  'high-school': '高中阶段',
  'university-bachelor': '大学本科',
  'university-junior-college': '大学专科',
};
export const FAMILY_NAMES: Record<string, string> = {
  'registered-poor': '建档立卡贫困户',
  'minimum-living-allowance': '低保户',
  orphan: '孤儿',
};
export const RANGER_STATUS_NAMES: Record<string, string> = { active: '在岗', released: '已解聘' };
