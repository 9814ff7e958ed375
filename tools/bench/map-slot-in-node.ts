/**
 * Prototype for the full rebuild (issue 4, BENCHMARKS.md "What reaching 90 s would take"):
 * map_slot counted in the API process instead of by Postgres' sorts. On a built data
 * folder: COPY each step's map inputs (the ones map_slot's recount joins: the journey's
 * day and segment columns, step, channel, next channel, gap bucket, resolved, friction
 * here and next) out of Postgres, sum them in Maps, spread the sums over the slots and the
 * day and month grains by integer-coded keys, and check the result against the map_slot
 * table the recount wrote (rows, journeys, one gap bucket, a friction count). Prints the
 * CPU seconds of the Postgres backend and of this process.
 *
 *   NX_DAEMON=false npx nx build api
 *   npx tsx tools/bench/map-slot-in-node.ts --data tmp/bench-analytics-2350000/data
 *                                           [--main dist/apps/api/main.js]
 *
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { to as copyTo } from 'pg-copy-streams';
import { GAP_BUCKETS } from '@journey-atlas/api/platform/sql';
import {
  type RollupSources,
  sameJourney,
} from '../../libs/api/journeys/src/lib/sql/rollup-sources';
import {
  SEGMENT_COLUMN_COUNT,
  segmentColumns,
} from '../../libs/api/journeys/src/lib/sql/slot-insert.sql';
import { mapStepsCte } from '../../libs/api/journeys/src/lib/sql/slot-rollups.sql';
import { benchDatabase, startBenchApi } from './lib/bench-api';
import { runBench } from './lib/bench-support';

const ROOT = path.resolve(__dirname, '../..');
const { values } = parseArgs({
  options: {
    data: { type: 'string' },
    main: { type: 'string', default: 'dist/apps/api/main.js' },
  },
});

const MEASURES = 5;
const WIDTH = MEASURES + GAP_BUCKETS;

/**
 * COPY of the per-step rows map_slot counts, built from the recount's own fragments (the
 * steps with their next step, `mapStepsCte`; the journey's segment columns,
 * `segmentColumns`): day, segment columns, step, channel, next channel, gap bucket, then
 * resolved, friction here and friction next as t/f. COPY takes no parameters, so the
 * workspace, time zone and attributes are literals.
 */
function inputsSql(db: pg.Client, workspaceId: string, timeZone: string, attributes: string[]) {
  const facts = (table: string) =>
    `(SELECT * FROM ${table} WHERE workspace_id = ${db.escapeLiteral(workspaceId)})`;
  const from: RollupSources = {
    byJourneyId: true,
    journeys: facts('journey'),
    steps: facts('journey_step'),
    friction: facts('friction_event'),
  };
  const slotAttributes = `ARRAY[${attributes.map((name) => db.escapeLiteral(name)).join(', ')}]::text[]`;
  return `COPY (
    WITH rules AS (SELECT ${db.escapeLiteral(timeZone)}::text AS time_zone,
                          ${slotAttributes} AS slot_attributes),${mapStepsCte('bench', from)}
    SELECT (j.started_at AT TIME ZONE rules.time_zone)::date, ${segmentColumns(false).join(', ')},
           m.step_index, m.channel, COALESCE(m.next_channel, ''), COALESCE(m.next_bucket, -1),
           j.resolved, m.here, COALESCE(m.next_here, false)
      FROM bench_msteps m
      JOIN ${from.journeys} j ON ${sameJourney(from, ['j', 'id'], ['m', 'journey_id'])}
     CROSS JOIN rules) TO STDOUT`;
}

/** Rows of `width` counts in one growing Int32Array, found by key. */
class CountRows<K> {
  private readonly index = new Map<K, number>();
  counts: Int32Array;
  constructor(private readonly width: number) {
    this.counts = new Int32Array(width * 1024 * 1024);
  }
  get size(): number {
    return this.index.size;
  }
  /** Offset of the key's row, added (zeros) if new. */
  row(key: K): number {
    let at = this.index.get(key);
    if (at === undefined) {
      at = this.index.size * this.width;
      if (at + this.width > this.counts.length) {
        const grown = new Int32Array(this.counts.length * 2);
        grown.set(this.counts);
        this.counts = grown;
      }
      this.index.set(key, at);
    }
    return at;
  }
  entries(): IterableIterator<[K, number]> {
    return this.index.entries();
  }
  offsets(): IterableIterator<number> {
    return this.index.values();
  }
}

const cpuSecondsOf = (pid: number) => {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return (Number(fields[11]) + Number(fields[12])) / 100;
};

async function main(): Promise<void> {
  if (!values.data) throw new Error('--data DIR: a built data folder');
  const dataDir = path.resolve(values.data);
  const api = await startBenchApi({
    main: path.resolve(ROOT, values.main),
    dataDir,
    logFile: path.join(path.dirname(dataDir), 'map-slot-in-node.log'),
    env: { DEMO_DATA: 'false', JOURNEY_WORKER: 'false' },
  });
  const db = await benchDatabase(dataDir, api.pgPort);
  try {
    const [state] = (
      await db.query(`SELECT w.id, w.time_zone, r.slot_attributes FROM workspace w
                       JOIN rollup_state r ON r.workspace_id = w.id WHERE w.slug = 'default'`)
    ).rows as { id: string; time_zone: string; slot_attributes: string[] }[];
    await db.query(`SET work_mem = '256MB'`);
    const [{ pid }] = (await db.query('SELECT pg_backend_pid() AS pid')).rows as { pid: number }[];
    const postgresBefore = cpuSecondsOf(pid);
    const nodeBefore = process.cpuUsage();
    const started = performance.now();

    // 1. Sums per (day, segment columns, step, channel, next channel, bucket): a line's
    //    fields before the last three are the key as they come.
    const combos = new CountRows<string>(MEASURES);
    let steps = 0;
    let rest = '';
    for await (const chunk of db.query(
      copyTo(inputsSql(db, state.id, state.time_zone, state.slot_attributes)),
    )) {
      const text = rest + (chunk as Buffer).toString('utf8');
      let from = 0;
      for (let eol = text.indexOf('\n'); eol >= 0; eol = text.indexOf('\n', from)) {
        const keyEnd = eol - 6; // "\tR\tH\tN": resolved, friction here, friction next
        const resolved = text.charCodeAt(keyEnd + 1) === 116;
        const here = text.charCodeAt(keyEnd + 3) === 116;
        const at = combos.row(text.slice(from, keyEnd));
        const counts = combos.counts;
        counts[at] += 1;
        if (resolved) counts[at + 1] += 1;
        if (here) counts[at + 2] += 1;
        if (here && resolved) counts[at + 3] += 1;
        if (text.charCodeAt(keyEnd + 5) === 116) counts[at + 4] += 1;
        steps++;
        from = eol + 1;
      }
      rest = text.slice(from);
    }
    const copied = performance.now();

    // 2. Spread over the slots ('*' and each segment value) and the day and month grains;
    //    every text gets a small code, so a slot row's key is one number.
    const codes = new Map<string, number>();
    const code = (text: string) => {
      let value = codes.get(text);
      if (value === undefined) codes.set(text, (value = codes.size));
      return value;
    };
    // The slots' attribute names, in segmentColumns' order (custom ones past the list: null).
    const names = ['region', 'tier', 'valueBand', 'specialNeeds', ...state.slot_attributes];
    const stepField = SEGMENT_COLUMN_COUNT + 1; // day, segment columns, step, channels, bucket
    const slots = new CountRows<number>(WIDTH);
    for (const [key, at] of combos.entries()) {
      const fields = key.split('\t');
      const days = [code(fields[0]), code(`${fields[0].slice(0, 8)}01`)];
      const link =
        (Number(fields[stepField]) * 1024 + code(fields[stepField + 1])) * 1024 +
        code(fields[stepField + 2]);
      const bucket = Number(fields[stepField + 3]);
      const slotCodes = [code('*')];
      for (let i = 0; i < SEGMENT_COLUMN_COUNT; i++) {
        if (fields[i + 1] !== '\\N') slotCodes.push(code(`${names[i]}\t${fields[i + 1]}`));
      }
      for (const slot of slotCodes) {
        for (const [grain, day] of days.entries()) {
          const row = slots.row(((slot * 1024 + day) * 2 + grain) * 9 * 1024 * 1024 + link);
          for (let m = 0; m < MEASURES; m++) slots.counts[row + m] += combos.counts[at + m];
          if (bucket >= 0) slots.counts[row + MEASURES + bucket] += combos.counts[at];
        }
      }
    }
    const finished = performance.now();
    const node = process.cpuUsage(nodeBefore);
    const postgres = cpuSecondsOf(pid) - postgresBefore;

    let journeys = 0;
    let g7 = 0;
    let frictionHereResolved = 0;
    for (const row of slots.offsets()) {
      journeys += slots.counts[row];
      frictionHereResolved += slots.counts[row + 3];
      g7 += slots.counts[row + MEASURES + 7];
    }
    const [table] = (
      await db.query(
        `SELECT count(*)::int AS rows, sum(journeys)::float8 AS journeys, sum(g7)::float8 AS g7,
                sum(friction_here_resolved)::float8 AS friction_here_resolved
           FROM map_slot WHERE workspace_id = $1`,
        [state.id],
      )
    ).rows;
    const counted = {
      rows: slots.size,
      journeys,
      g7,
      friction_here_resolved: frictionHereResolved,
    };
    console.log(
      JSON.stringify(
        {
          steps,
          combinations: combos.size,
          wallSeconds: {
            copyAndSum: Math.round(copied - started) / 1000,
            spread: Math.round(finished - copied) / 1000,
          },
          cpuSeconds: { postgres, node: (node.user + node.system) / 1e6 },
          counted,
          mapSlotTable: table,
          same: JSON.stringify(counted) === JSON.stringify(table),
        },
        null,
        2,
      ),
    );
  } finally {
    await db.end();
    await api.stop();
  }
}

runBench(main);
