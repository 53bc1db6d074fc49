/**
 * Group work that arrives together: callers submit one item each, and the items that queue up
 * while earlier groups are running are handled by the next group in one go (one query, one
 * transaction) instead of one round trip or one COMMIT each. Nothing waits on a timer: with no
 * group running, an item starts at once, so a quiet server answers as fast as before, and a busy
 * one pays the fixed cost of a statement or a commit once per group. When a group is done, the
 * next one starts before the finished group's callers are answered, so the group runner is never
 * idle while answers are being written.
 */

/** One item's outcome in a group: its value, or the error its caller gets. */
export type Outcome<O> = { ok: true; value: O } | { ok: false; error: unknown };

/** Submits an item; resolves with its outcome once its group has run. */
export type Grouped<I, O> = (item: I) => Promise<O>;

/**
 * A runner of groups. `run` gets the items of a group in arrival order and returns one outcome per
 * item, in the same order; if it throws, every item of the group gets that error. At most
 * `concurrency` groups run at once and a group holds at most `maxItems` items.
 */
export function grouped<I, O>(
  run: (items: I[]) => Promise<Outcome<O>[]>,
  opts: { concurrency?: number; maxItems?: number } = {},
): Grouped<I, O> {
  const concurrency = opts.concurrency ?? 1;
  const maxItems = opts.maxItems ?? 64;
  type Waiting = { item: I; resolve: (v: O) => void; reject: (e: unknown) => void };
  let queue: Waiting[] = [];
  let running = 0;

  const pump = () => {
    while (running < concurrency && queue.length) {
      const group = queue.slice(0, maxItems);
      queue = queue.slice(group.length);
      running++;
      // the next group starts before this one's callers go on: their answers are written while
      // it runs, not before it
      const next = () => {
        running--;
        pump();
      };
      run(group.map((w) => w.item)).then(
        (outcomes) => {
          next();
          if (outcomes.length !== group.length) {
            const error = new Error('a group must answer every item');
            group.forEach((w) => w.reject(error));
          } else outcomes.forEach((o, i) => (o.ok ? group[i].resolve(o.value) : group[i].reject(o.error)));
        },
        (error: unknown) => {
          next();
          group.forEach((w) => w.reject(error));
        },
      );
    }
  };

  return (item) =>
    new Promise<O>((resolve, reject) => {
      queue.push({ item, resolve, reject });
      pump();
    });
}
