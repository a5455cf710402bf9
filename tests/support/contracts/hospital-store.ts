import { randomInt } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { Caller } from '../../../shared/auth/roles.js';
import { SHIPPED_HOSPITALS } from '../../../shared/reference/hospitals.js';
import type { HospitalRegistry } from '../../../shared/reference/ports.js';
import type { Hospital } from '../../../shared/reference/types.js';

const suffix = () => `${Date.now().toString(36)}${randomInt(1e9).toString(36)}`;
const bureau: Caller = { sub: 'bureau-clerk', role: 'insurance-bureau' };

/**
 * The one contract of the hospital registry port, run against the in-memory registry (unit project) and the
 * DynamoDB adapter on DynamoDB Local (integration project). Tests store hospitals under ids of their own and
 * never change a shipped entry, so the shared table's registry stays as other tests expect it.
 */
export function hospitalRegistryContract(name: string, make: () => HospitalRegistry): void {
  describe(`HospitalRegistry contract: ${name}`, () => {
    const hospital = (over: Partial<Hospital> = {}): Hospital => ({
      hospitalId: `contract-${suffix()}`,
      name: '合同测试医院',
      level: 'outside',
      grade: 'secondary',
      secondaryOutOfCatalogueLimit: false,
      majorDiseaseDesignated: false,
      cataractProgramme: false,
      inCounty: false,
      ...over,
    });

    it('answers the shipped registry without anything stored, and nothing for an unknown id', async () => {
      const registry = make();
      const list = await registry.list();
      // Every shipped hospital is listed once, in the shipped order, ahead of the stored-only ones.
      expect(list.slice(0, SHIPPED_HOSPITALS.length).map((h) => h.hospitalId)).toEqual(
        SHIPPED_HOSPITALS.map((h) => h.hospitalId),
      );
      const shipped = SHIPPED_HOSPITALS[0]!;
      expect((await registry.get(shipped.hospitalId))?.hospitalId).toBe(shipped.hospitalId);
      expect(await registry.get(`unknown-${suffix()}`)).toBeUndefined();
    });

    it('stores a hospital, reads it back with exactly its fields, and replaces it on a second put', async () => {
      const registry = make();
      const h = hospital();
      await registry.put(h, bureau);
      expect(await registry.get(h.hospitalId)).toEqual(h);
      const changed = { ...h, name: '合同测试医院（更名）', grade: 'tertiary' as const, inCounty: true };
      await registry.put(changed, bureau);
      expect(await registry.get(h.hospitalId)).toEqual(changed);
      const listed = (await registry.list()).filter((x) => x.hospitalId === h.hospitalId);
      expect(listed).toEqual([changed]);
    });

    it('lists stored hospitals after the shipped ones', async () => {
      const registry = make();
      const a = hospital();
      const b = hospital();
      await registry.put(a, bureau);
      await registry.put(b, bureau);
      const list = await registry.list();
      const at = (id: string) => list.findIndex((x) => x.hospitalId === id);
      expect(at(a.hospitalId)).toBeGreaterThanOrEqual(SHIPPED_HOSPITALS.length);
      expect(at(b.hospitalId)).toBeGreaterThanOrEqual(SHIPPED_HOSPITALS.length);
    });

    it('hands out copies: changing what was written or read does not change the registry', async () => {
      const registry = make();
      const h = hospital();
      await registry.put(h, bureau);
      h.name = 'mutated';
      const read = await registry.get(h.hospitalId);
      read!.grade = 'primary';
      expect(await registry.get(h.hospitalId)).toMatchObject({ name: '合同测试医院', grade: 'secondary' });
      const shipped = (await registry.list())[0]!;
      shipped.name = 'mutated';
      expect((await registry.list())[0]?.name).not.toBe('mutated');
    });
  });
}
