import { readdirSync, readFileSync } from 'node:fs';

const TICKS_PER_SECOND = 100;

/** A process's own CPU (utime + stime) and its reaped children's, in seconds. */
function processCpu(pid: number): { ppid: number; own: number; reaped: number } | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // After the name: state(0) ppid(1) ... utime(11) stime(12) cutime(13) cstime(14).
    const ticks = (i: number) => Number(fields[i]) / TICKS_PER_SECOND;
    return { ppid: Number(fields[1]), own: ticks(11) + ticks(12), reaped: ticks(13) + ticks(14) };
  } catch {
    return undefined;
  }
}

/**
 * CPU seconds used so far by the API process itself and by all its descendants (the
 * embedded Postgres and its backends; reaped backends count through their parent).
 */
export function treeCpu(root: number): { api: number; postgres: number } {
  const all = new Map<number, { ppid: number; own: number; reaped: number }>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const info = processCpu(Number(entry));
    if (info) all.set(Number(entry), info);
  }
  let postgres = 0;
  const todo = [root];
  while (todo.length) {
    const parent = todo.pop();
    for (const [pid, info] of all) {
      if (info.ppid !== parent) continue;
      postgres += info.own + info.reaped;
      todo.push(pid);
    }
  }
  return { api: all.get(root)?.own ?? 0, postgres };
}

/** The 1, 5 and 15 minute load averages, as printed by uptime. */
export function loadAverage(): string {
  return readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
}

/** CPU seconds spent by the API and Postgres while `work` ran, and the load averages. */
export async function measureCpu<T>(
  apiPid: number,
  work: () => Promise<T>,
): Promise<{ result: T; apiCpuSeconds: number; postgresCpuSeconds: number; load: number[] }> {
  const before = treeCpu(apiPid);
  const result = await work();
  const after = treeCpu(apiPid);
  return {
    result,
    apiCpuSeconds: +(after.api - before.api).toFixed(1),
    postgresCpuSeconds: +(after.postgres - before.postgres).toFixed(1),
    load: loadAverage().split(' ').map(Number),
  };
}
