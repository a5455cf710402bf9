import { claimStore } from '../shared/app/claims.js';
import { CLAIMS_MONTH_CONTRACT, hospitalMonthView, monthHospital } from '../shared/claims/month.js';
import { apiHandler } from '../shared/http/api-handler.js';

export const makeHandler = (store = claimStore) =>
  apiHandler(CLAIMS_MONTH_CONTRACT, async ({ query, caller }) => {
    const hospitalId = monthHospital(caller, query.hospitalId);
    return {
      status: 200,
      body: hospitalMonthView(query.month, hospitalId, await store().hospitalMonth(query.month, hospitalId)),
    };
  });

export const handler = makeHandler();
