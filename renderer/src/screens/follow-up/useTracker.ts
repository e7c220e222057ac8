// The tracker's lines, read a page at a time as she scrolls: the list knows its total at once, holds
// placeholders for the pages not read yet, and asks for a page when one of its lines comes into view.
// A line she changes is updated where it is (it does not jump or vanish until she changes the view).
import { useCallback, useEffect, useRef, useState } from 'react';
import { trackerState, type TrackerFilters, type TrackerResult, type TrackerRowState, type TrackerSort, type TrackerView } from '../../../../shared/follow-up/tracker';
import { api, unwrap } from '../../api';

export const PAGE = 100;

/** Without dueSoonDays the core uses the settings' days, and says which (state.dueSoonDays). */
export interface TrackerAsk { today: string; dueSoonDays?: number; filters: TrackerFilters; sort: TrackerSort }

interface State {
  key: string;
  total: number;
  counts: Record<TrackerView, number> | null;
  inProgress: number;
  /** Lines the same filters find in other campaigns when the chosen one has none (followUp.query). */
  otherCampaigns: number;
  /** The "sắp đến hạn" days the core decided the statuses with (null until the first page). */
  dueSoonDays: number | null;
  pages: Map<number, TrackerRowState[]>;
  error: string | null;
  loaded: boolean;
}

const fresh = (key: string): State => ({ key, total: 0, counts: null, inProgress: 0, otherCampaigns: 0, dueSoonDays: null, pages: new Map(), error: null, loaded: false });

export function useTracker(ask: TrackerAsk) {
  const key = JSON.stringify(ask);
  const [state, setState] = useState<State>(() => fresh(key));
  const asked = useRef(new Set<string>());
  const current = useRef(key);
  current.current = key;

  const fetchPage = useCallback(async (k: string, page: number) => {
    const id = `${k}#${page}`;
    if (asked.current.has(id)) return;
    asked.current.add(id);
    const q = JSON.parse(k) as TrackerAsk;
    try {
      const res: TrackerResult = await unwrap(api().followUp.query({ ...q, offset: page * PAGE, limit: PAGE }));
      if (current.current !== k) return;
      setState((s) => {
        if (s.key !== k) return s;
        const pages = new Map(s.pages).set(page, res.rows);
        // The first page sets the total; later pages keep it, so lines do not shift under her.
        return s.loaded ? { ...s, pages } : { ...s, pages, total: res.total, counts: res.counts, inProgress: res.inProgress, otherCampaigns: res.otherCampaigns ?? 0, dueSoonDays: res.dueSoonDays, loaded: true, error: null };
      });
    } catch (e) {
      asked.current.delete(id);
      if (current.current === k) setState((s) => (s.key === k ? { ...s, error: (e as Error).message, loaded: true } : s));
    }
  }, []);

  useEffect(() => {
    asked.current = new Set();
    setState(fresh(key));
    void fetchPage(key, 0);
  }, [key, fetchPage]);

  /** A line came into view without its page: read that page. */
  const need = useCallback((index: number) => { void fetchPage(current.current, Math.floor(index / PAGE)); }, [fetchPage]);

  /** After a change: the counts again (one line read), the lines left where they are. */
  const recount = useCallback(async () => {
    const k = current.current;
    const q = JSON.parse(k) as TrackerAsk;
    try {
      const res = await unwrap(api().followUp.query({ ...q, offset: 0, limit: 1 }));
      setState((s) => (s.key === k ? { ...s, counts: res.counts, inProgress: res.inProgress } : s));
    } catch { /* the counts stay as they were; the change itself was saved and reported */ }
  }, []);

  /** Changes one line in place and recomputes its status with the same rule as the core. */
  const patch = useCallback((recommendationId: string, change: (r: TrackerRowState) => Partial<TrackerRowState>) => {
    setState((s) => {
      const q = JSON.parse(s.key) as TrackerAsk;
      const pages = new Map<number, TrackerRowState[]>();
      for (const [p, rows] of s.pages) {
        pages.set(p, rows.map((r) => {
          if (r.recommendationId !== recommendationId) return r;
          const next = { ...r, ...change(r) };
          return { ...next, state: trackerState(next, q.today, q.dueSoonDays ?? s.dueSoonDays ?? undefined) };
        }));
      }
      return { ...s, pages };
    });
  }, []);

  const rows: (TrackerRowState | null)[] = Array.from({ length: state.key === key ? state.total : 0 }, (_, i) => state.pages.get(Math.floor(i / PAGE))?.[i % PAGE] ?? null);
  return { rows, total: state.total, counts: state.counts, inProgress: state.inProgress, otherCampaigns: state.otherCampaigns, dueSoonDays: state.dueSoonDays, error: state.error, loaded: state.loaded && state.key === key, need, patch, recount };
}
