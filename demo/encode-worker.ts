/** Worker thread of the demo loader: encodes batches of people into COPY lines with its own cipher. */
import { parentPort, workerData } from 'node:worker_threads';
import { createPiiCipher } from '../server/platform/pii/pii.ts';
import type { Keys } from '../server/platform/secrets.ts';
import { encodePeople } from './copy.ts';
import type { PersonSpec } from './generate.ts';

const k = workerData.keys as Record<keyof Keys, Uint8Array>;
const pii = createPiiCipher({ piiEnc: Buffer.from(k.piiEnc), piiIndex: Buffer.from(k.piiIndex) });
parentPort!.on('message', (batch: PersonSpec[]) => parentPort!.postMessage(encodePeople(pii, batch)));
