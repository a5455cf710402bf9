import { apiHandler } from '../shared/http/api-handler.js';
import { SIMULATION_CONTRACTS } from '../shared/simulation/contracts.js';
import { simulationDeps } from '../shared/app/simulation.js';
import { readSimulation, startSimulation } from '../shared/simulation/run.js';

/** Validates the variant, runs the year (read-only on the ledger), answers the done simulation. */
export const makeHandler = (deps = simulationDeps) =>
  apiHandler(SIMULATION_CONTRACTS.post, async ({ body, caller }) => {
    const record = await startSimulation(deps(), caller, body);
    return { status: 201, body: await readSimulation(deps(), record.simulationId) };
  });

export const handler = makeHandler();
