import { Aws } from 'aws-cdk-lib';
import type { Construct } from 'constructs';
import { Auth } from './auth.js';
import { claimNamesOf, scopePrefixOf, type StageConfig } from './config.js';

/**
 * The stage's identity provider, as the rest of the stack sees it: the issuer and audiences the HTTP API's
 * JWT authorizer checks, and the claim names every function reads. `cognito` builds the user pool (Auth);
 * `oidc` builds nothing — the issuer (the province's identity platform, Keycloak, Authing…) is outside the
 * stack. Nothing else in the stack or the code branches on which it is. (Not a construct of its own, so
 * the user pool keeps its place `Auth/…` in the stack and its logical ids.)
 */
export class Identity {
  readonly issuer: string;
  readonly audiences: string[];
  /** Environment of every function: the claim names of this issuer and its prefix before our scopes. */
  readonly functionEnvironment: Record<string, string>;
  /** Set only for `cognito` stages. */
  readonly cognito?: Auth;

  constructor(scope: Construct, config: StageConfig) {
    const identity = config.identity;
    if (identity.kind === 'cognito') {
      const auth = new Auth(scope, 'Auth', { ...config, identity });
      this.cognito = auth;
      // Built from parts rather than the pool's ProviderURL so that it also holds in aws-cn (amazonaws.com.cn).
      this.issuer = `https://cognito-idp.${Aws.REGION}.${Aws.URL_SUFFIX}/${auth.userPool.userPoolId}`;
      // Cognito access tokens carry no `aud`; the authorizer then matches `client_id` against this list, so
      // every machine client's id is listed with the console's.
      this.audiences = [
        auth.client.userPoolClientId,
        ...[...auth.machineClients.values()].map((c) => c.userPoolClientId),
      ];
    } else {
      this.issuer = identity.issuer;
      this.audiences = identity.audiences;
    }
    const claims = claimNamesOf(identity);
    this.functionEnvironment = {
      CLAIM_ROLE: claims.role,
      CLAIM_TOWNSHIP: claims.township,
      CLAIM_HOSPITAL: claims.hospital,
      CLAIM_CLIENT_ID: claims.clientId,
      CLAIM_SCOPE: claims.scope,
      SCOPE_PREFIX: scopePrefixOf(identity),
    };
  }
}
