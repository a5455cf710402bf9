import { PAYER_NAMES as SETTLEMENT_PAYERS } from '@shared/claims/payer-names';

/** Chinese names of the settlement's payers (the reports' names) and amounts (docs/claims-engine.md). */
export const PAYER_NAMES: Record<string, string> = {
  total: '医疗总费用',
  compliant: '合规费用',
  ...SETTLEMENT_PAYERS,
  none: '说明',
};

/** The payers that share a claim's total, in the order of the slip. */
export const SLIP_PAYERS = [
  'basicInsurance',
  'criticalIllnessInsurance',
  'medicalAssistance',
  'commercialInsurance',
  'safetyNetFund',
  'hospital',
  'patient',
] as const;

export const RULE_NAMES: Record<string, string> = {
  standard: '普通报销',
  'basic-insurance': '基本医保报销',
  'cataract-programme': '白内障复明工程（个人零负担）',
  'cataract-programme-limit': '白内障复明工程限额',
  'chronic-basic-insurance': '慢病门诊基本医保',
  'chronic-certification': '慢病认定',
  'chronic-delivery': '慢病送药上门',
  'chronic-not-applicable': '非认定慢病',
  'chronic-outpatient': '慢病门诊',
  'chronic-patient-share': '慢病个人负担',
  'chronic-safety-net': '慢病兜底',
  'compliant-cost': '合规费用',
  deductible: '起付线',
  'critical-illness': '大病保险',
  'delivery-fee': '送药费',
  'hospital-excess': '超范围费用（医院承担）',
  'insurance-bureau': '医保局',
  'major-disease': '重大疾病（定点救治）',
  'major-disease-ceiling': '重大疾病个人自付封顶',
  'no-policy': '无适用政策',
  'out-of-catalogue': '目录外费用',
  'out-of-catalogue-limit': '目录外费用比例限制',
  'outpatient-basic-insurance': '门诊基本医保',
  'outpatient-other-level': '其他医疗机构门诊',
  'patient-excess': '超范围费用（个人承担）',
  'patient-self-pay': '个人自付',
  'patient-share': '个人负担',
  'policy-range-floor': '政策范围内报销不低于75%',
  'self-pay-cap': '个人年度自付封顶',
  'target-share': '目标报销比例',
  'tilt-eligibility': '贫困人口倾斜政策',
  'top-up': '兜底补足',
  'township-outpatient': '乡镇卫生院门诊',
};

export const ruleName = (rule: string): string => RULE_NAMES[rule] ?? rule;
export const payerName = (payer: string): string => PAYER_NAMES[payer] ?? payer;

export const KIND_NAMES: Record<string, string> = {
  inpatient: '住院',
  outpatient: '门诊',
  'chronic-outpatient': '慢病门诊',
};

/**
 * A rule step's clause as the slip prints it: the clauses of 扎政办字〔2019〕27号 as they are, and the scheme
 * numbers the city's documents leave to the local insurance scheme (labelled local defaults, docs/rules.md
 * §2.3) as 本地默认参数.
 */
export function clauseText(clause: string): string {
  const parts = clause
    .split(/;\s*/)
    .map((p) => p.trim())
    .filter(Boolean)
    .map((p) => (/local default|docs\/rules\.md/i.test(p) ? '本地默认参数' : p));
  return [...new Set(parts)].join('；');
}

/** Hospital levels (the settlement's levels, H 三.(二).5.6)). */
export const LEVEL_NAMES: Record<string, string> = {
  township: '乡镇级',
  county: '县级',
  prefecture: '地市级',
  region: '自治区级',
  outside: '区外',
};
export const levelName = (level: string): string => LEVEL_NAMES[level] ?? level;
