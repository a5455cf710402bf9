import { fromEnv } from '@aws-sdk/credential-provider-env';

/**
 * What a function bundle gets in place of `@aws-sdk/credential-provider-node` (infra/lib/bundling.ts aliases it):
 * Lambda hands a function its role's credentials in the environment (AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY,
 * AWS_SESSION_TOKEN), the first link of the SDK's default chain, so the other links (SSO, profiles, processes,
 * web identity, instance metadata) never run there. They are ~85 KiB of every bundle (the STS, SSO, OIDC and
 * sign-in clients they build), read and parsed at every cold start (docs/performance.md). Only bundles are
 * aliased: tests, scripts and the local stack keep the whole chain.
 */
export const defaultProvider = (init: Parameters<typeof fromEnv>[0] = {}): ReturnType<typeof fromEnv> => fromEnv(init);

type Credentials = Awaited<ReturnType<ReturnType<typeof fromEnv>>>;

/** The same contract as the default chain's exports of these names. */
export const credentialsWillNeedRefresh = (credentials: Credentials): boolean => credentials?.expiration !== undefined;
export const credentialsTreatedAsExpired = (credentials: Credentials): boolean =>
  credentials?.expiration !== undefined && credentials.expiration.getTime() - Date.now() < 300_000;
