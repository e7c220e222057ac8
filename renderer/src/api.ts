// The renderer's only door to the data: window.api, put there by the Electron preload or by the
// browser harness shim, typed from the shared contract. Results arrive as envelopes; unwrap turns a
// failure into an error whose message is already Vietnamese.
import type { Api, Result } from '../../shared/api';

declare global {
  interface Window { api: Api }
}

export class ApiFailure extends Error {
  constructor(public readonly code: string, message: string) {
    super(message);
  }
}

export async function unwrap<T>(p: Promise<Result<T>>): Promise<T> {
  let res: Result<T>;
  try {
    res = await p;
  } catch (e) {
    throw new ApiFailure('TRANSPORT', `Không liên lạc được với phần lưu trữ: ${(e as Error).message}`);
  }
  if (!res.ok) throw new ApiFailure(res.error.code, res.error.message);
  return res.value;
}

export const api = (): Api => window.api;
