// Loaded into the app's process by bench/district-day.ts (NODE_OPTIONS=--import) while it captures a
// district day: every statement a pg client sends is appended to GZ_SQL_CAPTURE as one JSON line
// with the client it went over, so the day can be replayed on raw connections in the same order
// (transactions kept whole). Never loaded by the app itself.
import fs from 'node:fs';
import pg from 'pg';

const file = process.env.GZ_SQL_CAPTURE;
if (file) {
  const out = fs.openSync(file, 'a');
  const ids = new WeakMap();
  let next = 0;
  const query = pg.Client.prototype.query;
  pg.Client.prototype.query = function capture(...args) {
    const [first, second] = args;
    const text = typeof first === 'string' ? first : first?.text;
    if (typeof text === 'string') {
      if (!ids.has(this)) ids.set(this, next++);
      const values = typeof first === 'string' ? second : (first.values ?? second);
      const name = typeof first === 'object' ? first.name : undefined;
      fs.writeSync(
        out,
        JSON.stringify({
          c: ids.get(this),
          t: Date.now(),
          name,
          text,
          values: Array.isArray(values) ? values : [],
        }) + '\n',
      );
    }
    return query.apply(this, args);
  };
}
