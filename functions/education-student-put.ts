import { EDUCATION_CONTRACTS } from '../shared/education/contracts.js';
import { educationStore } from '../shared/app/education.js';
import { registerStudent } from '../shared/education/use-cases.js';
import { apiHandler } from '../shared/http/api-handler.js';
import { systemClock } from '../shared/app/adapters.js';

export const makeHandler = (store = educationStore, clock = systemClock) =>
  apiHandler(EDUCATION_CONTRACTS.student, async ({ body, caller }) => ({
    status: (await registerStudent(store(), caller, body, clock.now())) ? 201 : 200,
    body,
  }));

export const handler = makeHandler();
