// Entry of the demo loader's worker threads: TypeScript through tsx, then the encoder itself.
import { register } from 'tsx/esm/api';

register();
await import('./encode-worker.ts');
