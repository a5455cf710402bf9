import { describe, expect, it } from 'vitest';
import { ConflictError, TooManyRequestsError } from '../../../shared/errors.js';
import { mapError } from '../../../shared/http/error-mapper.js';

/** Error mapping decides by type and status, never by the wording of a message (docs/rules.md §9). */
describe('mapError', () => {
  it('maps a parser 415 by its status, whatever its message says', () => {
    const worded = (message: string) => Object.assign(new Error(message), { statusCode: 415, expose: true });
    const a = mapError(worded('Content type defined as JSON but an invalid JSON was provided'));
    const b = mapError(worded('something else entirely'));
    expect(a).toEqual(b);
    expect(a.status).toBe(415);
    expect(a.body.error.code).toBe('unsupported-media-type');
  });

  it('keeps a typed error’s status and code; a message that looks like another error changes nothing', () => {
    const mapped = mapError(new ConflictError('quota-full', 'invalid JSON 415 too many requests'));
    expect(mapped).toMatchObject({ status: 409, body: { error: { code: 'quota-full' } }, internal: false });
  });

  it('sends Retry-After with a 429', () => {
    expect(mapError(new TooManyRequestsError('busy', 2)).headers).toEqual({ 'retry-after': '2' });
  });

  it('hides anything untyped behind a 500, even with a client-looking message', () => {
    const mapped = mapError(new Error('400 validation-error: body.personId'));
    expect(mapped).toMatchObject({ status: 500, internal: true, body: { error: { code: 'internal-error' } } });
    expect(JSON.stringify(mapped.body)).not.toContain('personId');
  });
});
