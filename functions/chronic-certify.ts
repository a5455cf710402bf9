import { NotFoundError } from '../shared/errors.js';
import { apiHandler } from '../shared/http/api-handler.js';
import { rosterStore } from '../shared/app/adapters.js';
import { ROSTER_CONTRACTS } from '../shared/roster/contracts.js';

export const makeHandler = (store = rosterStore) =>
  apiHandler(ROSTER_CONTRACTS.chronic, async ({ body, params, caller }) => {
    const person = await store().getPerson(params.personId);
    if (!person) throw new NotFoundError('No person with this identity number is on the roster.', 'person-not-found');
    await store().putCertification(params.personId, body, caller);
    return { status: 201, body: { personId: params.personId, ...body } };
  });

export const handler = makeHandler();
