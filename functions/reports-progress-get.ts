import { NotFoundError } from '../shared/errors.js';
import { apiHandler } from '../shared/http/api-handler.js';
import { PROGRESS_CONTRACTS } from '../shared/reports/progress-contracts.js';
import { progressDeps } from '../shared/reports/progress-deps.js';
import { readProgressReport } from '../shared/reports/progress-run.js';

export const makeHandler = (deps = progressDeps) =>
  apiHandler(PROGRESS_CONTRACTS.get, async ({ params, caller }) => {
    const report = await readProgressReport(deps(), params.asOf);
    if (!report) throw new NotFoundError(`No progress report for ${params.asOf}.`, 'report-not-found');
    if (caller.role !== 'township') return { status: 200, body: report };
    // Township staff see their own township's row; the files hold every township, so no links.
    const { files: _files, ...rest } = report;
    const townships = (report.townships as { township: string }[]).filter((t) => t.township === caller.township);
    return { status: 200, body: { ...rest, townships } };
  });

export const handler = makeHandler();
