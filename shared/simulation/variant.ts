import { ValidationError, type ErrorDetail } from '../errors.js';
import { hasAtMostTwoDecimals } from '../money.js';
import { parameterLeaves, shippedPolicies, type Parameter, type PolicyDocument } from '../policy/parameter.js';

/**
 * A policy variant (what-if): named overrides of numeric parameters of the policy versions in force in a
 * year, validated against each parameter's unit and range, and against the rules that tie parameters
 * together. Pure: the caller supplies the policy documents; nothing here reads a clock or a store.
 *
 * At the boundary a `fen` parameter is given in yuan (two decimals), a `bp` parameter in percent (two
 * decimals: 40 = 40%, 12.5 = 12.5%), a `count` parameter as a whole number, an `m2` area in square metres. Lists, dates, codes and flags
 * (payer order, programme dates, …) are structure, not numbers, and are not overridable.
 */

export interface VariantRequest {
  name: string;
  reason: string;
  overrides: Record<string, number | null>;
}

/** One applied override, in the parameter's own unit (fen, bp or count) and as given (yuan, %, count). */
export interface AppliedOverride {
  name: string;
  unit: 'fen' | 'bp' | 'count' | 'm2';
  citation: string;
  description: string;
  /** The version's value, in the parameter's unit (null: none, e.g. no yearly maximum). */
  from: number | null;
  to: number | null;
}

export interface VariantRules {
  /** Dotted-path prefixes that the simulated ledger does not read (e.g. the contribution tables). */
  excludedPrefixes: readonly string[];
  /** Parameters that may be null (no maximum). */
  nullable: readonly string[];
  /** Cross-parameter checks after applying the overrides: each returns problems (path, message). */
  checks: readonly ((parameters: unknown) => { names: string[]; message: string }[])[];
}

const OVERRIDABLE_UNITS = new Set(['fen', 'bp', 'count', 'm2']);
/** 10 million yuan: above any amount a county plan sets. */
const MAX_FEN = 1_000_000_000;
const MAX_COUNT = 1000;

const overridePath = (name: string) => `body.variant.overrides.${name}`;

/** The numeric parameters a variant may change, with their paths, for a policy document. */
export function overridableParameters(
  doc: PolicyDocument<unknown>,
  rules: Pick<VariantRules, 'excludedPrefixes'>,
): Map<string, Parameter<unknown>> {
  const out = new Map<string, Parameter<unknown>>();
  for (const [path, leaf] of parameterLeaves(doc.parameters)) {
    if (!OVERRIDABLE_UNITS.has(leaf.unit)) continue;
    if (rules.excludedPrefixes.some((p) => path === p || path.startsWith(`${p}.`))) continue;
    out.set(path, leaf);
  }
  return out;
}

/** The boundary value (yuan, percent, count) in the parameter's unit, or a problem message. */
function toUnit(unit: string, value: number | null, nullable: boolean): number | null | string {
  if (value === null) return nullable ? null : 'must be a number (this parameter cannot be "none")';
  if (typeof value !== 'number' || !Number.isFinite(value)) return 'must be a number';
  if (value < 0) return 'must not be negative';
  if (unit === 'm2') {
    if (!hasAtMostTwoDecimals(value) || value > MAX_COUNT) return `must be square metres from 0 to ${MAX_COUNT}`;
    return value;
  }
  if (unit === 'count') {
    if (!Number.isInteger(value) || value > MAX_COUNT) return `must be a whole number from 0 to ${MAX_COUNT}`;
    return value;
  }
  if (!hasAtMostTwoDecimals(value)) return 'must have at most two decimals';
  if (unit === 'bp') {
    if (value > 100) return 'is a percentage: must be from 0 to 100';
    return Math.round(value * 100);
  }
  const fen = Math.round(value * 100);
  if (fen > MAX_FEN) return `must be at most ${MAX_FEN / 100} yuan`;
  return fen;
}

function setValue(parameters: unknown, path: string, value: number | null): void {
  const keys = path.split('.');
  let node = parameters as Record<string, unknown>;
  for (const key of keys) node = node[key] as Record<string, unknown>;
  const leaf = node as unknown as Parameter<unknown>;
  leaf.value = value;
  // The override is the value for the whole simulated year: a dated change would otherwise take over from
  // its date (docs/simulation.md).
  delete leaf.changes;
}

/**
 * Applies the overrides to every policy version given (the versions in force in the simulated year) and
 * returns the changed copies, the applied overrides (against the first version) and nothing else; any
 * unknown name, wrong unit, out-of-range value or broken cross-parameter rule is a 400 naming
 * `body.variant.overrides.<name>`. The documents given are never modified.
 */
export function applyVariant<P>(
  policies: readonly PolicyDocument<P>[],
  overrides: Readonly<Record<string, number | null>>,
  rules: VariantRules,
): { policies: PolicyDocument<P>[]; applied: AppliedOverride[] } {
  const problems: ErrorDetail[] = [];
  const applied: AppliedOverride[] = [];
  const out = policies.map((doc) => structuredClone(doc) as PolicyDocument<P>);
  for (const [index, doc] of out.entries()) {
    const allowed = overridableParameters(doc as PolicyDocument<unknown>, rules);
    for (const [name, given] of Object.entries(overrides)) {
      const leaf = allowed.get(name);
      if (!leaf) {
        if (index === 0)
          problems.push({
            path: overridePath(name),
            message: `is not a numeric settlement parameter of ${doc.id} (GET the parameter list for the names)`,
            code: 'unknown-parameter',
          });
        continue;
      }
      const nullable = rules.nullable.includes(name) || leaf.value === null;
      const value = toUnit(leaf.unit, given, nullable);
      if (typeof value === 'string') {
        if (index === 0) problems.push({ path: overridePath(name), message: value });
        continue;
      }
      const from = leaf.value as number | null;
      setValue(doc.parameters, name, value);
      if (index === 0)
        applied.push({
          name,
          unit: leaf.unit as AppliedOverride['unit'],
          citation: leaf.citation,
          description: leaf.description,
          from,
          to: value,
        });
    }
  }
  if (problems.length === 0) {
    for (const doc of out)
      for (const check of rules.checks)
        for (const p of check(doc.parameters)) {
          const name = p.names.find((n) => n in overrides) ?? p.names[0] ?? '';
          const message = `${p.message} (in ${doc.id})`;
          if (!problems.some((q) => q.path === overridePath(name) && q.message === message))
            problems.push({ path: overridePath(name), message, code: 'inconsistent-parameters' });
        }
  }
  if (problems.length > 0) throw new ValidationError('The variant does not fit the policy.', problems);
  // Nothing changes the copies from here on: declared like shipped documents, so whether each has a timeline is
  // worked out once, not by walking every parameter each time the engine resolves a claim's day (settle does).
  shippedPolicies(out);
  return { policies: out, applied: applied.sort((a, b) => a.name.localeCompare(b.name)) };
}
