import { apiHandler } from '../shared/http/api-handler.js';
import { ValidationError } from '../shared/errors.js';
import { rosterStore } from '../shared/app/adapters.js';
import { ROSTER_IMPORT_CONTRACTS } from '../shared/roster/import/contracts.js';

export const makeHandler = (store = rosterStore) =>
  apiHandler(ROSTER_IMPORT_CONTRACTS.putVillages, async ({ params, body, caller }) => {
    const codes = body.villages.map((v) => v.code);
    const dup = codes.findIndex((c, i) => codes.indexOf(c) !== i);
    if (dup >= 0)
      throw new ValidationError('Village codes repeat.', [
        { path: `villages.${dup}.code`, message: 'repeats an earlier code' },
      ]);
    await store().putVillages(params.township, body.villages, caller, new Date().toISOString());
    return { status: 200, body: { township: params.township, villages: body.villages } };
  });

export const handler = makeHandler();
