/**
 * web/app/api.generated.ts is what the server's OpenAPI document says today: a route or field
 * changed on the server without `npm run api:types` fails here (and then tsc fails in the pages).
 */
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { API_TYPES_FILE, apiTypesText } from './gen-api-types.ts';

describe('the web client types', () => {
  it('match the server routes (run `npm run api:types` when this fails)', async () => {
    const committed = fs.readFileSync(API_TYPES_FILE, 'utf8');
    expect((await apiTypesText()) === committed).toBe(true);
  });
});
