/**
 * Policy parameters are versioned, cited data (docs/rules.md §2.1). A parameter lives once, with its
 * unit, a description and where it comes from; a new value is a new dated policy document, never an edit.
 */
export type ParameterUnit =
  | 'fen' // integer fen (money)
  | 'bp' // basis points: 10,000 = 100%
  | 'days'
  | 'm2'
  | 'count'
  | 'date' // YYYY-MM-DD
  | 'code' // an ordered list or enumerated choice (e.g. payer order)
  | 'flag';

/** Where a number comes from (the labels of docs/rules.md §2.3, plus `decision` for documented interpretations). */
export type SourceLabel = 'plan' | 'national 2019' | 'IM proxy' | 'proxy' | 'decision';

export interface Parameter<T = number> {
  value: T;
  unit: ParameterUnit;
  description: string;
  /** The clause, e.g. `H 三.(二).1.2)`, or a source note for defaults. */
  citation: string;
  label: SourceLabel;
}

export interface PolicyDocument<P> {
  id: string;
  /** First and last calendar day (inclusive) on which this version applies. */
  effectiveFrom: string;
  effectiveTo: string;
  description: string;
  parameters: P;
}

/** Picks the document in force on `date` (inclusive bounds); undefined when none is. */
export function policyInForce<P>(documents: readonly PolicyDocument<P>[], date: string): PolicyDocument<P> | undefined {
  return documents.find((d) => d.effectiveFrom <= date && date <= d.effectiveTo);
}

/** Walks a parameters object and yields every Parameter leaf with its dotted path (for lint tests and docs). */
export function* parameterLeaves(value: unknown, path = ''): Generator<[string, Parameter<unknown>]> {
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    const rec = value as Record<string, unknown>;
    if ('value' in rec && 'unit' in rec && 'citation' in rec) {
      yield [path, rec as unknown as Parameter<unknown>];
      return;
    }
    for (const [k, v] of Object.entries(rec)) yield* parameterLeaves(v, path ? `${path}.${k}` : k);
  }
}
