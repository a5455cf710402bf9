/**
 * Timeouts of every AWS SDK client (DynamoDB, S3). Without them a frozen database holds a request until the
 * function is killed. A connection must open within 1 s and an attempt answer within 2 s; with the
 * SDK's 3 attempts a dead dependency is given up on after about 6.5 s, inside the API functions' 10 s, and
 * the request is answered 503 `unavailable` with Retry-After (shared/http/error-mapper.ts). The function's
 * own remaining time bounds it too: apiHandler answers 1 s before the Lambda timeout whatever the SDK does.
 */
export const SDK_CONNECTION_TIMEOUT_MS = 1000;
export const SDK_REQUEST_TIMEOUT_MS = 2000;
export const SDK_MAX_ATTEMPTS = 3;

/**
 * Lambda leaves SDK_CONNECTION_TIMEOUT_MS and SDK_REQUEST_TIMEOUT_MS unset and gets the values above. The local
 * stack raises them: DynamoDB Local is a JVM sharing a small machine with the test suites, where a burst of 50
 * transactions on one item can take seconds to connect and answer, which in DynamoDB takes milliseconds. The
 * function's own deadline still bounds every request.
 */
const fromEnv = (name: string, fallback: number): number => {
  const configured = Number(process.env[name]);
  return Number.isInteger(configured) && configured > 0 ? configured : fallback;
};

export const sdkClientConfig = (endpoint?: string) => ({
  ...(endpoint ? { endpoint } : {}),
  maxAttempts: SDK_MAX_ATTEMPTS,
  requestHandler: {
    connectionTimeout: fromEnv('SDK_CONNECTION_TIMEOUT_MS', SDK_CONNECTION_TIMEOUT_MS),
    requestTimeout: fromEnv('SDK_REQUEST_TIMEOUT_MS', SDK_REQUEST_TIMEOUT_MS),
    // Without it, this SDK version only logs a warning when requestTimeout passes and keeps waiting.
    throwOnRequestTimeout: true,
  },
});
