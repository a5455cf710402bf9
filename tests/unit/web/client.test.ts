import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { WEB_SCHEMA_FILE, webClientTypes } from '../../../scripts/web-client.js';
import { ERROR_MESSAGES } from '../../../web/src/i18n/errors.js';
import { apiErrorCodes } from './error-codes.js';

describe('console API client', () => {
  it('is generated from the current docs/openapi.json (run `npm run web:client` after `npm run openapi`)', async () => {
    expect(readFileSync(WEB_SCHEMA_FILE, 'utf8')).toBe(await webClientTypes());
  });

  it('has a Chinese message for every error code the API can answer with', () => {
    const codes = [...apiErrorCodes()];
    // The scan must actually find the codes (a broken pattern would pass vacuously).
    expect(codes).toEqual(
      expect.arrayContaining(['validation-error', 'forbidden', 'case-not-found', 'documents-missing']),
    );
    expect(codes.filter((c) => !ERROR_MESSAGES[c])).toEqual([]);
    for (const message of Object.values(ERROR_MESSAGES)) expect(message).toMatch(/[\u4e00-\u9fff]/);
  });
});
