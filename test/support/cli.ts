// Runs the command line as a user would, `node --import tsx electron/core/cli/main.ts …`, from the
// repository root, with a clean environment (no data folder or npm script name inherited).
import { spawn, spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const ENTRY = ['--import', 'tsx', 'electron/core/cli/main.ts'];

export interface CliResult { code: number | null; stdout: string; stderr: string }

function childEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env = { ...process.env, ...extra };
  if (!extra.BIENBAN_DATA_DIR) delete env.BIENBAN_DATA_DIR;
  delete env.npm_lifecycle_event;
  return env;
}

export function cli(args: string[], env: Record<string, string> = {}): CliResult {
  const r = spawnSync(process.execPath, [...ENTRY, ...args], { cwd: ROOT, env: childEnv(env), encoding: 'utf8', timeout: 60_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** The same, without blocking, so independent commands can run side by side. */
export function cliAsync(args: string[]): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...ENTRY, ...args], { cwd: ROOT, env: childEnv({}) });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (s: string) => (stdout += s));
    child.stderr.setEncoding('utf8').on('data', (s: string) => (stderr += s));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}
