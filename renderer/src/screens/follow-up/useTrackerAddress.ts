// Keeps the tracker's address and its filters together: what she picks is written into the address in
// place (replaceState: Back still returns to the dashboard she came from), and a link followed while the
// tracker is open (a search hit, the menu) sets the filters it names.
import { useEffect, useRef } from 'react';
import { parseHash, replacePath } from '../../router';
import { parseTrackerQuery, trackerPath, type TrackerUrlState } from './trackerUrl';

export function useTrackerAddress(state: TrackerUrlState, apply: (s: TrackerUrlState) => void): void {
  const path = trackerPath(state);
  const written = useRef<string | null>(null);
  useEffect(() => {
    replacePath(path);
    written.current = window.location.hash;
  }, [path]);
  const applyRef = useRef(apply);
  applyRef.current = apply;
  useEffect(() => {
    const on = () => {
      const route = parseHash(window.location.hash);
      if (route.name === 'followup' && window.location.hash !== written.current) applyRef.current(parseTrackerQuery(route.query));
    };
    window.addEventListener('hashchange', on);
    return () => window.removeEventListener('hashchange', on);
  }, []);
}
