import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { loadavg } from 'node:os';
import path from 'node:path';

const TICKS_PER_SECOND = 100;

/** utime + stime (+ reaped children's) of one process, in seconds; 0 when it is gone. */
function processSeconds(pid: number, withChildren: boolean): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command name, which may hold spaces: state is field 3.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const [utime, stime, cutime, cstime] = fields.slice(11, 15).map(Number);
    return (utime + stime + (withChildren ? cutime + cstime : 0)) / TICKS_PER_SECOND;
  } catch {
    return 0;
  }
}

function childPids(parent: number): number[] {
  const pids: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (ppid === parent) pids.push(Number(entry));
    } catch {
      // The process ended meanwhile.
    }
  }
  return pids;
}

/** CPU seconds so far of the API process and of Postgres (postmaster, backends, workers). */
export function cpuSeconds(apiPid: number, pgDataDir: string): { api: number; postgres: number } {
  const pidFile = path.join(pgDataDir, 'postmaster.pid');
  let postgres = 0;
  if (existsSync(pidFile)) {
    const postmaster = Number(readFileSync(pidFile, 'utf8').split('\n')[0]);
    postgres =
      processSeconds(postmaster, true) +
      childPids(postmaster).reduce((sum, pid) => sum + processSeconds(pid, false), 0);
  }
  return { api: processSeconds(apiPid, true), postgres };
}

/** CPU seconds spent by the API and Postgres while `work` ran, and the load averages. */
export async function measureCpu<T>(
  apiPid: number,
  pgDataDir: string,
  work: () => Promise<T>,
): Promise<{ result: T; apiCpuSeconds: number; postgresCpuSeconds: number; load: number[] }> {
  const before = cpuSeconds(apiPid, pgDataDir);
  const result = await work();
  const after = cpuSeconds(apiPid, pgDataDir);
  return {
    result,
    apiCpuSeconds: +(after.api - before.api).toFixed(1),
    postgresCpuSeconds: +(after.postgres - before.postgres).toFixed(1),
    load: loadavg().map((value) => +value.toFixed(2)),
  };
}
