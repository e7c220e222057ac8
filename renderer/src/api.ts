// The renderer's only door to the data: window.api, put there by the Electron preload or by the
// browser harness shim, typed from the shared contract. Results arrive as envelopes; unwrap turns a
// failure into an error whose message is already Vietnamese. Each failure is tagged here with the
// operation and the moment it failed, and the recent ones are remembered by message, so an error
// note that was handed only the message can still copy the details for whoever supports her.
import type { Api, ApiError, Result } from '../../shared/api';

declare global {
  interface Window { api: Api }
}

export class ApiFailure extends Error {
  constructor(public readonly code: string, message: string, public readonly info: Omit<ApiError, 'code' | 'message'> = {}) {
    super(message);
  }
}

const RECENT = 20;
const recent = new Map<string, ApiError>();

function remember(e: ApiError): void {
  recent.delete(e.message);
  recent.set(e.message, e);
  while (recent.size > RECENT) recent.delete(recent.keys().next().value as string);
}

/** The failure last shown with this message (code, op, time, detail), if it came from the core. */
export function failureFor(message: string): ApiError | undefined {
  return recent.get(message);
}

export async function unwrap<T>(p: Promise<Result<T>>): Promise<T> {
  let res: Result<T>;
  try {
    res = await p;
  } catch (e) {
    const error: ApiError = {
      code: 'TRANSPORT', message: 'Không liên lạc được với phần lưu trữ. Hãy khởi động lại BienBan; những gì đã lưu không bị mất.',
      detail: String((e as Error)?.message ?? e), time: new Date().toISOString(),
    };
    remember(error);
    throw new ApiFailure(error.code, error.message, error);
  }
  if (!res.ok) {
    remember(res.error);
    const { code, message, ...info } = res.error;
    throw new ApiFailure(code, message, info);
  }
  return res.value;
}

type Method = (input: unknown) => Promise<Result<unknown>>;

/** window.api with every failure tagged with its operation name and time. */
function tagFailures(src: Api): Api {
  const out: Record<string, Record<string, Method>> = {};
  for (const [group, methods] of Object.entries(src as unknown as Record<string, Record<string, Method>>)) {
    out[group] = {};
    for (const [name, fn] of Object.entries(methods)) {
      out[group][name] = (input) =>
        fn(input).then((res) =>
          res && res.ok === false ? { ok: false, error: { op: `${group}.${name}`, time: new Date().toISOString(), ...res.error } } : res,
        );
    }
  }
  return out as unknown as Api;
}

let tagged: { src: Api; api: Api } | null = null;
export const api = (): Api => {
  if (tagged?.src !== window.api) tagged = { src: window.api, api: tagFailures(window.api) };
  return tagged.api;
};
