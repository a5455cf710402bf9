import { Stack, Validations, type CfnElement } from 'aws-cdk-lib';
import type { IConstruct } from 'constructs';

/** Acknowledges one cdk-nag finding on a construct; every acknowledgement carries its reason. */
export function acknowledge(scope: IConstruct, id: string, reason: string): void {
  Validations.of(scope).acknowledge({ id, reason });
}

const logicalId = (c: IConstruct): string => Stack.of(c).getLogicalId(c.node.defaultChild as CfnElement);

/**
 * The findings accepted for the whole stack (cdk-nag v3 acknowledges each finding by its full id), each
 * with the reason it is accepted. Everything else fails synthesis.
 */
export function acknowledgeStackFindings(stack: Stack, resources: { table: IConstruct; bucket: IConstruct; scheduledFunctions: readonly IConstruct[] }): void {
  const table = logicalId(resources.table);
  const bucket = logicalId(resources.bucket);
  const list: [string, string][] = [
    ['AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole]', 'Each function uses the AWS managed basic execution role only to write its own CloudWatch logs; data access is granted per function from the route table.'],
    ['AwsSolutions-L1', 'Node.js 22 on ARM64 is the runtime the design asks for; the code is ES2022 and moves to a newer runtime by changing one line in base-function.ts.'],
    [`AwsSolutions-IAM5[Resource::<${table}.Arn>/index/*]`, "CDK's table grants include the table's own two GSIs (index/*); no other table is reachable."],
    [`AwsSolutions-IAM5[Resource::<${bucket}.Arn>/*]`, 'Objects inside the one private files bucket; keys are chosen per case/report by the code, not by callers.'],
    ['AwsSolutions-IAM5[Action::s3:GetObject*]', "CDK's bucket read grant (GetObject, GetObjectVersion…) on the one files bucket."],
    ['AwsSolutions-IAM5[Action::s3:GetBucket*]', "CDK's bucket read grant on the one files bucket."],
    ['AwsSolutions-IAM5[Action::s3:List*]', 'Listing the report revisions of the one files bucket.'],
    ['AwsSolutions-IAM5[Action::s3:DeleteObject*]', 'The photo check deletes a rejected upload from the one files bucket.'],
    ['AwsSolutions-IAM5[Action::s3:Abort*]', "CDK's bucket write grant: aborting the function's own multipart uploads in the one files bucket."],
    ...resources.scheduledFunctions.map((f): [string, string] => [`AwsSolutions-IAM5[Resource::<${logicalId(f)}.Arn>:*]`, 'EventBridge Scheduler may invoke any version of its one target function.']),
  ];
  for (const [id, reason] of list) acknowledge(stack, id, reason);
}
