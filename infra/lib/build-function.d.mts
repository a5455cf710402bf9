import type { Plugin } from 'esbuild';

export declare function inlineSchemaKeys(source: string): string;
export declare const sdkSchemaKeys: Plugin;
export declare const EVENT_STREAMS_LEFT_OUT: string;
export declare const sdkWithoutEventStreams: Plugin;
export declare const sdkPackageVersion: Plugin;
export declare const FUNCTION_PLUGINS: Plugin[];
