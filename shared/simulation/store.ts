import { GetObjectCommand, PutObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import { getSignedUrl } from '@aws-sdk/s3-request-presigner';
import { isAbsent } from '../data/s3-storage.js';
import type { Role } from '../auth/roles.js';
import { LINK_SECONDS, type ReportFile } from '../reports/ports.js';
import type { AppliedOverride } from './variant.js';
import { BUCKET_PREFIXES } from '../data/bucket-prefixes.js';

export type SimulationProgramme = 'health' | 'housing' | 'education';
export type SimulationStatus = 'running' | 'done' | 'failed';

/** What is stored about a simulation: the variant with who made it, when and why, and how the run went. */
export interface SimulationRecord {
  simulationId: string;
  programme: SimulationProgramme;
  year: number;
  status: SimulationStatus;
  variant: { name: string; reason: string; overrides: Record<string, number | null> };
  /** The overrides in the parameters' own units, with the version's value they replace. */
  applied: AppliedOverride[];
  policyIds: string[];
  createdBy: { sub: string; role: Role };
  createdAt: string;
  finishedAt?: string;
  /** When failed: what went wrong (no personal data). */
  error?: string;
}

/** The port the simulation job stores through; S3SimulationStore is the adapter, tests use a Map. */
export interface SimulationStore {
  put(record: SimulationRecord): Promise<void>;
  get(simulationId: string): Promise<SimulationRecord | undefined>;
  putFiles(simulationId: string, files: readonly ReportFile[]): Promise<void>;
  /** The stored result.json, or undefined. */
  result(simulationId: string): Promise<unknown>;
  /** Short-lived links to the stored files. */
  links(simulationId: string, names: readonly string[]): Promise<Record<string, string>>;
}

const prefix = (id: string) => `${BUCKET_PREFIXES.simulations}${id}/`;
/** `result.csv` → `csv`. */
const extension = (name: string) => name.slice(name.lastIndexOf('.') + 1);

/** `simulations/<id>/simulation.json` (the record), `result.json|csv|xlsx`: private, read through links. */
export class S3SimulationStore implements SimulationStore {
  constructor(
    private readonly client: S3Client,
    private readonly bucket: string,
  ) {}

  private async putObject(key: string, body: string | Buffer, contentType: string): Promise<void> {
    await this.client.send(
      new PutObjectCommand({
        Bucket: this.bucket,
        Key: key,
        Body: body,
        ContentType: contentType,
        ServerSideEncryption: 'AES256',
      }),
    );
  }

  private async readJson(key: string): Promise<unknown> {
    try {
      const out = await this.client.send(new GetObjectCommand({ Bucket: this.bucket, Key: key }));
      return out.Body ? JSON.parse(await out.Body.transformToString('utf8')) : undefined;
    } catch (error) {
      if (isAbsent(error)) return undefined;
      throw error;
    }
  }

  put(record: SimulationRecord): Promise<void> {
    return this.putObject(
      `${prefix(record.simulationId)}simulation.json`,
      JSON.stringify(record),
      'application/json; charset=utf-8',
    );
  }

  async get(simulationId: string): Promise<SimulationRecord | undefined> {
    return (await this.readJson(`${prefix(simulationId)}simulation.json`)) as SimulationRecord | undefined;
  }

  async putFiles(simulationId: string, files: readonly ReportFile[]): Promise<void> {
    await Promise.all(files.map((f) => this.putObject(`${prefix(simulationId)}${f.name}`, f.body, f.contentType)));
  }

  result(simulationId: string): Promise<unknown> {
    return this.readJson(`${prefix(simulationId)}result.json`);
  }

  async links(simulationId: string, names: readonly string[]): Promise<Record<string, string>> {
    const out: Record<string, string> = {};
    for (const name of names)
      out[extension(name)] = await getSignedUrl(
        this.client,
        new GetObjectCommand({ Bucket: this.bucket, Key: `${prefix(simulationId)}${name}` }),
        { expiresIn: LINK_SECONDS },
      );
    return out;
  }
}

/** The in-memory store for use-case tests. */
export class MemorySimulationStore implements SimulationStore {
  readonly records = new Map<string, SimulationRecord>();
  readonly files = new Map<string, ReportFile>();
  async put(record: SimulationRecord): Promise<void> {
    this.records.set(record.simulationId, structuredClone(record));
  }
  async get(simulationId: string): Promise<SimulationRecord | undefined> {
    const r = this.records.get(simulationId);
    return r && structuredClone(r);
  }
  async putFiles(simulationId: string, files: readonly ReportFile[]): Promise<void> {
    for (const f of files) this.files.set(`${simulationId}/${f.name}`, f);
  }
  async result(simulationId: string): Promise<unknown> {
    const f = this.files.get(`${simulationId}/result.json`);
    return f ? JSON.parse(String(f.body)) : undefined;
  }
  async links(simulationId: string, names: readonly string[]): Promise<Record<string, string>> {
    return Object.fromEntries(names.map((n) => [extension(n), `memory://${simulationId}/${n}`]));
  }
}
