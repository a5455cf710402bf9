import type { Parameter } from '../policy/parameter.js';
import type { Grade, IdentityBasis, PhotoKind, Programme, StepType } from './types.js';

/**
 * The one-household file (一户一档) [R1 九.(五), R2 八.(五)]: which documents a case's file must hold, for
 * which households, from which step on, and which step is refused while one is missing. Pure: the rules are
 * the housing policy's `documents` data (policy.ts, each with its clause); the documents present are the
 * kinds of the case's accepted uploads (photos and scans go through the same presigned upload and content
 * check, use-cases.ts `requestPhoto`).
 */

/** What a document rule says (the value of one `documents.<kind>` parameter). */
export interface DocumentRule {
  /** The programmes whose files need it. */
  programmes: readonly Programme[];
  /** Only households confirmed on one of these identity bases (absent: every household). */
  identityBases?: readonly IdentityBasis[];
  /** Only cases of one of these grades (absent: every grade). */
  grades?: readonly Grade[];
  /** The document exists once this step is done (`applied`: from the application on). */
  dueAfter: 'applied' | StepType;
  /** The step refused while the document is missing (409 `documents-missing`). */
  requiredAt: StepType;
}

export type DocumentRules = Partial<Record<PhotoKind, Parameter<DocumentRule>>>;

/** The case facts a rule reads. */
export type DocumentCase = { programme: Programme; identityBasis: IdentityBasis; grade: Grade };

export interface RequiredDocument {
  kind: PhotoKind;
  dueAfter: DocumentRule['dueAfter'];
  requiredAt: StepType;
  clause: string;
}

/** The documents the policy requires of this case's file, in the policy's order. */
export function requiredDocuments(c: DocumentCase, rules: DocumentRules): RequiredDocument[] {
  const out: RequiredDocument[] = [];
  for (const [kind, p] of entriesOf(rules)) {
    const r = p.value;
    if (!r.programmes.includes(c.programme)) continue;
    if (r.identityBases && !r.identityBases.includes(c.identityBasis)) continue;
    if (r.grades && !r.grades.includes(c.grade)) continue;
    out.push({ kind, dueAfter: r.dueAfter, requiredAt: r.requiredAt, clause: p.citation });
  }
  return out;
}

/**
 * The rules as a list, made once per rules object: the policy documents are module data that nothing
 * changes, and the progress report asks once per case (`Object.entries` each time cost more than the rest).
 */
const entryLists = new WeakMap<DocumentRules, [PhotoKind, Parameter<DocumentRule>][]>();
function entriesOf(rules: DocumentRules): [PhotoKind, Parameter<DocumentRule>][] {
  let list = entryLists.get(rules);
  if (!list) {
    list = Object.entries(rules) as [PhotoKind, Parameter<DocumentRule>][];
    entryLists.set(rules, list);
  }
  return list;
}

/** Required documents that `step` needs and the file lacks (the step is refused while any is listed). */
export function documentsMissingFor(
  step: StepType,
  c: DocumentCase,
  present: ReadonlySet<PhotoKind>,
  rules: DocumentRules,
): RequiredDocument[] {
  return requiredDocuments(c, rules).filter((d) => d.requiredAt === step && !present.has(d.kind));
}

export interface DocumentCompleteness {
  /** Every required document is present. */
  complete: boolean;
  required: number;
  present: number;
  /** Required and not present, in the policy's order. */
  missing: PhotoKind[];
  /** Missing although the step it follows is done: the file is behind. */
  overdue: PhotoKind[];
  documents: (RequiredDocument & { present: boolean; due: boolean })[];
}

/**
 * Completeness of a case's file: `present` are the kinds with an accepted upload, `stepsDone` the steps the
 * case has taken (its history; `applied` always counts). A document is due once the step it follows is done.
 */
export function documentCompleteness(
  c: DocumentCase,
  present: ReadonlySet<PhotoKind>,
  stepsDone: ReadonlySet<string>,
  rules: DocumentRules,
): DocumentCompleteness {
  // Each field named rather than `{ ...d, present, due }`: on Node 20's V8 a spread followed by more
  // properties takes a slow path (2–5 µs an object, against 0.05 µs), and the progress report calls this
  // once per case — 1.6 s of a 100,000-case report's CPU (docs/performance.md).
  const documents = requiredDocuments(c, rules).map((d) => ({
    kind: d.kind,
    dueAfter: d.dueAfter,
    requiredAt: d.requiredAt,
    clause: d.clause,
    present: present.has(d.kind),
    due: d.dueAfter === 'applied' || stepsDone.has(d.dueAfter),
  }));
  const missing = documents.filter((d) => !d.present).map((d) => d.kind);
  return {
    complete: missing.length === 0,
    required: documents.length,
    present: documents.length - missing.length,
    missing,
    overdue: documents.filter((d) => !d.present && d.due).map((d) => d.kind),
    documents,
  };
}
