import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import openapiTS, { astToString } from 'openapi-typescript';

/** Where the console's typed API client reads its types from (generated; do not edit by hand). */
export const WEB_SCHEMA_FILE = resolve(import.meta.dirname, '../web/src/api/schema.d.ts');
const OPENAPI_FILE = resolve(import.meta.dirname, '../docs/openapi.json');

/** The TypeScript types of docs/openapi.json, as `npm run web:client` writes them. */
export async function webClientTypes(): Promise<string> {
  const document = JSON.parse(readFileSync(OPENAPI_FILE, 'utf8')) as Parameters<typeof openapiTS>[0];
  const ast = await openapiTS(document, { alphabetize: true });
  return `/* Generated from docs/openapi.json by \`npm run web:client\`. Do not edit. */\n\n${astToString(ast)}`;
}
