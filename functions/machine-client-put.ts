import { NotFoundError } from '../shared/errors.js';
import { apiHandler } from '../shared/http/api-handler.js';
import { hospitalStore, machineClientStore, systemClock } from '../shared/app/adapters.js';
import { REFERENCE_CONTRACTS } from '../shared/reference/contracts.js';

/**
 * The insurance bureau binds a billing system's OAuth client id (issued by the stage's identity provider)
 * to a hospital of the registry; from then on that client's tokens act for that hospital only.
 */
export const makeHandler = (clients = machineClientStore, hospitals = hospitalStore, clock = systemClock) =>
  apiHandler(REFERENCE_CONTRACTS.machineClientPut, async ({ params, body, caller }) => {
    const hospital = await hospitals().get(params.hospitalId);
    if (!hospital) throw new NotFoundError(`No hospital ${params.hospitalId} in the registry.`, 'hospital-not-found');
    const registered = await clients().register(
      { clientId: params.clientId, hospitalId: params.hospitalId, label: body.label },
      caller,
      clock.now(),
    );
    return { status: 200, body: registered };
  });

export const handler = makeHandler();
