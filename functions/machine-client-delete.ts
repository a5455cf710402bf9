import { NotFoundError } from '../shared/errors.js';
import { apiHandler } from '../shared/http/api-handler.js';
import { machineClientStore } from '../shared/app/adapters.js';
import { REFERENCE_CONTRACTS } from '../shared/reference/contracts.js';

export const makeHandler = (clients = machineClientStore) =>
  apiHandler(REFERENCE_CONTRACTS.machineClientDelete, async ({ params }) => {
    if (!(await clients().revoke(params.clientId, params.hospitalId))) {
      throw new NotFoundError(
        `Client ${params.clientId} is not registered to hospital ${params.hospitalId}.`,
        'machine-client-not-found',
      );
    }
    return { status: 204 };
  });

export const handler = makeHandler();
