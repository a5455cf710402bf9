import { NotFoundError } from '../shared/errors.js';
import { apiHandler } from '../shared/http/api-handler.js';
import { hospitalStore, machineClientStore } from '../shared/app/adapters.js';
import { REFERENCE_CONTRACTS } from '../shared/reference/contracts.js';

export const makeHandler = (clients = machineClientStore, hospitals = hospitalStore) =>
  apiHandler(REFERENCE_CONTRACTS.machineClients, async ({ params }) => {
    const [hospital, machineClients] = await Promise.all([
      hospitals().get(params.hospitalId),
      clients().listFor(params.hospitalId),
    ]);
    if (!hospital) throw new NotFoundError(`No hospital ${params.hospitalId} in the registry.`, 'hospital-not-found');
    return { status: 200, body: { machineClients } };
  });

export const handler = makeHandler();
