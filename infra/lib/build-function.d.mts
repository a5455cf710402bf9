import type { Plugin } from 'esbuild';

export declare function inlineSchemaKeys(source: string): string;
export declare const sdkSchemaKeys: Plugin;
export declare const FUNCTION_PLUGINS: Plugin[];
