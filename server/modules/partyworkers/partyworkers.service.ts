/** 专职党务工作者: composes the post register, the workers' verbs, the import and the home page verbs. */
import type { PartyworkersDeps } from './partyworkers.core.ts';
import { createRegisterImport } from './partyworkers.import.service.ts';
import { createPostsService } from './partyworkers.posts.service.ts';
import { createPartyworkersWorkbench } from './partyworkers.workbench.service.ts';
import { createWorkersService } from './partyworkers.workers.service.ts';

export type PartyworkersService = ReturnType<typeof createPartyworkersService>;

/** Builds the partyworkers service. */
export function createPartyworkersService(deps: PartyworkersDeps) {
  const posts = createPostsService(deps);
  return {
    register: posts.register,
    setPosts: posts.setPosts,
    setTarget: posts.setTarget,
    place: posts.place,
    ...createWorkersService(deps),
    ...createRegisterImport({ db: deps.db, posts }),
    ...createPartyworkersWorkbench({ db: deps.db }),
  };
}
