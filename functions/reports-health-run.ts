import { HEALTH_REPORT_CONTRACTS } from '../shared/reports/health-contracts.js';
import { healthReportDeps } from '../shared/app/reports.js';
import { apiHandler } from '../shared/http/api-handler.js';
import { runHealthReport } from '../shared/reports/health-run.js';

export const makeHandler = (deps = healthReportDeps) =>
  apiHandler(HEALTH_REPORT_CONTRACTS.run, async ({ params }) => ({
    status: 201,
    body: await runHealthReport(deps(), params.month),
  }));

export const handler = makeHandler();
