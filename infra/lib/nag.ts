import { Validations } from 'aws-cdk-lib';
import type { IConstruct } from 'constructs';

/**
 * Acknowledges one cdk-nag finding on a construct and everything under it, with the reason it is accepted.
 * cdk-nag v3 reads these CDK acknowledgements (there is no NagSuppressions any more); each call takes one
 * finding id, e.g. `AwsSolutions-IAM5[Action::s3:List*]`. Keep the scope as narrow as the finding.
 */
export function acknowledge(scope: IConstruct, id: string, reason: string): void {
  Validations.of(scope).acknowledge({ id, reason });
}
