// Autosave: what is typed stays in local state (keystrokes never round-trip through IPC); the whole
// record is saved after a short pause, when focus leaves a field, and when the page is hidden or the
// editor closes. Saves are serial, and a save never writes back into the fields being typed in.
import { useCallback, useEffect, useRef, useState } from 'react';

export type SaveStatus = 'saved' | 'dirty' | 'saving' | 'error';
export interface SaveState { status: SaveStatus; message?: string; savedAt?: Date }

export function useAutosave<T>(value: T | null, save: (v: T) => Promise<unknown>, delay = 600) {
  const [state, setState] = useState<SaveState>({ status: 'saved' });
  const lastSaved = useRef<string | null>(null);
  const latest = useRef<T | null>(value);
  latest.current = value;
  const saveRef = useRef(save);
  saveRef.current = save;
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const running = useRef<Promise<void> | null>(null);

  const flush = useCallback(async (): Promise<void> => {
    clearTimeout(timer.current);
    while (running.current) await running.current;
    const v = latest.current;
    if (v === null) return;
    const json = JSON.stringify(v);
    if (json === lastSaved.current) return;
    setState({ status: 'saving' });
    const run = (async () => {
      try {
        await saveRef.current(v);
        lastSaved.current = json;
        const current = JSON.stringify(latest.current);
        setState(current === json ? { status: 'saved', savedAt: new Date() } : { status: 'dirty' });
      } catch (e) {
        setState({ status: 'error', message: (e as Error).message });
      }
    })();
    running.current = run;
    await run;
    running.current = null;
    if (JSON.stringify(latest.current) !== lastSaved.current) timer.current = setTimeout(() => void flush(), delay);
  }, [delay]);

  useEffect(() => {
    if (value === null) return;
    const json = JSON.stringify(value);
    if (lastSaved.current === null) {
      lastSaved.current = json; // the loaded record is what is on disk
      return;
    }
    if (json === lastSaved.current) return;
    setState((s) => (s.status === 'error' ? s : { status: 'dirty' }));
    clearTimeout(timer.current);
    timer.current = setTimeout(() => void flush(), delay);
  }, [value, delay, flush]);

  useEffect(() => {
    const onHide = () => { if (document.visibilityState === 'hidden') void flush(); };
    const onUnload = () => void flush();
    document.addEventListener('visibilitychange', onHide);
    window.addEventListener('pagehide', onUnload);
    window.addEventListener('beforeunload', onUnload);
    return () => {
      document.removeEventListener('visibilitychange', onHide);
      window.removeEventListener('pagehide', onUnload);
      window.removeEventListener('beforeunload', onUnload);
      void flush();
    };
  }, [flush]);

  return { state, flush };
}
