import { EDUCATION_CONTRACTS } from '../shared/education/contracts.js';
import { educationStore } from '../shared/app/education.js';
import { verifyStudent } from '../shared/education/use-cases.js';
import { apiHandler } from '../shared/http/api-handler.js';

export const makeHandler = (store = educationStore) =>
  apiHandler(EDUCATION_CONTRACTS.verify, async ({ params, body, caller }) => {
    await verifyStudent(store(), caller, params.studentId, body.semester, body.on);
    return { status: 201, body };
  });

export const handler = makeHandler();
