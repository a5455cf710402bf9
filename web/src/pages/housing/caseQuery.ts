/** The case list's page size and its first request, shared by the list (data.ts) and the early start (registry). */
export const CASES_PAGE_SIZE = 100;

/** `GET /v1/housing/cases` of one township, first page, no filter: exactly as the typed client writes it. */
export const firstCasesPath = (township: string): string =>
  `/v1/housing/cases?township=${encodeURIComponent(township)}&limit=${CASES_PAGE_SIZE}`;

/** The case list's heading, e.g. "危房改造档案 · 中和镇": the page renders it, and the entry paints it first. */
export const caseListHeading = (townshipName?: string): string =>
  `危房改造档案${townshipName ? ` · ${townshipName}` : ''}`;
