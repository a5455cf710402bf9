import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { startLocalStack } from './stack.js';
import { CONSOLE_DIR } from './static.js';

/**
 * `npm start`: the whole system on one machine. PORT (default 3000) for the API; `--persist DIR` or
 * ZLT_PERSIST_DIR keeps data between runs (in memory otherwise); `--no-seed` skips demo data; `--no-schedules`
 * leaves the schedules to the caller (`npm run year` fires them on its simulated clock through `/dev/schedules`).
 */
const args = process.argv.slice(2);
const persistArg = args.indexOf('--persist');
const persistDir = persistArg >= 0 ? args[persistArg + 1] : process.env.ZLT_PERSIST_DIR || undefined;
const port = Number(process.env.PORT ?? 3000);

async function main(): Promise<void> {
  const stack = await startLocalStack({
    port,
    ...(persistDir ? { persistDir } : {}),
    seed: !args.includes('--no-seed'),
    schedules: !args.includes('--no-schedules'),
  });
  console.log(`DynamoDB Local at ${stack.dynamodbEndpoint} (table ${stack.tableName})`);
  console.log(`S3 (s3rver) at ${stack.s3Endpoint} (bucket ${stack.bucketName})`);
  console.log(
    `Get a token: curl -s -XPOST ${stack.apiUrl}/dev/token -H 'content-type: application/json' -d '{"role":"poverty-office"}'`,
  );
  console.log(
    existsSync(join(CONSOLE_DIR, 'index.html'))
      ? `Console at ${stack.apiUrl}/ (sign in as a township: ${stack.apiUrl}/dev-login?role=township&township=zhonghe)`
      : 'Console not built: run `npm run build` to serve it at /',
  );
  console.log(`Local API ready at ${stack.apiUrl}`);

  let stopping = false;
  const shutdown = (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`${signal}: stopping the local stack`);
    stack.stop().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error(error);
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', () => shutdown('SIGINT'));
  process.on('SIGTERM', () => shutdown('SIGTERM'));
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
