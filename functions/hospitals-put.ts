import { ValidationError } from '../shared/errors.js';
import { apiHandler } from '../shared/http/api-handler.js';
import { hospitalStore } from '../shared/app/adapters.js';
import { REFERENCE_CONTRACTS } from '../shared/reference/contracts.js';

export const makeHandler = (store = hospitalStore) =>
  apiHandler(REFERENCE_CONTRACTS.hospitalPut, async ({ body, params, caller }) => {
    if (body.hospitalId !== params.hospitalId) {
      throw new ValidationError('The body names another hospital than the path.', [
        { path: 'body.hospitalId', message: `must equal the path's ${params.hospitalId}` },
      ]);
    }
    await store().put(body, caller);
    return { status: 200, body };
  });

export const handler = makeHandler();
