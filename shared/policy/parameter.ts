/**
 * Policy parameters are versioned, cited data (docs/rules.md §2.1). A parameter lives once, with its
 * unit, a description and where it comes from. Its value is a timeline (as in OpenFisca): the value the
 * document starts with, then each later change as one dated value with its own citation. Changing one number
 * is one new dated value on that parameter, never a copy of the document nor an edit of a past value.
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

/** One value of a parameter's timeline: in force from `from` (inclusive) until the next dated value. */
export interface DatedValue<T = number> {
  /** The first day (YYYY-MM-DD, Asia/Shanghai) the value applies. */
  from: string;
  value: T;
  /** The clause or notice that set this value. */
  citation: string;
  /** Where this value comes from, when it differs from the parameter's label. */
  label?: SourceLabel;
}

export interface Parameter<T = number> {
  /** The value in force from the document's first day. */
  value: T;
  unit: ParameterUnit;
  description: string;
  /** The clause of `value`, e.g. `H 三.(二).1.2)`, or a source note for defaults. */
  citation: string;
  label: SourceLabel;
  /**
   * Later values, oldest first, each from a date inside the document's dates (strictly after its first day
   * and after the previous change). A value applies until the next one, or to the document's last day.
   */
  changes?: readonly DatedValue<T>[];
}

export interface PolicyDocument<P> {
  id: string;
  /** First and last calendar day (inclusive) on which this version applies. */
  effectiveFrom: string;
  effectiveTo: string;
  description: string;
  parameters: P;
  /**
   * Set on a document resolved for one date (`resolveOn`): every parameter then holds the value in force on
   * that day, with that value's citation, and no timeline.
   */
  asOf?: string;
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

/** A parameter's whole timeline, the document's starting value first. */
export function timelineOf<T>(parameter: Parameter<T>, effectiveFrom: string): DatedValue<T>[] {
  return [
    { from: effectiveFrom, value: parameter.value, citation: parameter.citation, label: parameter.label },
    ...(parameter.changes ?? []),
  ];
}

/** The parameter as in force on `date`: the latest dated value from on or before it (the starting one before any). */
export function parameterOn<T>(parameter: Parameter<T>, date: string): Parameter<T> {
  const { changes, ...rest } = parameter;
  const change = (changes ?? []).filter((c) => c.from <= date).at(-1);
  if (!changes) return parameter;
  return change ? { ...rest, value: change.value, citation: change.citation, label: change.label ?? rest.label } : rest;
}

const hasTimeline = (value: unknown): boolean => {
  for (const [, leaf] of parameterLeaves(value)) if (leaf.changes !== undefined) return true;
  return false;
};

function resolveTree(value: unknown, date: string): unknown {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return value;
  const rec = value as Record<string, unknown>;
  if ('value' in rec && 'unit' in rec && 'citation' in rec)
    return parameterOn(rec as unknown as Parameter<unknown>, date);
  return Object.fromEntries(Object.entries(rec).map(([k, v]) => [k, resolveTree(v, date)]));
}

/** Whether each shipped document has a timeline, worked out once (see shippedPolicies). */
const shipped = new WeakMap<object, boolean>();

/**
 * Declares documents as shipped module data, which nothing changes after load: whether each has a timeline is
 * then worked out once, not by walking every parameter on each resolveOn (a claim resolved its policy three
 * times), and the simulation declares its variants so once built. Other copies (a test's changed policy) are walked
 * on each resolveOn, as they may still be changed.
 */
export function shippedPolicies<D extends readonly PolicyDocument<unknown>[]>(documents: D): D {
  for (const document of documents) shipped.set(document, hasTimeline(document.parameters));
  return documents;
}

/**
 * The document as in force on `date`: each parameter with a timeline replaced by its value on that day (with
 * that value's citation), marked `asOf`. A document without any timeline is returned as it is, so the
 * common case costs nothing. Pure; the document given is never changed.
 */
export function resolveOn<P>(document: PolicyDocument<P>, date: string): PolicyDocument<P> {
  // A resolved document has no timeline left: resolving it again gives it back.
  if (document.asOf !== undefined) return document;
  if (!(shipped.get(document) ?? hasTimeline(document.parameters))) return document;
  return { ...document, parameters: resolveTree(document.parameters, date) as P, asOf: date };
}

/** Picks the document in force on `date` (inclusive bounds), resolved for that day; undefined when none is. */
export function policyInForce<P>(documents: readonly PolicyDocument<P>[], date: string): PolicyDocument<P> | undefined {
  const document = documents.find((d) => d.effectiveFrom <= date && date <= d.effectiveTo);
  return document && resolveOn(document, date);
}

const ISO_DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

/**
 * What is wrong with a document's timelines (the lint, docs/rules.md §2.1): every dated value has a valid
 * date strictly after the document's first day and the previous value's (so no two values overlap), on or
 * before the document's last day, and a citation. Returns one message per problem, naming the parameter.
 */
export function timelineProblems(document: PolicyDocument<unknown>): string[] {
  const problems: string[] = [];
  for (const [path, leaf] of parameterLeaves(document.parameters)) {
    let previous = document.effectiveFrom;
    for (const [i, change] of (leaf.changes ?? []).entries()) {
      const at = `${document.id} ${path} changes[${i}]`;
      if (!ISO_DATE.test(change.from)) problems.push(`${at}: from ${change.from} is not a date`);
      else if (change.from <= previous)
        problems.push(`${at}: from ${change.from} is not after ${previous} (dated values must strictly increase)`);
      else if (change.from > document.effectiveTo)
        problems.push(`${at}: from ${change.from} is after the document's last day ${document.effectiveTo}`);
      if (typeof change.citation !== 'string' || change.citation.trim() === '') problems.push(`${at}: no citation`);
      if (ISO_DATE.test(change.from) && change.from > previous) previous = change.from;
    }
  }
  return problems;
}
