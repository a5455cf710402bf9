import { EDUCATION_CONTRACTS } from '../shared/education/contracts.js';
import { educationRoster, educationStore } from '../shared/app/education.js';
import { entryView } from '../shared/education/view.js';
import { pay } from '../shared/education/use-cases.js';
import { apiHandler } from '../shared/http/api-handler.js';

export const makeHandler = (store = educationStore, roster = educationRoster) =>
  apiHandler(EDUCATION_CONTRACTS.payment, async ({ body, caller }) => {
    const { created, entry } = await pay(store(), roster(), caller, body);
    return { status: created ? 201 : 200, body: entryView(entry) };
  });

export const handler = makeHandler();
