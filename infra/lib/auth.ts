import { Duration, RemovalPolicy } from 'aws-cdk-lib';
import {
  AccountRecovery,
  CfnUserPoolGroup,
  ClientAttributes,
  FeaturePlan,
  Mfa,
  OAuthScope,
  ResourceServerScope,
  StandardThreatProtectionMode,
  StringAttribute,
  UserPool,
  type UserPoolClient,
  type UserPoolDomain,
} from 'aws-cdk-lib/aws-cognito';
import { Construct } from 'constructs';
import { MACHINE_SCOPES, type MachineScope } from '../../shared/auth/identity.js';
import { ROLES } from '../../shared/auth/roles.js';
import { COGNITO_RESOURCE_SERVER, type IdentityConfig, resourceName, type StageConfig } from './config.js';

/**
 * What a signed-in user may change about themselves with their own access token (`UpdateUserAttributes`):
 * only their display name and language. Scope (`custom:township`, `custom:hospitalId`) and the e-mail that
 * account recovery goes to are set by administrators only (AdminUpdateUserAttributes, an IAM-authorised call);
 * without this list Cognito lets the user write every mutable attribute, so a clerk could move themselves to
 * another township (docs/security.md, finding 1).
 */
export const SELF_WRITABLE_ATTRIBUTES = new ClientAttributes().withStandardAttributes({ fullname: true, locale: true });

/**
 * The Cognito identity of a global-region stage (identity `cognito`; `oidc` stages build none of this).
 *
 * People: a Cognito user pool whose groups are the API's roles (one group per ROLES entry) and whose
 * custom attributes carry the scope (`custom:township`, `custom:hospitalId`). The handler middleware reads
 * both from the JWT claims the API Gateway authorizer passes on (shared/auth/roles.ts). Custom attributes
 * are in ID tokens only, so clients send the ID token (docs/deploy.md).
 */
export class Auth extends Construct {
  readonly userPool: UserPool;
  /** The web console's client: authorization code + PKCE, no secret. */
  readonly client: UserPoolClient;
  /** One confidential client per hospital billing system (client credentials), by label. */
  readonly machineClients: ReadonlyMap<string, UserPoolClient>;
  readonly domain: UserPoolDomain;

  constructor(
    scope: Construct,
    id: string,
    config: StageConfig & { identity: Extract<IdentityConfig, { kind: 'cognito' }> },
  ) {
    super(scope, id);
    this.userPool = new UserPool(this, 'Users', {
      userPoolName: resourceName(config, 'users'),
      selfSignUpEnabled: false,
      signInAliases: { username: true, email: true },
      customAttributes: {
        // Mutable: a clerk moves township, a billing account is re-pointed; the role stays a group.
        township: new StringAttribute({ minLen: 1, maxLen: 32, mutable: true }),
        hospitalId: new StringAttribute({ minLen: 1, maxLen: 64, mutable: true }),
      },
      passwordPolicy: {
        minLength: 12,
        requireDigits: true,
        requireLowercase: true,
        requireUppercase: true,
        requireSymbols: true,
        tempPasswordValidity: Duration.days(3),
      },
      // Officials see identity numbers and approve payments: TOTP for everyone, and threat protection
      // (compromised-credential and adaptive-authentication checks, which need the Plus feature plan).
      mfa: Mfa.REQUIRED,
      mfaSecondFactor: { otp: true, sms: false },
      featurePlan: FeaturePlan.PLUS,
      standardThreatProtectionMode: StandardThreatProtectionMode.FULL_FUNCTION,
      accountRecovery: AccountRecovery.EMAIL_ONLY,
      deletionProtection: config.retainData,
      removalPolicy: config.retainData ? RemovalPolicy.RETAIN : RemovalPolicy.DESTROY,
    });
    // Groups carry the role. Membership changes only through the Admin* APIs (IAM), and no group maps to an IAM
    // role, so being in a group grants no AWS credentials. A user in two role groups is refused by the API.
    for (const role of ROLES) {
      new CfnUserPoolGroup(this, `Group-${role}`, {
        userPoolId: this.userPool.userPoolId,
        groupName: role,
        description: `API role ${role}`,
      });
    }
    // Sign-in pages and the /oauth2/token endpoint machine clients call.
    this.domain = this.userPool.addDomain('Domain', { cognitoDomain: { domainPrefix: config.identity.domainPrefix } });

    // The API as OAuth resource servers. Cognito scope names cannot hold '/', so each scope family is its own
    // server (`zhalantun-api/claims` with `write`, `read`): tokens carry `zhalantun-api/claims/write`.
    const families = new Map<string, { name: MachineScope; action: string; description: string }[]>();
    for (const [name, description] of Object.entries(MACHINE_SCOPES) as [MachineScope, string][]) {
      const [family, action] = name.split('/') as [string, string];
      families.set(family, [...(families.get(family) ?? []), { name, action, description }]);
    }
    const oauthScopes = new Map<MachineScope, OAuthScope>();
    for (const [family, members] of families) {
      const scopes = members.map((m) => ({
        name: m.name,
        scope: new ResourceServerScope({ scopeName: m.action, scopeDescription: m.description }),
      }));
      const server = this.userPool.addResourceServer(`ResourceServer-${family}`, {
        identifier: `${COGNITO_RESOURCE_SERVER}/${family}`,
        userPoolResourceServerName: resourceName(config, `api-${family}`),
        scopes: scopes.map((x) => x.scope),
      });
      for (const x of scopes) oauthScopes.set(x.name, OAuthScope.resourceServer(server, x.scope));
    }

    this.client = this.userPool.addClient('Api', {
      authFlows: { userSrp: true },
      generateSecret: false,
      // The console signs people in with the authorization code grant and PKCE, redirecting only to its
      // own origins; no implicit grant.
      oAuth: {
        flows: { authorizationCodeGrant: true, implicitCodeGrant: false, clientCredentials: false },
        scopes: [OAuthScope.OPENID, OAuthScope.EMAIL, OAuthScope.PROFILE],
        callbackUrls: config.consoleOrigins.map((o) => `${o}/auth/callback`),
        logoutUrls: config.consoleOrigins.map((o) => `${o}/`),
      },
      accessTokenValidity: Duration.hours(1),
      idTokenValidity: Duration.hours(1),
      preventUserExistenceErrors: true,
      writeAttributes: SELF_WRITABLE_ATTRIBUTES,
    });

    // Hospital billing systems: confidential clients, client credentials only, hour-long access tokens.
    // No user, so no password and no MFA; the secret is the credential (docs/deploy.md "Machine clients").
    const machines = new Map<string, UserPoolClient>();
    for (const label of config.identity.machineClients) {
      machines.set(
        label,
        this.userPool.addClient(`Machine-${label}`, {
          userPoolClientName: resourceName(config, label),
          generateSecret: true,
          authFlows: {},
          oAuth: {
            flows: { clientCredentials: true, authorizationCodeGrant: false, implicitCodeGrant: false },
            scopes: [...oauthScopes.values()],
          },
          accessTokenValidity: Duration.hours(1),
          preventUserExistenceErrors: true,
          enableTokenRevocation: true,
          // A machine client has no user to write attributes of; the explicit list keeps every client alike.
          writeAttributes: SELF_WRITABLE_ATTRIBUTES,
        }),
      );
    }
    this.machineClients = machines;
  }
}
