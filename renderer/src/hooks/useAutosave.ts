// Autosave: what is typed stays in local state (keystrokes never round-trip through IPC); the whole
// record is saved after a short pause, when focus leaves a field, and when the page is hidden or the
// editor closes. Saves are serial, and a save never writes back into the fields being typed in.
// "Đã lưu" means the record on screen is the one on disk. A failed save keeps everything on screen,
// is tried again with the next change, and leaving the screen or closing the window then asks first.
import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiFailure } from '../api';
import { emitChange } from '../changes';

export type SaveStatus = 'saved' | 'dirty' | 'saving' | 'error';
export interface SaveState { status: SaveStatus; message?: string; savedAt?: Date }

/** Saves running anywhere in the app; a deletion from a list waits for them (see whenSavesSettle). */
const inFlight = new Set<Promise<void>>();
export async function whenSavesSettle(): Promise<void> {
  while (inFlight.size) await Promise.allSettled([...inFlight]);
}

function messageOf(e: unknown): string {
  if (e instanceof ApiFailure && e.code === 'DELETED') {
    return 'Hồ sơ này đã được chuyển vào Thùng rác nên không lưu được nữa. Những gì đang gõ vẫn còn trên màn hình: khôi phục hồ sơ trong Thùng rác để lưu tiếp.';
  }
  return (e as Error).message;
}

export function useAutosave<T>(value: T | null, save: (v: T) => Promise<unknown>, delay = 600) {
  const [state, setState] = useState<SaveState>({ status: 'saved' });
  const stateRef = useRef(state);
  stateRef.current = state;
  const lastSaved = useRef<string | null>(null);
  /** The record object whose JSON is lastSaved: the same object means nothing to save. */
  const savedValue = useRef<T | null>(null);
  const latest = useRef<T | null>(value);
  latest.current = value;
  const saveRef = useRef(save);
  saveRef.current = save;
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const running = useRef<Promise<void> | null>(null);
  const cancelled = useRef(false);
  /** Bumped after each successful save: screens that show what the core derives re-read on it. */
  const [savedCount, setSavedCount] = useState(0);

  const unsaved = () => latest.current !== null && lastSaved.current !== null && JSON.stringify(latest.current) !== lastSaved.current;

  const flush = useCallback(async (): Promise<void> => {
    clearTimeout(timer.current);
    while (running.current) await running.current;
    const v = latest.current;
    if (v === null || cancelled.current) return;
    const json = JSON.stringify(v);
    // Asked before the baseline effect below has run (a child's effect runs before its parent's: the
    // previous year's recommendations flush on mount): the first record seen is the one loaded from
    // disk, so it is the baseline, not a change. Without this, opening an inspection wrote it back.
    if (lastSaved.current === null) {
      lastSaved.current = json;
      savedValue.current = v;
      return;
    }
    if (json === lastSaved.current) {
      savedValue.current = v;
      setState((s) => (s.status === 'saved' ? s : { status: 'saved', savedAt: new Date() }));
      return;
    }
    setState({ status: 'saving' });
    let ok = false;
    const run = (async () => {
      try {
        await saveRef.current(v);
        ok = true;
        lastSaved.current = json;
        savedValue.current = v;
        const current = latest.current === v ? json : JSON.stringify(latest.current);
        setState(current === json ? { status: 'saved', savedAt: new Date() } : { status: 'dirty' });
        setSavedCount((n) => n + 1);
        emitChange();
      } catch (e) {
        setState({ status: 'error', message: messageOf(e) });
      }
    })();
    running.current = run;
    inFlight.add(run);
    await run;
    inFlight.delete(run);
    running.current = null;
    // After a failure, the next change tries again (no loop of failing saves in the background).
    if (ok && unsaved() && !cancelled.current) timer.current = setTimeout(() => void flush(), delay);
  }, [delay]);

  // On the keystroke path: no JSON of the whole record here (tens of kB for a full inspection), only
  // a reference check; flush() compares the JSON when the pause is over, and finds "back to what is
  // on disk" (a field fixed, a change undone) then.
  useEffect(() => {
    if (value === null) return;
    if (lastSaved.current === null) {
      lastSaved.current = JSON.stringify(value); // the loaded record is what is on disk
      savedValue.current = value;
      return;
    }
    clearTimeout(timer.current);
    if (value === savedValue.current) {
      if (!running.current) setState((s) => (s.status === 'saved' ? s : { status: 'saved', savedAt: new Date() }));
      return;
    }
    if (cancelled.current) return;
    setState((s) => (s.status === 'error' || s.status === 'dirty' ? s : { status: 'dirty' }));
    timer.current = setTimeout(() => void flush(), delay);
  }, [value, delay, flush]);

  useEffect(() => {
    const onHide = () => { if (document.visibilityState === 'hidden') void flush(); };
    const onUnload = (e: BeforeUnloadEvent) => {
      if (!unsaved() || cancelled.current) return;
      void flush();
      // Closing the window now would lose what is not saved yet: the browser (or the shell) asks first.
      e.preventDefault();
      e.returnValue = '';
    };
    // A change of screen while the last save failed would drop what is on screen: ask first. The
    // listener runs in the capture phase so it comes before the router's own.
    const onRoute = (e: HashChangeEvent) => {
      if (cancelled.current || stateRef.current.status !== 'error' || !unsaved()) return;
      const leave = window.confirm(`Chưa lưu được những gì vừa nhập:\n${stateRef.current.message ?? ''}\n\nVẫn rời khỏi màn hình này? Những gì chưa lưu sẽ mất.`);
      if (!leave) {
        e.stopImmediatePropagation();
        history.replaceState(null, '', e.oldURL);
      }
    };
    document.addEventListener('visibilitychange', onHide);
    window.addEventListener('beforeunload', onUnload);
    window.addEventListener('hashchange', onRoute, true);
    return () => {
      document.removeEventListener('visibilitychange', onHide);
      window.removeEventListener('beforeunload', onUnload);
      window.removeEventListener('hashchange', onRoute, true);
      void flush();
    };
  }, [flush]);

  /**
   * Stops autosaving this record because it is being deleted: what is pending is saved now (so the
   * copy in the bin is what she saw), then no save can start, and a running one is waited for, so
   * none can arrive after the deletion. resume() undoes it if the deletion fails.
   */
  const cancel = useCallback(async (): Promise<void> => {
    await flush();
    cancelled.current = true;
    clearTimeout(timer.current);
    while (running.current) await running.current;
  }, [flush]);
  const resume = useCallback(() => { cancelled.current = false; }, []);
  /**
   * Deleting the record: what is pending is saved first, then no save may arrive after it went to the
   * bin (docs/architecture.md, write rule 1). If the delete fails, saving resumes and the error is thrown.
   */
  const deleteWith = useCallback(async (del: () => Promise<unknown>): Promise<void> => {
    await cancel();
    try {
      await del();
    } catch (e) {
      resume();
      throw e;
    }
  }, [cancel, resume]);

  return { state, flush, deleteWith, savedCount };
}
