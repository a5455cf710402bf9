import { apiHandler } from '../shared/http/api-handler.js';
import { PROGRESS_CONTRACTS } from '../shared/reports/progress-contracts.js';
import { progressDeps } from '../shared/app/progress.js';
import { readProgressReport, runProgressReport } from '../shared/reports/progress-run.js';

/** Builds (or finds unchanged) the report for `asOf` with the schedule's code, and answers it with its links. */
export const makeHandler = (deps = progressDeps) =>
  apiHandler(PROGRESS_CONTRACTS.run, async ({ body }) => {
    const run = await runProgressReport(deps(), body.asOf);
    const stored = await readProgressReport(deps(), body.asOf);
    return { status: 201, body: { ...stored, revision: run.revision, unchanged: run.unchanged } };
  });

export const handler = makeHandler();
