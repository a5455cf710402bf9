/**
 * The year's HTTP client: the public API of a local stack, with the local gateway's simulated clock
 * (`x-zlt-sim-time`) and step label (`x-zlt-sim-step`, for the capacity meter) on every request
 * (infra/local/sim-clock.ts). Tokens come from the local `/dev/token`, as every local caller gets them.
 */
export interface Caller {
  role: string;
  township?: string;
  hospitalId?: string;
}

export interface Answer<T = any> {
  status: number;
  body: T;
}

export interface StepStats {
  requests: number;
  failures: number;
  latencyMs: number;
  wallMs: number;
}

export class YearApi {
  private readonly tokens = new Map<string, Promise<string>>();
  readonly stats = new Map<string, StepStats>();

  constructor(readonly base: string) {}

  statsOf(step: string): StepStats {
    let s = this.stats.get(step);
    if (!s) {
      s = { requests: 0, failures: 0, latencyMs: 0, wallMs: 0 };
      this.stats.set(step, s);
    }
    return s;
  }

  private token(as: Caller): Promise<string> {
    const key = JSON.stringify(as);
    let t = this.tokens.get(key);
    if (!t) {
      t = fetch(`${this.base}/dev/token`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ ...as, sub: `year-${as.role}${as.township ? `-${as.township}` : ''}` }),
      })
        .then((r) => r.json() as Promise<{ token: string }>)
        .then((b) => b.token);
      this.tokens.set(key, t);
    }
    return t;
  }

  /**
   * One API call at simulated instant `at`, counted under `step`. Retries what a client should retry: network
   * errors, 5xx, 429 and 409 concurrent-update (another write to the same item landed first).
   */
  async call<T = any>(
    method: string,
    path: string,
    o: { as?: Caller; body?: unknown; at: string; step: string },
  ): Promise<Answer<T>> {
    const stats = this.statsOf(o.step);
    const headers: Record<string, string> = { 'x-zlt-sim-time': o.at, 'x-zlt-sim-step': o.step };
    if (o.as) headers.authorization = `Bearer ${await this.token(o.as)}`;
    if (o.body !== undefined) headers['content-type'] = 'application/json';
    for (let attempt = 0; ; attempt += 1) {
      const started = performance.now();
      let answer: Answer<T> | undefined;
      try {
        const r = await fetch(`${this.base}${path}`, {
          method,
          headers,
          ...(o.body !== undefined ? { body: JSON.stringify(o.body) } : {}),
        });
        const text = await r.text();
        answer = { status: r.status, body: (text ? JSON.parse(text) : undefined) as T };
      } catch (error) {
        if (attempt >= 4) throw error;
      }
      stats.requests += 1;
      stats.latencyMs += performance.now() - started;
      const retry =
        !answer ||
        answer.status >= 500 ||
        answer.status === 429 ||
        (answer.status === 409 && (answer.body as { error?: { code?: string } })?.error?.code === 'concurrent-update');
      if (!retry || attempt >= 4) {
        if (answer && answer.status >= 400) stats.failures += 1;
        return answer as Answer<T>;
      }
      await new Promise((ok) => setTimeout(ok, 50 * 2 ** attempt));
    }
  }

  /** Posts a file through a presigned POST form, exactly as a phone would. */
  async upload(url: string, fields: Record<string, string>, bytes: Buffer, contentType: string, step: string) {
    const stats = this.statsOf(step);
    const form = new FormData();
    for (const [k, v] of Object.entries(fields)) form.append(k, v);
    form.append('file', new Blob([new Uint8Array(bytes)], { type: contentType }), 'photo.jpg');
    const started = performance.now();
    const r = await fetch(url, { method: 'POST', body: form });
    await r.arrayBuffer();
    stats.requests += 1;
    stats.latencyMs += performance.now() - started;
    if (r.status >= 300) stats.failures += 1;
    return r.status;
  }

  /** The local stack's capacity meter (GET /dev/meter): RCU, WCU and S3 bytes per step. */
  async meter(): Promise<
    Record<string, { rcu: number; wcu: number; requests: number; s3Bytes: number; s3Objects: number }>
  > {
    return (await fetch(`${this.base}/dev/meter`)).json() as never;
  }

  /**
   * Waits until the local stack's S3 event invocations judging keys under `prefix` are done
   * (`POST /dev/events/settled`, local only); false when the stack has no such route.
   */
  async settled(prefix: string): Promise<boolean> {
    const r = await fetch(`${this.base}/dev/events/settled`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ prefix }),
    });
    await r.arrayBuffer();
    return r.status === 200;
  }

  /** Runs a schedule's function as EventBridge Scheduler would at `at` (POST /dev/schedules/{name}). */
  async fire(name: string, at: string): Promise<Answer> {
    const stats = this.statsOf(`schedule:${name}`);
    const started = performance.now();
    const r = await fetch(`${this.base}/dev/schedules/${name}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ at }),
    });
    const body = await r.json();
    stats.requests += 1;
    stats.latencyMs += performance.now() - started;
    stats.wallMs += performance.now() - started;
    if (r.status >= 300) stats.failures += 1;
    return { status: r.status, body };
  }
}

/** Runs tasks with at most `size` at a time; answers when all are done. */
export async function pool<T>(items: readonly T[], size: number, run: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const workers = Array.from({ length: Math.min(size, items.length) }, async () => {
    while (next < items.length) {
      const item = items[next] as T;
      next += 1;
      await run(item);
    }
  });
  await Promise.all(workers);
}
