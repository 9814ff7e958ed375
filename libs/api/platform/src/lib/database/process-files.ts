import { constants } from 'node:fs';
import { access, readFile, stat } from 'node:fs/promises';
import path from 'node:path';

/** True when a process with this pid exists (signal 0 checks without touching it). */
export function isProcessAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists but belongs to another user (the `postgres` user when we run as root).
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** The command line of a live process, or '' where /proc cannot tell. */
export async function processCommandLine(pid: number): Promise<string> {
  try {
    return (await readFile(`/proc/${pid}/cmdline`, 'utf8')).replace(/\0/g, ' ').trim();
  } catch {
    return '';
  }
}

/** First line of a pid file as a number, or undefined when the file is missing or garbled. */
export async function readPidFile(file: string): Promise<number | undefined> {
  try {
    const pid = Number.parseInt((await readFile(file, 'utf8')).split('\n')[0], 10);
    return Number.isInteger(pid) && pid > 0 ? pid : undefined;
  } catch {
    return undefined;
  }
}

export async function waitForExit(pid: number, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (!isProcessAlive(pid)) return true;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return !isProcessAlive(pid);
}

export async function exists(file: string): Promise<boolean> {
  try {
    await access(file, constants.F_OK);
    return true;
  } catch {
    return false;
  }
}

/**
 * The first folder on the way to `target` that users other than the owner cannot
 * enter, or undefined when every folder lets them through. Postgres refuses to run as
 * root, so as root it runs as the `postgres` user, which must reach both its binaries
 * and the data folder.
 */
export async function firstFolderClosedToOthers(target: string): Promise<string | undefined> {
  let current = path.resolve(target);
  const folders: string[] = [];
  for (;;) {
    folders.unshift(current);
    const parent = path.dirname(current);
    if (parent === current) break;
    current = parent;
  }
  for (const folder of folders) {
    let mode: number;
    try {
      mode = (await stat(folder)).mode;
    } catch {
      return undefined; // not created yet: mkdir makes it with the default, open mode
    }
    if ((mode & 0o001) === 0) return folder;
  }
  return undefined;
}
