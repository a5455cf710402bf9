/** Display formats (docs/web.md): dates as 2019年8月15日 in text, YYYY-MM-DD in inputs; money with two decimals. */
export function dateText(iso: string | undefined | null): string {
  if (!iso) return '—';
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!m) return iso;
  return `${Number(m[1])}年${Number(m[2])}月${Number(m[3])}日`;
}

// Made on first use: creating an Intl formatter loads the locale's data, which a phone should not pay for while the
// console starts (the case list shows no money).
let yuanFormat: Intl.NumberFormat | undefined;
let countFormat: Intl.NumberFormat | undefined;
let shanghaiDate: Intl.DateTimeFormat | undefined;

/** 12345.6 → "12,345.60" (yuan). */
export const yuanText = (yuan: number | undefined | null): string => {
  if (typeof yuan !== 'number') return '—';
  yuanFormat ??= new Intl.NumberFormat('zh-CN', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  return yuanFormat.format(yuan);
};
export const countText = (n: number | undefined | null): string => {
  if (typeof n !== 'number') return '—';
  countFormat ??= new Intl.NumberFormat('zh-CN', { maximumFractionDigits: 0 });
  return countFormat.format(n);
};
export const percentText = (ratio: number | undefined | null): string =>
  typeof ratio === 'number' ? `${(ratio * 100).toFixed(1)}%` : '—';

/** Today in Asia/Shanghai as YYYY-MM-DD (the server dates every step in Shanghai time). */
export function todayIso(): string {
  shanghaiDate ??= new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' });
  return shanghaiDate.format(new Date());
}
