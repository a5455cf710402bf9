import type { Role } from '@shared/auth/roles';
import { TOWNSHIP_CODES } from '@shared/reference/townships';
import type { HousingCase } from '@shared/housing/types';
import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import type { Session } from '../../auth/session';
import { CASES_PAGE_SIZE } from './caseQuery';

/** A case as the API returns it (money in yuan) with what it waits for. */
export type CaseView = Omit<HousingCase, 'subsidy' | 'repairCost'> & {
  repairCost?: number;
  subsidy: HousingCase['subsidy'] & { committed: number; paid: number };
  next?: { step: string; roles: Role[]; actions: { type: string; roles: Role[] }[] };
};

/** The one-household file's completeness (R1 九.(五), R2 八.(五)), as the case detail answers it. */
export interface DocumentsView {
  complete: boolean;
  required: number;
  present: number;
  missing: string[];
  overdue: string[];
  items: { kind: string; present: boolean; due: boolean; dueAfter: string; requiredAt: string; clause: string }[];
}

export interface CaseFileView extends CaseView {
  documents?: DocumentsView;
  history: {
    seq: number;
    type: string;
    on: string;
    actor: { sub: string; role: Role; township?: string };
    data: Record<string, unknown>;
    statusAfter: string;
  }[];
  photoList: {
    photoId: string;
    kind: string;
    contentType: string;
    status: 'pending' | 'accepted' | 'rejected';
    reason?: string;
    reasonCode?: string;
    decidedOn?: string;
  }[];
}

export interface CaseFilter {
  programme?: 'R1' | 'R2';
  status?: string;
}

/** Every case of one township (following the API's pages). */
async function townshipCases(township: string, filter: CaseFilter): Promise<CaseView[]> {
  const out: CaseView[] = [];
  let nextToken: string | undefined;
  do {
    const page = await unwrap(
      api.GET('/v1/housing/cases', {
        params: {
          query: { township, limit: CASES_PAGE_SIZE, ...filter, ...(nextToken ? { nextToken } : {}) } as never,
        },
      }),
    );
    const body = page as { cases: unknown[]; nextToken?: string };
    out.push(...(body.cases as CaseView[]));
    nextToken = body.nextToken;
  } while (nextToken);
  return out;
}

/** The caller's own township, or the given townships (every township for city-wide callers). */
export function useCases(session: Session | undefined, filter: CaseFilter, townships?: readonly string[]) {
  const scope = session?.township ? [session.township] : (townships ?? TOWNSHIP_CODES);
  return useQuery({
    queryKey: ['cases', scope, filter],
    enabled: !!session,
    queryFn: async () => (await Promise.all(scope.map((t) => townshipCases(t, filter)))).flat(),
  });
}

export function useCaseFile(caseId: string, refetchInterval?: (data: CaseFileView | undefined) => number | false) {
  return useQuery({
    queryKey: ['case', caseId],
    queryFn: async () =>
      (await unwrap(
        api.GET('/v1/housing/cases/{caseId}', { params: { path: { caseId } } }),
      )) as unknown as CaseFileView,
    refetchInterval: refetchInterval ? (q) => refetchInterval(q.state.data) : false,
  });
}

// The card's words and the lateness rule live in caseCard.ts, which the entry imports without React.
export { caseIsLate } from './caseCard';
