import { describe, expect, it } from 'vitest';
import { apiUrl, call, personRow, uniqueSuffix } from '../../support/api.js';

/**
 * A hospital billing system as a machine client, end to end through the local gateway: the client is
 * created at the identity provider (here POST /dev/clients, as an administrator creates a Cognito app
 * client), the insurance bureau registers its client id to a hospital, and the system posts claims with a
 * client-credentials token. The hospital comes from the registration, never from the token.
 */
const bureau = { role: 'insurance-bureau' } as const;
const poverty = { role: 'poverty-office' } as const;

async function newClient(scopes?: string[]): Promise<{ clientId: string; clientSecret: string }> {
  const r = await fetch(`${apiUrl()}/dev/clients`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ name: 'his-test', ...(scopes ? { scopes } : {}) }),
  });
  expect(r.status).toBe(201);
  return (await r.json()) as { clientId: string; clientSecret: string };
}

async function clientToken(
  client: { clientId: string; clientSecret: string },
  scope?: string,
): Promise<{ status: number; body: Record<string, unknown> }> {
  const form = new URLSearchParams({ grant_type: 'client_credentials', ...(scope ? { scope } : {}) });
  const basic = Buffer.from(`${client.clientId}:${client.clientSecret}`).toString('base64');
  const r = await fetch(`${apiUrl()}/dev/oauth2/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', authorization: `Basic ${basic}` },
    body: form,
  });
  return { status: r.status, body: (await r.json()) as Record<string, unknown> };
}

const claimBody = (personId: string) => ({
  claimId: `HIS-${uniqueSuffix()}`,
  personId,
  kind: 'inpatient',
  admittedOn: '2019-04-02',
  dischargedOn: '2019-04-09',
  diagnosis: { icd10: 'K35.9' },
  referral: { registered: false, emergency: false },
  costs: { total: 8000, outOfCatalogue: 0, patientExcess: 0, hospitalExcess: 0 },
});

async function registeredPerson(): Promise<string> {
  const row = personRow();
  const r = await call('PUT', '/v1/roster/persons', { as: poverty, body: { persons: [row] } });
  expect(r.body.accepted).toBe(1);
  return row.personId as string;
}

describe('hospital billing systems as machine clients', () => {
  it('a registered client posts a claim with a client-credentials token and acts for its registered hospital', async () => {
    const client = await newClient();
    const reg = await call('PUT', `/v1/hospitals/zlt-peoples/machine-clients/${client.clientId}`, {
      as: bureau,
      body: { label: '人民医院 HIS (test)' },
    });
    expect(reg.status, JSON.stringify(reg.body)).toBe(200);
    expect(reg.body).toMatchObject({
      clientId: client.clientId,
      hospitalId: 'zlt-peoples',
      registeredBy: 'local-insurance-bureau',
    });

    const t = await clientToken(client, 'zhalantun-api/claims/write zhalantun-api/claims/read');
    expect(t.status).toBe(200);
    expect(t.body).toMatchObject({ token_type: 'Bearer', expires_in: 3600 });
    const authorization = `Bearer ${t.body.access_token as string}`;

    const personId = await registeredPerson();
    const body = claimBody(personId);
    const posted = await call('POST', '/v1/claims', { authorization, body });
    expect(posted.status, JSON.stringify(posted.body)).toBe(201);
    expect(posted.body).toMatchObject({ status: 'settled', hospitalId: 'zlt-peoples' });
    // A retry of the same claim is the same settlement (idempotent), as for people.
    const again = await call('POST', '/v1/claims', { authorization, body });
    expect(again.status).toBe(200);
    expect(again.body).toEqual(posted.body);

    const read = await call('GET', `/v1/claims/${body.claimId}`, { authorization });
    expect(read.status).toBe(200);
    expect(read.body.claimId).toBe(body.claimId);
    // Not granted eligibility/read: refused, though the role (hospital) would be allowed.
    const elig = await call('GET', `/v1/persons/${personId}/eligibility?on=2019-04-02`, { authorization });
    expect(elig.status).toBe(403);
    // Never a route the table does not open to machines.
    expect((await call('GET', '/v1/hospitals', { authorization })).status).toBe(403);

    const listed = await call('GET', '/v1/hospitals/zlt-peoples/machine-clients', { as: bureau });
    expect(listed.body.machineClients.map((c: { clientId: string }) => c.clientId)).toContain(client.clientId);
  });

  it('an unregistered or revoked client is refused, and a client is bound to one hospital only', async () => {
    const client = await newClient(['claims/write']);
    const t = await clientToken(client);
    expect(t.status).toBe(200);
    expect(t.body.access_token).toBeTypeOf('string');
    const authorization = `Bearer ${t.body.access_token as string}`;
    const personId = await registeredPerson();

    const unregistered = await call('POST', '/v1/claims', { authorization, body: claimBody(personId) });
    expect(unregistered.status).toBe(403);
    expect(unregistered.body.error.message).toMatch(/not registered/);

    const path = `/v1/hospitals/clinic-zhonghe/machine-clients/${client.clientId}`;
    expect((await call('PUT', path, { as: bureau, body: { label: 'clinic' } })).status).toBe(200);
    const elsewhere = await call('PUT', `/v1/hospitals/zlt-peoples/machine-clients/${client.clientId}`, {
      as: bureau,
      body: { label: 'stolen' },
    });
    expect(elsewhere.status).toBe(409);
    expect(elsewhere.body.error.code).toBe('client-registered-elsewhere');
    // Revoking under the wrong hospital does nothing.
    expect(
      (await call('DELETE', `/v1/hospitals/zlt-peoples/machine-clients/${client.clientId}`, { as: bureau })).status,
    ).toBe(404);

    const posted = await call('POST', '/v1/claims', { authorization, body: claimBody(personId) });
    expect(posted.status, JSON.stringify(posted.body)).toBe(201);
    expect(posted.body.hospitalId).toBe('clinic-zhonghe');

    expect((await call('DELETE', path, { as: bureau })).status).toBe(204);
    const listed = await call('GET', '/v1/hospitals/clinic-zhonghe/machine-clients', { as: bureau });
    expect(listed.body.machineClients.map((c: { clientId: string }) => c.clientId)).not.toContain(client.clientId);
  });

  it('the token endpoint refuses a wrong secret, an unknown grant and a scope the client was not given', async () => {
    const client = await newClient(['eligibility/read']);
    expect((await clientToken({ ...client, clientSecret: 'wrong' })).body).toEqual({ error: 'invalid_client' });
    expect((await clientToken(client, 'zhalantun-api/claims/write')).body).toEqual({ error: 'invalid_scope' });
    const form = new URLSearchParams({ grant_type: 'password', client_id: client.clientId });
    const r = await fetch(`${apiUrl()}/dev/oauth2/token`, { method: 'POST', body: form });
    expect(r.status).toBe(400);
    expect(await r.json()).toEqual({ error: 'unsupported_grant_type' });
  });

  it('only the insurance bureau registers clients, and only to hospitals in the registry', async () => {
    const client = await newClient();
    const path = `/v1/hospitals/zlt-peoples/machine-clients/${client.clientId}`;
    expect(
      (await call('PUT', path, { as: { role: 'hospital', hospitalId: 'zlt-peoples' }, body: { label: 'x' } })).status,
    ).toBe(403);
    const missing = await call('PUT', `/v1/hospitals/no-such-hospital/machine-clients/${client.clientId}`, {
      as: bureau,
      body: { label: 'x' },
    });
    expect(missing.status).toBe(404);
    const bad = await call('PUT', path, { as: bureau, body: { label: '' } });
    expect(bad.status).toBe(400);
    expect(bad.body.error.details[0].path).toBe('body.label');
  });
});
