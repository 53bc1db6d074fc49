/** The SQL text of the people repository's hand-written statements, as snapshots. */
import type { Kysely } from 'kysely';
import { describe, expect, it } from 'vitest';
import type { DB } from '../../platform/db/db.ts';
import { sqlOf } from '../../testing/sql-text.ts';
import * as repo from './people.repository.ts';
import * as listRepo from './people.list.repository.ts';
import * as readersRepo from './people.readers.repository.ts';
import * as workbenchRepo from './people.workbench.repository.ts';

const D = '0190a4b2-0000-7000-8000-000000000001';
const N = '0190a4b2-0000-7000-8000-000000000002';
const filter = (more: Partial<listRepo.PersonFilter> = {}): listRepo.PersonFilter => ({
  districtIds: [D],
  paths: ['/a/', '/a/b/'],
  filterPath: null,
  ...more,
});
const B = Buffer.from('00ff', 'hex');

describe('people repository SQL', () => {
  it.each([
    ['browseUnder', (db: Kysely<DB>) => listRepo.browseUnder(db, filter(), N, 50, 0)],
    ['subtreeNodes', (db: Kysely<DB>) => listRepo.subtreeNodes(db, filter())],
    ['subtreeNodesUnder', (db: Kysely<DB>) => listRepo.subtreeNodesUnder(db, filter(), N)],
    [
      'browsePage few nodes',
      (db: Kysely<DB>) => listRepo.browsePage(db, filter(), 50, 0, [{ district_id: D, id: N }]),
    ],
    ['browsePage no node list', (db: Kysely<DB>) => listRepo.browsePage(db, filter(), 50, 0, null)],
    ['listPage by name', (db: Kysely<DB>) => listRepo.listPage(db, filter({ nameLike: '张' }), 50, 0)],
    [
      'listPage by pinyin',
      (db: Kysely<DB>) => listRepo.listPage(db, filter({ pinyinPrefix: 'zs', identity: 'volunteer' }), 50, 0),
    ],
    ['countCapped', (db: Kysely<DB>) => listRepo.countCapped(db, filter({ idBidx: B }), 10_000)],
    ['idBidxTakenInPaths', (db: Kysely<DB>) => repo.idBidxTakenInPaths(db, D, [B], ['/a/'], N)],
    ['lockNationalIds one', (db: Kysely<DB>) => repo.lockNationalIds(db, D, B)],
    ['lockNationalIds all', (db: Kysely<DB>) => repo.lockNationalIds(db, D, 'all')],
    ['countsUnder', (db: Kysely<DB>) => workbenchRepo.countsUnder(db, D, '/a/')],
    ['findCadres', (db: Kysely<DB>) => readersRepo.findCadres(db, D, { unitNodeIds: [N], personIds: [N] })],
  ])('%s', async (_name, run) => {
    expect(await sqlOf(run)).toMatchSnapshot();
  });
});
