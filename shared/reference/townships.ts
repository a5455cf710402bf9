import type { Township } from './types.js';

/** The 16 townships and street offices in the reference order of docs/rules.md §1. Codes are stable pinyin. */
export const TOWNSHIPS: readonly Township[] = [
  { code: 'chengjisihan', name: '成吉思汗镇' },
  { code: 'zhonghe', name: '中和镇' },
  { code: 'moguqi', name: '蘑菇气镇' },
  { code: 'dahewan', name: '大河湾镇' },
  { code: 'woniuhe', name: '卧牛河镇' },
  { code: 'haduohe', name: '哈多河镇' },
  { code: 'chaihe', name: '柴河镇' },
  { code: 'haoraoshan', name: '浩饶山镇' },
  { code: 'wadi', name: '洼堤乡' },
  { code: 'nanmu', name: '南木鄂伦春民族乡' },
  { code: 'dawoer', name: '达斡尔民族乡' },
  { code: 'samajie', name: '萨马街鄂温克民族乡' },
  { code: 'gaotaizi', name: '高台子街道' },
  { code: 'tiedong', name: '铁东街道' },
  { code: 'hexi', name: '河西街道' },
  { code: 'xiangyang', name: '向阳街道' },
];

export const TOWNSHIP_CODES = TOWNSHIPS.map((t) => t.code) as [string, ...string[]];

const byCode = new Map(TOWNSHIPS.map((t) => [t.code, t]));
export const townshipByCode = (code: string): Township | undefined => byCode.get(code);

/**
 * Township codes in code order: the shards of the index partitions split by township (a city-wide listing
 * reads them in this order, so it keeps the order of the `<township>#<id>` sort keys).
 */
export const TOWNSHIP_SHARDS: readonly string[] = [...TOWNSHIP_CODES].sort();
