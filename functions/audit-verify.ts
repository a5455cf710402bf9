import { verifySource } from '../shared/app/audit.js';
import { AUDIT_CONTRACTS } from '../shared/audit/contracts.js';
import { verifyTrail } from '../shared/audit/verify.js';
import { apiHandler } from '../shared/http/api-handler.js';

export const makeHandler = (deps = verifySource) =>
  apiHandler(AUDIT_CONTRACTS.verify, async () => ({ status: 200, body: await verifyTrail(deps()) }));

export const handler = makeHandler();
