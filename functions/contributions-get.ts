import { NotFoundError } from '../shared/errors.js';
import { apiHandler } from '../shared/http/api-handler.js';
import { CLAIM_CONTRACTS } from '../shared/claims/contracts.js';
import { contribution } from '../shared/claims/engine/index.js';
import { requireClaimPolicy } from '../shared/claims/policy/index.js';
import { fenToYuan } from '../shared/money.js';
import { rosterStore } from '../shared/app/adapters.js';

export const makeHandler = (roster = rosterStore) =>
  apiHandler(CLAIM_CONTRACTS.contribution, async ({ params, query }) => {
    const policy = requireClaimPolicy(`${query.year}-01-01`, 'query.year');
    const person = await roster().getPerson(params.personId);
    if (!person) throw new NotFoundError('No person with this identity number is on the roster.', 'person-not-found');
    const c = contribution(person, query.year, policy);
    return {
      status: 200,
      body: {
        personId: person.personId,
        year: query.year,
        category: c.category,
        registeredPoor: c.registeredPoor,
        standard: fenToYuan(c.standard),
        personal: fenToYuan(c.personal),
        medicalAssistance: fenToYuan(c.medicalAssistance),
        finance: fenToYuan(c.finance),
      },
    };
  });

export const handler = makeHandler();
