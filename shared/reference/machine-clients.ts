/**
 * Hospital billing systems registered as machine clients: the OAuth client id an identity provider issued
 * (a Cognito app client, a Keycloak client…) bound by the insurance bureau to one hospital of the
 * registry. A client-credentials token proves which client is calling; this binding — never a claim the
 * client could choose — says which hospital it acts for.
 *
 * Item: `MACHINE_CLIENT` / `<clientId>` with `hospitalId`, `label`, `registeredBy`, `registeredAt`.
 */
export interface MachineClient {
  clientId: string;
  hospitalId: string;
  label: string;
  registeredBy: string;
  registeredAt: string;
}

export interface MachineClientRegistry {
  hospitalOf(clientId: string): Promise<string | undefined>;
}

/**
 * A found registration remembered for a minute per container, so a billing system's burst of claims costs
 * one GetItem; a revoked client is refused within that minute. A client not found is not remembered, so a
 * fresh registration works at once.
 */
export function cachedRegistry(
  registry: MachineClientRegistry,
  ttlMs = 60_000,
  now: () => number = Date.now,
): MachineClientRegistry {
  const cache = new Map<string, { hospitalId: string; until: number }>();
  return {
    async hospitalOf(clientId) {
      const hit = cache.get(clientId);
      if (hit && hit.until > now()) return hit.hospitalId;
      const hospitalId = await registry.hospitalOf(clientId);
      if (hospitalId) cache.set(clientId, { hospitalId, until: now() + ttlMs });
      else cache.delete(clientId);
      return hospitalId;
    },
  };
}
