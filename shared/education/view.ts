import { fenToYuan } from '../money.js';
import type { LedgerEntry } from './ports.js';

/** A ledger entry as the API shows it: yuan, without the request hash. */
export const entryView = (e: LedgerEntry): Record<string, unknown> => {
  const { requestHash: _h, ...rest } = e;
  return { ...rest, amount: fenToYuan(e.amount) };
};
