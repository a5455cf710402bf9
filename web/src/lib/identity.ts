import { identityProblem } from '@shared/identity/gb11643';

/**
 * Live check of an identity number as typed: 18 characters with a correct GB 11643 check character. Its own
 * module so the education and ranger pages do not pull the hospital desk (and the claims policy) with it.
 */
export function identityHint(value: string | undefined): string | undefined {
  if (!value) return undefined;
  const v = value.trim().toUpperCase();
  if (v.length < 18) return `还差 ${18 - v.length} 位`;
  const problem = identityProblem(v);
  if (problem === 'format') return '应为 17 位数字加 1 位校验码（0–9 或 X）';
  if (problem === 'check-character') return '校验码不对，请核对身份证号';
  return undefined;
}
