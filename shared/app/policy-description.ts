import { HOUSING_POLICIES } from '../housing/policy.js';
import { claimPolicies } from '../claims/policy/index.js';
import { EDUCATION_POLICIES } from '../education/policy.js';
import { ECOLOGY_POLICIES } from '../ecology/policy.js';
import { parameterLeaves, type PolicyDocument } from '../policy/parameter.js';

/** Every policy document the platform applies, for the OpenAPI description. */
export const POLICY_DOCUMENTS: readonly PolicyDocument<unknown>[] = [
  ...claimPolicies,
  ...HOUSING_POLICIES,
  ...EDUCATION_POLICIES,
  ...ECOLOGY_POLICIES,
];

function show(value: unknown, unit: string): string {
  if (typeof value === 'number') {
    if (unit === 'fen') return `${(value / 100).toLocaleString('en-US')} yuan`;
    if (unit === 'bp') return `${value / 100}%`;
    return `${value} ${unit}`;
  }
  if (Array.isArray(value))
    return value.every((v) => typeof v !== 'object') ? value.join(', ') : `${value.length} rows (see the policy data)`;
  return typeof value === 'object' ? JSON.stringify(value) : String(value);
}

/**
 * The policy numbers with their source labels (docs/rules.md §2.3: which numbers
 * are proxies must show, so nobody mistakes one for the law).
 */
export function policyDescription(documents: readonly PolicyDocument<unknown>[] = POLICY_DOCUMENTS): string {
  const lines = [
    '## Policy parameters in force',
    '',
    'Labels: plan (stated in the source plan), national 2019, IM proxy, proxy (unverified figure used for want of the 2019 table), decision (documented interpretation).',
    '',
  ];
  for (const doc of documents) {
    lines.push(
      `### ${doc.id} (${doc.effectiveFrom} to ${doc.effectiveTo})`,
      '',
      '| parameter | value | label | source |',
      '|---|---|---|---|',
    );
    for (const [path, p] of parameterLeaves(doc.parameters)) {
      const cell = (text: string) => text.replace(/\|/g, '/');
      lines.push(`| ${path} | ${show(p.value, p.unit)} | ${p.label} | ${cell(p.citation)} |`);
      // A dated change is a row of its own under the parameter: from when, the value, its label and source.
      for (const c of p.changes ?? [])
        lines.push(
          `| ${path} from ${c.from} | ${cell(show(c.value, p.unit))} | ${c.label ?? p.label} | ${cell(c.citation)} |`,
        );
    }
    lines.push('');
  }
  return lines.join('\n');
}
