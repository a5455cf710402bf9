import { EDUCATION_CONTRACTS } from '../shared/education/contracts.js';
import { educationStore } from '../shared/education/deps.js';
import { registerStudent } from '../shared/education/use-cases.js';
import { apiHandler } from '../shared/http/api-handler.js';

export const makeHandler = (store = educationStore) =>
  apiHandler(EDUCATION_CONTRACTS.student, async ({ body, caller }) => ({
    status: (await registerStudent(store(), caller, body)) ? 201 : 200,
    body,
  }));

export const handler = makeHandler();
