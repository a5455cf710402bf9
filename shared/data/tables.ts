/**
 * The one definition of the platform's DynamoDB table, used by the CDK stack and by the local stack, so
 * the two cannot drift (names, keys, indexes).
 *
 * Single-table design: every item has `pk`/`sk`; two generic global secondary indexes (`gsi1`, `gsi2`)
 * serve the access patterns each domain documents next to its store (docs/data-model.md).
 */
export interface IndexDef {
  indexName: string;
  partitionKey: string;
  sortKey: string;
}

export interface TableDef {
  /** Name without the stage prefix. */
  baseName: string;
  partitionKey: string;
  sortKey: string;
  indexes: readonly IndexDef[];
}

export const MAIN_TABLE: TableDef = {
  baseName: 'main',
  partitionKey: 'pk',
  sortKey: 'sk',
  indexes: [
    { indexName: 'gsi1', partitionKey: 'gsi1pk', sortKey: 'gsi1sk' },
    { indexName: 'gsi2', partitionKey: 'gsi2pk', sortKey: 'gsi2sk' },
  ],
};

export const TABLES: readonly TableDef[] = [MAIN_TABLE];

/** Resource names are `zlt-<stage>-<base>`; the stage is `local` on one machine. */
export const tableName = (stage: string, def: TableDef): string => `zlt-${stage}-${def.baseName}`;
export const bucketBaseName = 'files';
