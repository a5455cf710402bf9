import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { inlineSchemaKeys } from '../../../infra/lib/build-function.mjs';

/**
 * The bundling plugin that writes the SDK schema tables' computed trait keys as plain keys, so esbuild can drop
 * the schemas a function never uses (infra/lib/build-function.mjs). The bundle-size test measures what it saves;
 * this checks what it rewrites and what it must leave alone, and that the SDK's tables still have the shape the
 * plugin expects (an SDK update that changed it would otherwise silently undo the saving).
 */
describe('inlineSchemaKeys', () => {
  it('writes a key named by a module-level string constant as that string, and nothing else', () => {
    const source = [
      'const _h = "http";',
      'const _e = "error";',
      'const n0 = "com.amazonaws.s3";',
      'let _x = "not a constant of the table";',
      'export var Op$ = [9, n0, "Op", { [_h]: ["PUT", "/?acl", 200] }, () => A$];',
      'export var Err$ = [-3, n0, "E", {[_e]: _c,[_h]: 403}];',
      'export var Other$ = { [n0]: 1, [_x]: 2, [_unknown]: 3 };',
      'const y = a[_h] ? 1 : 2;',
    ].join('\n');
    const out = inlineSchemaKeys(source);
    expect(out).toContain('{ "http": ["PUT", "/?acl", 200] }');
    expect(out).toContain('{"error": _c,"http": 403}');
    // Not a table constant (not `const`, not underscored, not declared): left as computed keys.
    expect(out).toContain('{ [n0]: 1, [_x]: 2, [_unknown]: 3 }');
    // A member access is not a key.
    expect(out).toContain('a[_h] ? 1 : 2');
    // The declarations themselves are untouched.
    expect(out.split('\n').slice(0, 4)).toEqual(source.split('\n').slice(0, 4));
  });

  it.each(['@aws-sdk/client-s3', '@aws-sdk/client-dynamodb'])(
    "leaves no computed key of a string constant in %s's schema table",
    (pkg) => {
      const require = createRequire(import.meta.url);
      const root = dirname(require.resolve(`${pkg}/package.json`));
      const source = readFileSync(join(root, 'dist-es/schemas/schemas_0.js'), 'utf8');
      const before = source.match(/[{,]\s*\[_\w+\]:/g) ?? [];
      // S3's table is where the saving is: well over a thousand such keys before, none after.
      if (pkg === '@aws-sdk/client-s3') expect(before.length).toBeGreaterThan(1000);
      const after = inlineSchemaKeys(source).match(/[{,]\s*\[_\w+\]:/g) ?? [];
      expect(after).toEqual([]);
    },
  );
});
