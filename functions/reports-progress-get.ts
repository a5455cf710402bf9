import { NotFoundError } from '../shared/errors.js';
import { apiHandler } from '../shared/http/api-handler.js';
import { PROGRESS_CONTRACTS } from '../shared/reports/progress-contracts.js';
import { progressDeps } from '../shared/app/progress.js';
import { readProgressReport, townshipView } from '../shared/reports/progress-run.js';

/** The latest revision of a cut-off's report; township staff get their own township's view (docs/reports.md). */
export const makeHandler = (deps = progressDeps) =>
  apiHandler(PROGRESS_CONTRACTS.get, async ({ params, caller }) => {
    const report = await readProgressReport(deps(), params.asOf);
    if (!report) throw new NotFoundError(`No progress report for ${params.asOf}.`, 'report-not-found');
    return { status: 200, body: caller.role === 'township' ? townshipView(report, caller.township ?? '') : report };
  });

export const handler = makeHandler();
