import { ddb, tableNameFromEnv } from '../data/clients.js';
import { fenToYuan } from '../money.js';
import { lazy, rosterStore } from '../app/adapters.js';
import { DynamoDbEducationStore, type LedgerEntry } from './dynamodb-education-store.js';
import type { RosterLookup } from './use-cases.js';

export const educationStore = lazy(() => new DynamoDbEducationStore(ddb(), tableNameFromEnv()));
export const educationRoster = lazy(
  (): RosterLookup => ({
    person: (id) => rosterStore().getPerson(id),
  }),
);

export const entryView = (e: LedgerEntry): Record<string, unknown> => {
  const { requestHash: _h, ...rest } = e;
  return { ...rest, amount: fenToYuan(e.amount) };
};
