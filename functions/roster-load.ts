import { apiHandler } from '../shared/http/api-handler.js';
import { recordRosterRows } from '../shared/observability/metrics.js';
import { logger } from '../shared/logging/logger.js';
import { rosterStore } from '../shared/app/adapters.js';
import { checkRosterRows, loadIncomplete, loadingRoleOf } from '../shared/roster/load.js';
import { RowsNotStoredError } from '../shared/roster/ports.js';
import { ROSTER_CONTRACTS } from '../shared/roster/contracts.js';

export const makeHandler = (store = rosterStore) =>
  apiHandler(ROSTER_CONTRACTS.load, async ({ body, caller }) => {
    const role = loadingRoleOf(caller);
    const { good, rejected } = checkRosterRows(body.persons, role);
    try {
      await store().upsertRows(
        good.map((g) => g.row),
        role,
        caller,
      );
    } catch (error) {
      // A load that stopped partway says which rows are stored, and is finished by sending it again.
      if (error instanceof RowsNotStoredError) throw loadIncomplete(error, good);
      throw error;
    }
    // Identity numbers in this line are masked by the logger (shared/logging/logger.ts).
    if (rejected.length > 0)
      logger.warn('roster rows rejected', {
        role,
        rejected: rejected.map((r) => ({ index: r.index, personId: r.personId, code: r.error.code })),
      });
    recordRosterRows(good.length, rejected.length);
    return { status: 200, body: { accepted: good.length, rejected } };
  });

export const handler = makeHandler();
