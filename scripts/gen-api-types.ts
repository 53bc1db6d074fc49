/**
 * Regenerates web/app/api.generated.ts, the web client's types of every route, from the server's
 * OpenAPI document (DO NOT EDIT the output). The app is built without listening and without a
 * database connection (the pool connects lazily; nothing queries while routes register).
 */
import fs from 'node:fs';
import openapiTS, { astToString } from 'openapi-typescript';
import { createServices } from '../server/composition-root.ts';
import { createHttpApp } from '../server/http-root.ts';
import { createDb } from '../server/platform/db/db.ts';
import { deriveKeys, TEST_MASTER_KEY } from '../server/platform/secrets.ts';

export const API_TYPES_FILE = 'web/app/api.generated.ts';

/** The server's OpenAPI document, as /api/openapi.json serves it. */
export async function openapiDocument(): Promise<Record<string, unknown>> {
  // never connected: a closed port, so a stray query fails fast instead of touching a database
  const { db, pool } = createDb('postgres://codegen@127.0.0.1:1/none', 1);
  const services = createServices({ db, pool, keys: deriveKeys(TEST_MASTER_KEY), pageCache: false });
  const app = await createHttpApp(services, { logLevel: 'silent' });
  try {
    const res = await app.inject({ method: 'GET', url: '/api/openapi.json' });
    if (res.statusCode !== 200) throw new Error(`/api/openapi.json answered ${res.statusCode}`);
    return res.json();
  } finally {
    await app.close();
    await pool.end();
  }
}

/** The text api.generated.ts should hold. */
export async function apiTypesText(): Promise<string> {
  const ast = await openapiTS((await openapiDocument()) as never, { alphabetize: true });
  // not run through prettier (listed in .prettierignore): formatting 30 000 lines takes longer than the rest
  return (
    '/* DO NOT EDIT: generated from /api/openapi.json by `npm run api:types` (openapi-typescript). */\n' +
    astToString(ast)
  );
}

if (import.meta.url === `file://${process.argv[1]}`) {
  fs.writeFileSync(API_TYPES_FILE, await apiTypesText());
  console.log(`wrote ${API_TYPES_FILE}`);
  process.exit(0); // the services' timers would keep the process alive for a while
}
