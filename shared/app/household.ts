import { claimStore } from './claims.js';
import { ddb, tableNameFromEnv } from '../data/clients.js';
import { DynamoDbRangerStore } from '../ecology/dynamodb-ranger-store.js';
import { educationStore } from './education.js';
import { housingDeps } from './housing.js';
import { caseIdFor } from '../housing/use-cases.js';
import { shanghaiDate } from '../dates.js';
import { lazy, rosterStore } from './adapters.js';
import type { HouseholdDeps } from '../household/use-cases.js';

/** Read-only wiring of every programme's store for the household file. */
export const householdDeps = /* @__PURE__ */ lazy((): HouseholdDeps => {
  const rangers = new DynamoDbRangerStore(ddb(), tableNameFromEnv());
  return {
    members: (id) => rosterStore().householdMembers(id),
    arrears: (id) => rosterStore().getArrears(id),
    claimsOf: async (personId) =>
      (await claimStore().claimsOfPerson(personId)).map((c) => ({
        claimId: c.claimId,
        hospitalId: c.hospitalId,
        personId: c.personId,
        year: c.year,
        serviceDate: c.settlement.serviceDate,
        kind: c.settlement.kind,
        status: c.status,
        amounts: { ...c.settlement.amounts },
      })),
    housing: async (householdId) => {
      const file = await housingDeps().cases.load(caseIdFor(householdId));
      if (!file) return undefined;
      const c = file.case;
      return {
        caseId: c.caseId,
        programme: c.programme,
        status: c.status,
        grade: c.grade,
        committed: c.subsidy.committed,
        paid: c.subsidy.paid,
        ...(c.subsidy.paidOn ? { paidOn: c.subsidy.paidOn } : {}),
        appliedOn: c.appliedOn,
        photos: file.photos.map((p) => ({
          photoId: p.photoId,
          kind: p.kind,
          status: p.status,
          ...(p.decidedOn ? { decidedOn: p.decidedOn } : {}),
        })),
      };
    },
    educationOf: async (personId) => {
      const bundle = await educationStore().bundle(personId);
      return bundle?.ledger.map((e) => ({
        studentId: e.studentId,
        paymentId: e.paymentId,
        type: e.type,
        academicYear: e.academicYear,
        amount: e.amount,
        paidOn: e.paidOn,
        rule: e.rule,
        clause: e.clause,
      }));
    },
    rangerOf: async (personId) => {
      const post = await rangers.getPost(personId);
      return post
        ? {
            personId: post.personId,
            township: post.township,
            from: post.from,
            status: post.status,
            ...(post.releasedOn ? { releasedOn: post.releasedOn } : {}),
          }
        : undefined;
    },
    // The pay ledger's entries paid to the ranger, through today (Shanghai).
    rangerPayOf: async (ranger) =>
      (await rangers.payOf(ranger.personId, ranger.township, shanghaiDate(new Date()))).map((e) => ({
        personId: e.personId,
        month: e.month,
        amount: e.amount,
      })),
  };
});
