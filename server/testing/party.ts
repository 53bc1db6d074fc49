/** Test helpers for the party organisations of the tree (the org module's routes). */
import type { Client } from './harness.ts';

/** A party organisation of a kind on a node, made by an officer there; returns its id. */
export async function partyOrg(c: Client, nodeId: string, kind: string, name: string): Promise<string> {
  const r = await c.post('/api/org/party-orgs', { nodeId, kind, name });
  if (r.status !== 200) throw new Error(`party org: ${r.raw}`);
  return r.body.id;
}
