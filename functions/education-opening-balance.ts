import { EDUCATION_CONTRACTS } from '../shared/education/contracts.js';
import { educationStore } from '../shared/app/education.js';
import { entryView } from '../shared/education/view.js';
import { recordOpeningBalance } from '../shared/education/use-cases.js';
import { apiHandler } from '../shared/http/api-handler.js';

export const makeHandler = (store = educationStore) =>
  apiHandler(EDUCATION_CONTRACTS.openingBalance, async ({ body, caller }) => {
    const { created, entry } = await recordOpeningBalance(store(), caller, body);
    return { status: created ? 201 : 200, body: entryView(entry) };
  });

export const handler = makeHandler();
