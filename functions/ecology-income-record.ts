import { ECOLOGY_CONTRACTS } from '../shared/ecology/contracts.js';
import { ecologyDeps } from '../shared/app/ecology.js';
import { apiHandler } from '../shared/http/api-handler.js';
import { fenToYuan } from '../shared/money.js';

export const makeHandler = (deps = ecologyDeps) =>
  apiHandler(ECOLOGY_CONTRACTS.income, async ({ body, caller }) => {
    await deps().rangers.putIncome(body, caller.sub);
    return { status: 201, body: { ...body, earnings: fenToYuan(body.earnings) } };
  });

export const handler = makeHandler();
