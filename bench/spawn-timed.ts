import { spawnSync } from 'node:child_process';

/**
 * Each spawned process reports its own CPU time (user + system, all threads) as it exits: unlike
 * wall time, it does not grow while the process waits for a core on a loaded machine.
 */
const CPU_HOOK = `data:text/javascript,process.on('exit',()=>{const u=process.cpuUsage();process.stderr.write('\\ncpu-ms '+(u.user+u.system)/1000+'\\n')})`;

export interface Sample {
  /** ms, spawn to exit. */
  wall: number;
  /** ms of CPU the process used. */
  cpu: number;
}

/**
 * One spawn of `node ...args` in `cwd`, stdout ignored. Throws if the process is killed or exits
 * with a status above `maxStatus` (linters exit 1 when they report something, 2 on errors).
 */
export function spawnTimed(args: string[], cwd: string, maxStatus = 1): Sample {
  const t0 = performance.now();
  const result = spawnSync(process.execPath, ['--import', CPU_HOOK, ...args], {
    cwd,
    stdio: ['ignore', 'ignore', 'pipe'],
    encoding: 'utf8',
    maxBuffer: 256 << 20,
  });
  const wall = performance.now() - t0;
  if (result.status === null || result.status > maxStatus) throw new Error(`node ${args.join(' ')} failed: ${result.stderr ?? result.error}`);
  const cpu = Number(/cpu-ms ([\d.]+)\s*$/.exec(result.stderr)?.[1]);
  return { wall, cpu };
}
