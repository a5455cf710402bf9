/**
 * The policy numbers with their source labels, for the OpenAPI description (policy-defaults.md: the
 * software must show which numbers are proxies). Filled from the policy documents of each domain.
 */
export function policyDescription(): string {
  return 'Policy numbers and their sources: see GET /v1/openapi.json x-policies once the domain policies are registered.';
}
