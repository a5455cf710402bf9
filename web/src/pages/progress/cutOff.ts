/** The cut-off the progress dashboard and the bulletin open on when the address names none. */
export const DEFAULT_CUT_OFF = '2019-08-15';

/** `GET /v1/reports/progress/{asOf}`: the dashboard's first request. */
export const progressReportPath = (asOf: string): string => `/v1/reports/progress/${encodeURIComponent(asOf)}`;

/** The dashboard's heading, e.g. "工程进度 · 截至2019年8月15日": the page renders it, and the entry paints it first. */
export const progressHeading = (asOf: string): string => {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(asOf);
  return `工程进度 · 截至${m ? `${Number(m[1])}年${Number(m[2])}月${Number(m[3])}日` : asOf}`;
};
