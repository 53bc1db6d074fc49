/** Regenerates server/platform/db/db.generated.ts from a freshly migrated database (DO NOT EDIT the output). */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import { adminQuery, adminUrl, withDatabase } from '../server/testing/pg-server.ts';
import { createDb } from '../server/platform/db/db.ts';
import { migrate } from '../server/platform/db/migrator.ts';

const server = await adminUrl();
const name = `gz_codegen_${process.pid}`;
await adminQuery(server.url, `CREATE DATABASE ${name}`);
try {
  const { pool } = createDb(withDatabase(server.url, name), 1);
  await migrate(pool);
  await pool.end();
  const out = 'server/platform/db/db.generated.ts';
  execFileSync(
    'npx',
    [
      'kysely-codegen',
      '--dialect=postgres',
      `--url=${withDatabase(server.url, name)}`,
      `--out-file=${out}`,
      '--date-parser=string',
      '--numeric-parser=number',
      '--type-mapping={"int8":"number"}',
      '--exclude-pattern=platform_migrations',
    ],
    { stdio: 'inherit' },
  );
  const text = fs.readFileSync(out, 'utf8');
  fs.writeFileSync(
    out,
    '/* DO NOT EDIT: generated from the migrated schema by `npm run db:types` (kysely-codegen). */\n' +
      text.replace(/^\/\*\*[\s\S]*?\*\/\n/, ''),
  );
} finally {
  await adminQuery(server.url, `DROP DATABASE IF EXISTS ${name}`);
  await server.stop();
}
