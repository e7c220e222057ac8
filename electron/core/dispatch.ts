// One entry for every call from the UI, used by the Electron main process and the browser harness:
// validate the input against the contract, run the handler, and wrap the outcome in a result
// envelope (errors thrown across IPC lose their detail, so they travel as data).
import { contract, type OpName, type Result } from '../../shared/api';
import { describeIssues } from '../../shared/issues';
import type { Handlers } from './core';
import { CoreError } from './errors';

export function isOpName(name: unknown): name is OpName {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(contract, name);
}

type Prepared = { ok: false; result: Result<unknown> } | { ok: true; run: () => unknown };

function prepare(handlers: Handlers, name: unknown, input: unknown): Prepared {
  if (!isOpName(name)) return { ok: false, result: { ok: false, error: { code: 'UNKNOWN_OP', message: 'Thao tác không được hỗ trợ' } } };
  const parsed = contract[name].input.safeParse(input, { reportInput: true });
  if (!parsed.success) {
    return { ok: false, result: { ok: false, error: { code: 'INVALID_INPUT', message: `Dữ liệu không hợp lệ:\n${describeIssues(parsed.error).join('\n')}` } } };
  }
  return { ok: true, run: () => (handlers[name] as (i: unknown) => unknown)(parsed.data) };
}

function failure(e: unknown): Result<unknown> {
  if (e instanceof CoreError) return { ok: false, error: { code: e.code, message: e.message } };
  const err = e as Error;
  if (/SQLITE_CONSTRAINT/.test(String((err as { code?: string }).code))) {
    return { ok: false, error: { code: 'CONSTRAINT', message: 'Dữ liệu không nhất quán (tham chiếu tới mục không tồn tại). Không có gì bị thay đổi.' } };
  }
  return { ok: false, error: { code: 'INTERNAL', message: `Lỗi không mong đợi: ${err?.message ?? String(e)}` } };
}

/** For callers that can wait (IPC, the harness): works for every operation, sync or async. */
export async function dispatchAsync(handlers: Handlers, name: unknown, input: unknown): Promise<Result<unknown>> {
  const p = prepare(handlers, name, input);
  if (!p.ok) return p.result;
  try {
    return { ok: true, value: await p.run() };
  } catch (e) {
    return failure(e);
  }
}

/** For synchronous callers (CLI commands, tests) of operations whose handler is synchronous. */
export function dispatch(handlers: Handlers, name: unknown, input: unknown): Result<unknown> {
  if (isOpName(name) && contract[name].async) {
    // Refused before running: a sync caller could not wait for its result.
    return { ok: false, error: { code: 'ASYNC_OP', message: `Thao tác ${name} chạy bất đồng bộ: dùng dispatchAsync` } };
  }
  const p = prepare(handlers, name, input);
  if (!p.ok) return p.result;
  try {
    return { ok: true, value: p.run() };
  } catch (e) {
    return failure(e);
  }
}
