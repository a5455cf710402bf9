import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { s3EventSchema } from '../../../functions/photo-uploaded.js';
import { COGNITO_CLAIMS } from '../../../infra/lib/config.js';
import { callerFromClaims } from '../../../shared/auth/identity.js';
import { parsePhotoObjectKey } from '../../../shared/housing/photo-inspection.js';
import { eventBodySchema } from '../../../shared/housing/schemas.js';
import { routeByKey } from '../../../shared/platform/routes/index.js';

const load = (name: string) => JSON.parse(readFileSync(new URL(`../../../events/${name}`, import.meta.url), 'utf8'));

describe('events/ samples parse with the handlers’ own schemas', () => {
  it('the S3 ObjectCreated sample names a photo key the photo handler understands', () => {
    const event = s3EventSchema.parse(load('s3-object-created-photo.json'));
    expect(parsePhotoObjectKey(event.Records[0]!.s3.object.key)).toEqual({
      caseId: 'HC-HH-zhonghe-0042',
      photoId: '5b0e6f3e-3f1c-4f0e-9b7e-2c1d3e4f5a6b',
    });
  });

  it('the API Gateway v2 sample is a routed event whose Cognito claims give a township caller and whose body is a valid step', () => {
    const event = load('api-housing-event.json');
    expect(routeByKey(event.routeKey)).toBeDefined();
    expect(
      callerFromClaims(event.requestContext.authorizer.jwt.claims, { claims: COGNITO_CLAIMS, scopePrefix: '' }),
    ).toEqual({
      sub: '6f1c7e2a-0000-4000-8000-000000000042',
      role: 'township',
      township: 'zhonghe',
    });
    expect(eventBodySchema.parse(JSON.parse(event.body))).toMatchObject({ type: 'village-notice', from: '2019-01-13' });
  });
});

describe('callerFromClaims and Cognito groups', () => {
  const base = { sub: 'u-1', 'custom:township': 'zhonghe', 'custom:hospitalId': 'zlt-peoples' };
  const cognito = { claims: COGNITO_CLAIMS, scopePrefix: 'zhalantun-api/' };
  it('takes the role from the single role group', () => {
    expect(callerFromClaims({ ...base, 'cognito:groups': '[township]' }, cognito)).toEqual({
      sub: 'u-1',
      role: 'township',
      township: 'zhonghe',
    });
  });
  it('refuses a user in two role groups rather than picking the first listed', () => {
    expect(callerFromClaims({ ...base, 'cognito:groups': '[township hospital]' }, cognito)).toBeUndefined();
    expect(callerFromClaims({ ...base, 'cognito:groups': ['hospital', 'insurance-bureau'] }, cognito)).toBeUndefined();
  });
  it('ignores groups that are not roles', () => {
    expect(callerFromClaims({ ...base, 'cognito:groups': '[admins hospital]' }, cognito)?.role).toBe('hospital');
  });
});
