/**
 * The page-token key (shared/http/page-token.ts). Locally the stack sets `PAGE_TOKEN_KEY`; in AWS the function
 * is given the ARN of a generated Secrets Manager secret (`PAGE_TOKEN_SECRET_ARN`, a name, not the value) and
 * reads it once per container through the AWS Parameters and Secrets Lambda Extension on localhost, so no
 * Secrets Manager client is bundled.
 */
let cached: Promise<Uint8Array> | undefined;

export function pageTokenKey(): Promise<Uint8Array> {
  cached ??= load().catch((error: unknown) => {
    cached = undefined;
    throw error;
  });
  return cached;
}

async function load(): Promise<Uint8Array> {
  const local = process.env.PAGE_TOKEN_KEY;
  if (local) return Buffer.from(local, 'utf8');
  const arn = process.env.PAGE_TOKEN_SECRET_ARN;
  if (!arn) throw new Error('Neither PAGE_TOKEN_KEY nor PAGE_TOKEN_SECRET_ARN is set');
  const port = process.env.PARAMETERS_SECRETS_EXTENSION_HTTP_PORT ?? '2773';
  const response = await fetch(`http://localhost:${port}/secretsmanager/get?secretId=${encodeURIComponent(arn)}`, {
    headers: { 'X-Aws-Parameters-Secrets-Token': process.env.AWS_SESSION_TOKEN ?? '' },
    signal: AbortSignal.timeout(2000),
  });
  if (!response.ok) throw new Error(`The page-token secret could not be read (${response.status})`);
  const body = (await response.json()) as { SecretString?: string };
  if (!body.SecretString) throw new Error('The page-token secret is empty');
  return Buffer.from(body.SecretString, 'utf8');
}
