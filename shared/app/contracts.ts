import type { Contract } from '../http/contract.js';
import { REFERENCE_CONTRACTS } from '../reference/contracts.js';
import { ROSTER_CONTRACTS } from '../roster/contracts.js';
import { ROSTER_IMPORT_CONTRACTS } from '../roster/import/contracts.js';
import { HOUSEHOLD_CONTRACTS } from '../household/contracts.js';
import { CLAIMS_MONTH_CONTRACT } from '../claims/month.js';
import { HOUSING_CONTRACTS } from '../housing/contracts.js';
import { CLAIM_CONTRACTS } from '../claims/contracts.js';
import { EDUCATION_CONTRACTS } from '../education/contracts.js';
import { ECOLOGY_CONTRACTS } from '../ecology/contracts.js';
import { HEALTH_REPORT_CONTRACTS } from '../reports/health-contracts.js';
import { PROGRESS_CONTRACTS } from '../reports/progress-contracts.js';
import { BULLETIN_CONTRACTS } from '../bulletin/contracts.js';
import { SIMULATION_CONTRACTS } from '../simulation/contracts.js';
import { AUDIT_CONTRACTS } from '../audit/contracts.js';
import { personRowSchema } from '../roster/schemas.js';
import type { ZodMiniType as ZodType } from '../zod.js';

/** Every route's contract, for the OpenAPI description (tests check it covers the route table). */
export const ALL_CONTRACTS: readonly Contract[] = [
  ...Object.values(REFERENCE_CONTRACTS),
  ...Object.values(ROSTER_CONTRACTS),
  ...Object.values(ROSTER_IMPORT_CONTRACTS),
  ...Object.values(HOUSEHOLD_CONTRACTS),
  CLAIMS_MONTH_CONTRACT,
  ...Object.values(HOUSING_CONTRACTS),
  ...Object.values(HEALTH_REPORT_CONTRACTS),
  ...Object.values(CLAIM_CONTRACTS),
  ...Object.values(EDUCATION_CONTRACTS),
  ...Object.values(ECOLOGY_CONTRACTS),
  ...Object.values(PROGRESS_CONTRACTS),
  ...Object.values(BULLETIN_CONTRACTS),
  ...Object.values(SIMULATION_CONTRACTS),
  ...Object.values(AUDIT_CONTRACTS),
] as readonly Contract[];

/** Schemas validated inside a handler rather than by the contract (e.g. roster rows, one by one). */
export const EXTRA_SCHEMAS: readonly ZodType[] = [personRowSchema];
