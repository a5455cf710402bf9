import { Logger } from '@aws-lambda-powertools/logger';
import { maskIdentitiesIn, maskName } from '../identity/mask.js';

/** Keys whose string values are personal names. */
const NAME_KEYS = new Set(['name', 'householderName', 'studentName', 'personName']);

/**
 * JSON replacer for every log line: identity numbers anywhere in any string become `152103********1234`,
 * and values under name keys keep only the surname (docs/rules.md §1). It runs inside Powertools' serialisation,
 * so nothing a handler logs (message, attributes, errors) can bypass it.
 */
export function maskingReplacer(key: string, value: unknown): unknown {
  if (typeof value !== 'string') return value;
  // Error class names (`name: 'TypeError'`) are not personal names.
  if (NAME_KEYS.has(key) && !/^([A-Z][A-Za-z]*)?Error$|Exception$/.test(value)) return maskName(value);
  return maskIdentitiesIn(value);
}

export function createLogger(serviceName = 'zhalantun-platform'): Logger {
  return new Logger({ serviceName, jsonReplacerFn: maskingReplacer });
}

/** One logger per container, shared by handlers and adapters. */
export const logger = createLogger();
