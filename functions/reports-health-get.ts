import { HEALTH_REPORT_CONTRACTS } from '../shared/reports/health-contracts.js';
import { healthReportDeps } from '../shared/app/reports.js';
import { NotFoundError } from '../shared/errors.js';
import { apiHandler } from '../shared/http/api-handler.js';
import { readHealthReport } from '../shared/reports/health-run.js';

export const makeHandler = (deps = healthReportDeps) =>
  apiHandler(HEALTH_REPORT_CONTRACTS.get, async ({ params }) => {
    const found = await readHealthReport(deps(), params.month);
    if (!found) throw new NotFoundError(`No health report for ${params.month}.`, 'report-not-found');
    return { status: 200, body: found };
  });

export const handler = makeHandler();
