/** One operation's example for docs/openapi.json: a real exchange, made synthetic (scripts/write-examples.ts). */
export interface OperationExample {
  /** The status the example answer was sent with. */
  status: number;
  params?: Record<string, string>;
  query?: Record<string, string>;
  request?: unknown;
  response?: unknown;
}
