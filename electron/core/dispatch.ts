// One entry for every call from the UI, used by the Electron main process and the browser harness:
// validate the input against the contract, run the handler, and wrap the outcome in a result
// envelope (errors thrown across IPC lose their detail, so they travel as data).
// No English reaches her: an unexpected error becomes a Vietnamese sentence naming what failed; the
// English detail goes into the envelope's `detail` and, with the stack, into the log file.
import { contract, type ApiError, type OpName, type Result } from '../../shared/api';
import { errorInfo, unexpectedMessage } from '../../shared/errors';
import { describeIssues } from '../../shared/issues';
import type { Handlers } from './core';
import { CoreError } from './errors';
import type { Logger } from './log';

export function isOpName(name: unknown): name is OpName {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(contract, name);
}

type Prepared = { ok: false; result: Result<unknown> } | { ok: true; run: () => unknown };

export interface DispatchOptions {
  /** Where internal failures are written; without one (some tests) they only travel in the envelope. */
  log?: Logger;
}

// The envelope is { code, message, detail? }; the renderer adds the op and the time it saw the failure.
function fail(error: Pick<ApiError, 'code' | 'message' | 'detail'>): Result<unknown> {
  return { ok: false, error };
}

function prepare(handlers: Handlers, name: unknown, input: unknown, o: DispatchOptions): Prepared {
  if (!isOpName(name)) {
    const op = String(name).slice(0, 100);
    o.log?.error(op, new Error(`Unknown operation: ${op}`));
    return { ok: false, result: fail({ code: 'UNKNOWN_OP', message: 'Thao tác không được hỗ trợ.', detail: `Unknown operation: ${op}` }) };
  }
  const parsed = contract[name].input.safeParse(input, { reportInput: true });
  if (!parsed.success) {
    return { ok: false, result: fail({ code: 'INVALID_INPUT', message: `Dữ liệu không hợp lệ:\n${describeIssues(parsed.error).join('\n')}` }) };
  }
  return { ok: true, run: () => (handlers[name] as (i: unknown) => unknown)(parsed.data) };
}

export function failure(op: string, e: unknown, o: DispatchOptions = {}): Result<unknown> {
  if (e instanceof CoreError) {
    if (errorInfo(e.code).internal) o.log?.error(op, e);
    return fail(e.detail === undefined ? { code: e.code, message: e.message } : { code: e.code, message: e.message, detail: e.detail });
  }
  const err = e as Error;
  const detail = err instanceof Error ? `${err.name}: ${err.message}` : String(e);
  if (/SQLITE_CONSTRAINT/.test(String((err as { code?: string })?.code))) {
    // A reference to something deleted meanwhile: her data, not a bug, but the detail helps support.
    return fail({ code: 'CONSTRAINT', message: 'Dữ liệu không nhất quán (tham chiếu tới mục không tồn tại). Không có gì bị thay đổi.', detail });
  }
  o.log?.error(op, e);
  return fail({ code: 'INTERNAL', message: unexpectedMessage(op), detail });
}

/** For callers that can wait (IPC, the harness): works for every operation, sync or async. */
export async function dispatchAsync(handlers: Handlers, name: unknown, input: unknown, o: DispatchOptions = {}): Promise<Result<unknown>> {
  const p = prepare(handlers, name, input, o);
  if (!p.ok) return p.result;
  try {
    return { ok: true, value: await p.run() };
  } catch (e) {
    return failure(name as string, e, o);
  }
}

/** For synchronous callers (CLI commands, tests) of operations whose handler is synchronous. */
export function dispatch(handlers: Handlers, name: unknown, input: unknown, o: DispatchOptions = {}): Result<unknown> {
  if (isOpName(name) && contract[name].async) {
    // Refused before running: a sync caller could not wait for its result.
    return fail({ code: 'ASYNC_OP', message: 'Thao tác này chạy bất đồng bộ nên không gọi được theo cách này.', detail: `${name} is async: use dispatchAsync` });
  }
  const p = prepare(handlers, name, input, o);
  if (!p.ok) return p.result;
  try {
    return { ok: true, value: p.run() };
  } catch (e) {
    return failure(name as string, e, o);
  }
}
