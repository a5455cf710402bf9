import { Aws, Duration, RemovalPolicy } from 'aws-cdk-lib';
import { AttributeType, Billing, TableEncryptionV2, TableV2 } from 'aws-cdk-lib/aws-dynamodb';
import { BlockPublicAccess, Bucket, BucketEncryption, ObjectLockRetention, ObjectOwnership } from 'aws-cdk-lib/aws-s3';
import { Secret } from 'aws-cdk-lib/aws-secretsmanager';
import { Construct } from 'constructs';
import { bucketBaseName, MAIN_TABLE, tableName } from '../../shared/data/tables.js';
import { resourceName, type StageConfig } from './config.js';
import { acknowledge } from './nag.js';

/**
 * The stateful resources, kept apart from the stateless ones: the main table (from the one shared
 * definition the local stack also uses) and the private files bucket (housing photos, report files).
 * Their safe defaults live here and only here; both survive a stack deletion.
 */
export class Data extends Construct {
  readonly table: TableV2;
  readonly bucket: Bucket;
  readonly auditBucket: Bucket;
  readonly pageTokenSecret: Secret;

  constructor(scope: Construct, id: string, config: StageConfig) {
    super(scope, id);
    const removalPolicy = config.retainData ? RemovalPolicy.RETAIN : RemovalPolicy.DESTROY;

    this.table = new TableV2(this, 'Main', {
      tableName: tableName(config.stage, MAIN_TABLE),
      partitionKey: { name: MAIN_TABLE.partitionKey, type: AttributeType.STRING },
      sortKey: { name: MAIN_TABLE.sortKey, type: AttributeType.STRING },
      globalSecondaryIndexes: MAIN_TABLE.indexes.map((i) => ({
        indexName: i.indexName,
        partitionKey: { name: i.partitionKey, type: AttributeType.STRING },
        sortKey: { name: i.sortKey, type: AttributeType.STRING },
      })),
      billing: Billing.onDemand(),
      pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true },
      deletionProtection: true,
      encryption: TableEncryptionV2.awsManagedKey(),
      removalPolicy,
    });

    // Server access logs must go to an SSE-S3 bucket in the same account and region; it logs nowhere itself.
    const accessLogs = new Bucket(this, 'AccessLogs', {
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      encryption: BucketEncryption.S3_MANAGED,
      enforceSSL: true,
      objectOwnership: ObjectOwnership.BUCKET_OWNER_ENFORCED,
      lifecycleRules: [{ expiration: Duration.days(Math.max(365, config.logRetentionDays)) }],
      removalPolicy,
    });
    acknowledge(
      accessLogs,
      'AwsSolutions-S1',
      'This is the server-access-log bucket of the files bucket; logging it into itself (or a third bucket) would only log the log writes.',
    );

    this.bucket = new Bucket(this, 'Files', {
      // Bucket names are global: the account and region keep two deployments of one stage apart.
      bucketName: `${resourceName(config, bucketBaseName)}-${Aws.ACCOUNT_ID}-${Aws.REGION}`,
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      encryption: BucketEncryption.S3_MANAGED,
      enforceSSL: true,
      versioned: true,
      objectOwnership: ObjectOwnership.BUCKET_OWNER_ENFORCED,
      serverAccessLogsBucket: accessLogs,
      serverAccessLogsPrefix: 'files/',
      lifecycleRules: [
        // Report reruns and photo replacements leave old versions: keep them a year for audit, then expire.
        { id: 'noncurrent-versions', noncurrentVersionExpiration: Duration.days(365) },
        { id: 'abandoned-uploads', abortIncompleteMultipartUploadAfter: Duration.days(1) },
      ],
      removalPolicy,
    });

    // The audit digests (docs/audit.md): Object Lock in compliance mode with a default retention, so every
    // digest the daily job writes is immutable for auditRetentionDays, whoever holds the account. Always
    // retained: a locked object outlives any stack.
    this.auditBucket = new Bucket(this, 'AuditDigests', {
      bucketName: `${resourceName(config, 'audit')}-${Aws.ACCOUNT_ID}-${Aws.REGION}`,
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      encryption: BucketEncryption.S3_MANAGED,
      enforceSSL: true,
      versioned: true,
      objectLockEnabled: true,
      objectLockDefaultRetention: ObjectLockRetention.compliance(Duration.days(config.auditRetentionDays)),
      objectOwnership: ObjectOwnership.BUCKET_OWNER_ENFORCED,
      serverAccessLogsBucket: accessLogs,
      serverAccessLogsPrefix: 'audit/',
      removalPolicy: RemovalPolicy.RETAIN,
    });

    // Paging tokens are sealed with this (shared/http/page-token.ts). Rotating it only invalidates the
    // nextTokens in flight, so it is rotated by redeploying a new secret, not by a rotation function.
    this.pageTokenSecret = new Secret(this, 'PageTokenKey', {
      description: 'Key that seals the API paging tokens',
      generateSecretString: { passwordLength: 48, excludePunctuation: true },
      removalPolicy: RemovalPolicy.DESTROY,
    });
    acknowledge(
      this.pageTokenSecret,
      'AwsSolutions-SMG4',
      'The page-token key protects only paging positions for minutes; replacing it (a redeploy) merely ends the paging sessions in flight, so no rotation Lambda is kept for it.',
    );
  }
}
