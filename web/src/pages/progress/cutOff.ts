/** The cut-off the progress dashboard and the bulletin open on when the address names none. */
export const DEFAULT_CUT_OFF = '2019-08-15';

/** `GET /v1/reports/progress/{asOf}`: the dashboard's first request. */
export const progressReportPath = (asOf: string): string => `/v1/reports/progress/${encodeURIComponent(asOf)}`;
