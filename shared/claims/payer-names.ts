/**
 * The Chinese name of each part of a settlement, in the plan's own words for the one-stop settlement
 * (H 三.(二).5.3): "基本医保、大病保险、医疗救助、商业健康补充保险、大病保障基金". One map for the health
 * report's files, the simulation's files and the console, so a payer reads the same on the slip, on screen
 * and in the bureau's spreadsheet. Browser-safe: no imports.
 */
export const PAYER_NAMES = {
  basicInsurance: '基本医保',
  criticalIllnessInsurance: '大病保险',
  medicalAssistance: '医疗救助',
  commercialInsurance: '商业健康补充保险',
  safetyNetFund: '大病保障基金',
  hospital: '医院承担',
  patient: '个人自付',
  financeDeliveryFee: '财政承担送药费',
} as const;

export type PayerField = keyof typeof PAYER_NAMES;
