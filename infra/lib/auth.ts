import { Duration, RemovalPolicy } from 'aws-cdk-lib';
import {
  AccountRecovery,
  CfnUserPoolGroup,
  ClientAttributes,
  FeaturePlan,
  Mfa,
  StandardThreatProtectionMode,
  StringAttribute,
  UserPool,
  UserPoolClient,
} from 'aws-cdk-lib/aws-cognito';
import { Construct } from 'constructs';
import { ROLES } from '../../shared/auth/roles.js';
import { resourceName, type StageConfig } from './config.js';

/**
 * What a signed-in user may change about themselves with their own access token (`UpdateUserAttributes`):
 * only their display name and language. Scope (`custom:township`, `custom:hospitalId`) and the e-mail that
 * account recovery goes to are set by administrators only (AdminUpdateUserAttributes, an IAM-authorised call);
 * without this list Cognito lets the user write every mutable attribute, so a clerk could move themselves to
 * another township (docs/security.md, finding 1).
 */
export const SELF_WRITABLE_ATTRIBUTES = new ClientAttributes().withStandardAttributes({ fullname: true, locale: true });

/**
 * Who may call: a Cognito user pool whose groups are the API's roles (one group per ROLES entry) and whose
 * custom attributes carry the scope (`custom:township`, `custom:hospitalId`). The handler middleware reads
 * both from the JWT claims the API Gateway authorizer passes on (shared/auth/roles.ts). Custom attributes
 * are in ID tokens only, so clients send the ID token (docs/deploy.md).
 */
export class Auth extends Construct {
  readonly userPool: UserPool;
  readonly client: UserPoolClient;

  constructor(scope: Construct, id: string, config: StageConfig) {
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
    this.client = this.userPool.addClient('Api', {
      authFlows: { userSrp: true },
      generateSecret: false,
      // No hosted UI or redirect flows: CDK's default would allow the implicit grant to https://example.com.
      disableOAuth: true,
      accessTokenValidity: Duration.hours(1),
      idTokenValidity: Duration.hours(1),
      preventUserExistenceErrors: true,
      writeAttributes: SELF_WRITABLE_ATTRIBUTES,
    });
  }
}
