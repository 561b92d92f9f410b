import { oneLine } from './errors.js';
import { run } from './run.js';

// `doublespeak` (package bin): lints files for layoff euphemisms. See ./run.ts.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  // The reader went away (`doublespeak … | head`): stop quietly.
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

async function readStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

const env = process.env;
const color = env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '0' ? true : process.stdout.isTTY === true && !('NO_COLOR' in env) && env.TERM !== 'dumb';

try {
  process.exitCode = await run(process.argv.slice(2), {
    cwd: process.cwd(),
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    readStdin,
    color,
  });
} catch (error) {
  // A bug, not a usage or I/O problem: still one line, unless DOUBLESPEAK_DEBUG asks for the stack.
  process.stderr.write(`doublespeak: internal error: ${oneLine(error)}\n`);
  if (env.DOUBLESPEAK_DEBUG) process.stderr.write(`${(error as Error).stack ?? ''}\n`);
  process.exitCode = 2;
}
