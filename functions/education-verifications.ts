import { EDUCATION_CONTRACTS } from '../shared/education/contracts.js';
import { educationStore } from '../shared/app/education.js';
import { apiHandler } from '../shared/http/api-handler.js';

export const makeHandler = (store = educationStore) =>
  apiHandler(EDUCATION_CONTRACTS.verifications, async ({ query }) => {
    const [students, verified] = await Promise.all([store().allStudents(), store().verifiedIds(query.semester)]);
    return {
      status: 200,
      body: {
        semester: query.semester,
        verified: students.filter((s) => verified.has(s.studentId)).map((s) => s.studentId),
        unverified: students.filter((s) => !verified.has(s.studentId)).map((s) => s.studentId),
      },
    };
  });

export const handler = makeHandler();
