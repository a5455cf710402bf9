import { hospitalFor } from '../shared/auth/scope.js';
import { NotFoundError } from '../shared/errors.js';
import { apiHandler } from '../shared/http/api-handler.js';
import { hospitalStore, machineClientRegistry, rosterStore } from '../shared/app/adapters.js';
import { decideEligibility } from '../shared/roster/eligibility.js';
import { ROSTER_CONTRACTS } from '../shared/roster/contracts.js';
import { yearFigures } from '../shared/roster/year-figures.js';

export const makeHandler = (roster = rosterStore, hospitals = hospitalStore) =>
  apiHandler(
    { ...ROSTER_CONTRACTS.eligibility, machineClients: machineClientRegistry },
    async ({ params, query, caller }) => {
      const hospitalId = hospitalFor(caller, query.hospitalId);
      // Two round trips: the person's partition (profile, certifications, years) with the hospital, then
      // the household's arrears flag, which needs the household id.
      const [bundle, hospital] = await Promise.all([
        roster().getBundle(params.personId),
        hospitalId ? hospitals().get(hospitalId) : Promise.resolve(undefined),
      ]);
      if (!bundle) throw new NotFoundError('No person with this identity number is on the roster.', 'person-not-found');
      if (hospitalId && !hospital)
        throw new NotFoundError(`No hospital ${hospitalId} in the registry.`, 'hospital-not-found');
      const arrears = await roster().getArrears(bundle.person.householdId);
      const decision = decideEligibility({
        person: bundle.person,
        certifications: bundle.certifications,
        arrears,
        hospital,
        on: query.on,
        emergency: query.emergency,
      });
      return {
        status: 200,
        body: { ...decision, hospitalId: hospitalId ?? null, year: yearFigures(bundle.years, query.on) },
      };
    },
  );

export const handler = makeHandler();
