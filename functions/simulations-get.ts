import { apiHandler } from '../shared/http/api-handler.js';
import { SIMULATION_CONTRACTS } from '../shared/simulation/contracts.js';
import { simulationDeps } from '../shared/app/simulation.js';
import { readSimulation } from '../shared/simulation/run.js';

export const makeHandler = (deps = simulationDeps) =>
  apiHandler(SIMULATION_CONTRACTS.get, async ({ params }) => ({
    status: 200,
    body: await readSimulation(deps(), params.simulationId),
  }));

export const handler = makeHandler();
