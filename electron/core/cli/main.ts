// Entry point of the command line: `npm run cli -- <lệnh>` (tsx electron/core/cli/main.ts).
import { runCli, userCwd } from './run';

process.exitCode = await runCli(process.argv.slice(2), {
  out: (s) => process.stdout.write(`${s}\n`),
  err: (s) => process.stderr.write(`${s}\n`),
  env: process.env,
  cwd: userCwd(process.env, process.cwd()),
});
