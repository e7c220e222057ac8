// An unexpected failure of a command prints a Vietnamese sentence (no English, no stack) and writes
// the stack to the log file in the data folder, as the app does.
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { tempDir } from '../helpers';

// The command itself is replaced by one that fails in a way the core never planned for.
vi.mock('../../electron/core/cli/followup', () => ({
  followUp: () => { throw new TypeError("Cannot read properties of undefined (reading 'deadline')"); },
}));
const { runCli } = await import('../../electron/core/cli/run');

const dirs: string[] = [];
afterEach(() => { while (dirs.length) fs.rmSync(dirs.pop()!, { recursive: true, force: true }); });

describe('cli: unexpected errors', () => {
  it('prints the Vietnamese unexpected message and logs the stack', async () => {
    const dir = tempDir('bienban-cli-');
    dirs.push(dir);
    const out: string[] = [];
    const err: string[] = [];
    const code = await runCli(['follow-up', '--data-dir', dir], { out: (s) => out.push(s), err: (s) => err.push(s), env: {}, cwd: dir });
    expect(code).toBe(1);
    const printed = err.join('\n');
    expect(printed).toContain('Không thực hiện được thao tác theo dõi kiến nghị');
    expect(printed).toContain('nhật ký lỗi');
    expect(printed).not.toMatch(/Cannot read|TypeError|\bat\s/);
    const log = fs.readFileSync(path.join(dir, 'logs', 'bienban.log'), 'utf8');
    expect(log).toContain('[cli follow-up]');
    expect(log).toContain("TypeError: Cannot read properties of undefined (reading 'deadline')");
    expect(log).toMatch(/\n\s+at /); // the stack, not only the message
  });
});
