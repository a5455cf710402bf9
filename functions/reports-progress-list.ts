import { apiHandler } from '../shared/http/api-handler.js';
import { PROGRESS_CONTRACTS } from '../shared/reports/progress-contracts.js';
import { progressDeps } from '../shared/app/progress.js';
import { PROGRESS_BASE } from '../shared/reports/progress-run.js';

export const makeHandler = (deps = progressDeps) =>
  apiHandler(PROGRESS_CONTRACTS.list, async () => ({
    status: 200,
    body: { reports: (await deps().reports.listIds(PROGRESS_BASE)).map((asOf) => ({ asOf })) },
  }));

export const handler = makeHandler();
