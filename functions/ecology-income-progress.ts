import { ECOLOGY_CONTRACTS } from '../shared/ecology/contracts.js';
import { ecologyDeps } from '../shared/app/ecology.js';
import { INCOME_PROGRAMMES, incomeProgress } from '../shared/ecology/income.js';
import { apiHandler } from '../shared/http/api-handler.js';

export const makeHandler = (deps = ecologyDeps) =>
  apiHandler(ECOLOGY_CONTRACTS.incomeProgress, async () => ({
    status: 200,
    body: { programmes: incomeProgress(await deps().rangers.income(INCOME_PROGRAMMES), deps().policy) },
  }));

export const handler = makeHandler();
