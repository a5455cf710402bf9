import { randomInt } from 'node:crypto';
import { makeIdentity } from '../shared/identity/gb11643.js';

/**
 * A hospital billing system (HIS) calling the platform as an OAuth 2.0 machine client — the example for
 * integrators (docs/deploy.md "Hospital billing systems"). It needs only `fetch`:
 *
 *   1. get an access token with the client-credentials grant (RFC 6749 §4.4) from the token endpoint,
 *      authenticating with HTTP Basic (client id : client secret);
 *   2. send it as `Authorization: Bearer …`: look up a patient's eligibility, settle a claim at discharge,
 *      and retry the same claim safely (a repeat of the same claimId returns the first settlement);
 *   3. fetch a new token shortly before `expires_in` runs out (tokens live an hour).
 *
 * Deployed: TOKEN_URL, CLIENT_ID, CLIENT_SECRET, API_URL (and SCOPE_PREFIX, `zhalantun-api/` with Cognito).
 * Locally (`npm start`, then `npm run example:his`): with no CLIENT_ID the example plays the administrators
 * too — creates a client at the local issuer, has the insurance bureau register it to zlt-peoples, and
 * loads one synthetic patient — so the whole path runs on one machine.
 */
const API_URL = process.env.API_URL ?? `http://127.0.0.1:${process.env.PORT ?? 3000}`;
const TOKEN_URL = process.env.TOKEN_URL ?? `${API_URL}/dev/oauth2/token`;
const SCOPE_PREFIX = process.env.SCOPE_PREFIX ?? 'zhalantun-api/';

interface Token {
  value: string;
  expiresAt: number;
}

/** Client credentials grant; the token is reused until a minute before it expires. */
function tokenSource(clientId: string, clientSecret: string, scopes: string[]): () => Promise<string> {
  let current: Token | undefined;
  return async () => {
    if (current && current.expiresAt - 60_000 > Date.now()) return current.value;
    const basic = Buffer.from(`${encodeURIComponent(clientId)}:${encodeURIComponent(clientSecret)}`).toString('base64');
    const r = await fetch(TOKEN_URL, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', authorization: `Basic ${basic}` },
      body: new URLSearchParams({
        grant_type: 'client_credentials',
        scope: scopes.map((s) => SCOPE_PREFIX + s).join(' '),
      }),
    });
    const body = (await r.json()) as { access_token?: string; expires_in?: number; error?: string };
    if (!r.ok || !body.access_token) throw new Error(`token endpoint: ${r.status} ${body.error ?? ''}`);
    current = { value: body.access_token, expiresAt: Date.now() + (body.expires_in ?? 3600) * 1000 };
    return current.value;
  };
}

async function api(token: () => Promise<string>, method: string, path: string, body?: unknown) {
  const r = await fetch(`${API_URL}${path}`, {
    method,
    headers: { authorization: `Bearer ${await token()}`, ...(body ? { 'content-type': 'application/json' } : {}) },
    ...(body ? { body: JSON.stringify(body) } : {}),
  });
  const text = await r.text();
  return { status: r.status, body: text ? JSON.parse(text) : undefined };
}

/** Local only: what the identity administrator, the insurance bureau and the poverty office do once. */
async function localSetup(): Promise<{ clientId: string; clientSecret: string; personId: string }> {
  type Json = Record<string, string>;
  const post = async (path: string, body: unknown, token?: string, method = 'POST'): Promise<Json> => {
    const r = await fetch(`${API_URL}${path}`, {
      method,
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify(body),
    });
    const json = (await r.json()) as Json;
    if (r.status >= 300) throw new Error(`${path}: ${r.status} ${JSON.stringify(json)}`);
    return json;
  };
  const client = await post('/dev/clients', { name: 'his-zlt-peoples', scopes: ['claims/write', 'eligibility/read'] });
  const bureau = (await post('/dev/token', { role: 'insurance-bureau' })).token;
  await post(`/v1/hospitals/zlt-peoples/machine-clients/${client.clientId}`, { label: '人民医院 HIS' }, bureau, 'PUT');
  const poverty = (await post('/dev/token', { role: 'poverty-office' })).token;
  const personId = makeIdentity('159997', '19560312', randomInt(1000));
  await post(
    '/v1/roster/persons',
    {
      persons: [
        {
          personId,
          name: '示例患者',
          householdId: `HIS-DEMO-${randomInt(1e9)}`,
          township: 'zhonghe',
          village: '示例村',
          registeredFrom: '2016-03-01',
          birthDate: '1956-03-12',
          insuredYears: [2019],
        },
      ],
    },
    poverty,
    'PUT',
  );
  if (!client.clientId || !client.clientSecret) throw new Error('the local issuer returned no client');
  return { clientId: client.clientId, clientSecret: client.clientSecret, personId };
}

async function main(): Promise<void> {
  const local = process.env.CLIENT_ID ? undefined : await localSetup();
  const clientId = process.env.CLIENT_ID ?? local?.clientId;
  const clientSecret = process.env.CLIENT_SECRET ?? local?.clientSecret;
  const personId = process.env.PERSON_ID ?? local?.personId;
  if (!clientId || !clientSecret || !personId) throw new Error('set CLIENT_ID, CLIENT_SECRET and PERSON_ID');
  const token = tokenSource(clientId, clientSecret, ['claims/write', 'eligibility/read']);

  const eligibility = await api(token, 'GET', `/v1/persons/${personId}/eligibility?on=2019-05-06`);
  console.log('eligibility', eligibility.status, JSON.stringify(eligibility.body));

  const claim = {
    claimId: `HIS-${Date.now()}`,
    personId,
    kind: 'inpatient',
    admittedOn: '2019-05-06',
    dischargedOn: '2019-05-14',
    diagnosis: { icd10: 'K35.9' },
    referral: { registered: false, emergency: false },
    costs: { total: 12345.67, outOfCatalogue: 800, patientExcess: 0, hospitalExcess: 0 },
  };
  const settled = await api(token, 'POST', '/v1/claims', claim);
  console.log('settlement', settled.status, JSON.stringify(settled.body?.amounts ?? settled.body));
  // A network failure after sending leaves the HIS unsure: it simply sends the same claim again.
  const retried = await api(token, 'POST', '/v1/claims', claim);
  console.log('retry', retried.status, retried.status === 200 ? '(the same settlement)' : JSON.stringify(retried.body));
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
