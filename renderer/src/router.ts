// Hash routes keep the current screen across a reload (and work from file:// in Electron).
import { useEffect, useState } from 'react';

export type Route =
  /** The app opened with no screen named: the dashboard, or the inspections list while there is nothing yet. */
  | { name: 'home' }
  | { name: 'dashboard' }
  | { name: 'inspections' }
  /** `tab`: the editor's tab to open on ("remediation", "documents"…), from a dashboard line. */
  | { name: 'inspection'; id: string; tab?: string }
  /** `query`: the tracker's filters after "?" (follow-up/trackerUrl.ts reads and writes them). */
  | { name: 'followup'; query: string }
  | { name: 'campaigns' }
  | { name: 'campaign'; id: string; tab?: string }
  | { name: 'units'; id?: string }
  | { name: 'settings' }
  | { name: 'templates' }
  | { name: 'bin' }
  | { name: 'backup' };

export function parseHash(hash: string): Route {
  // A third part opens a tab of the record (a search hit: "#/inspections/<id>/findings", a dashboard line).
  // What follows "?" is the screen's own state (only the tracker has one: "#/follow-up?unit=…&view=overdue").
  const at = hash.indexOf('?');
  const path = at < 0 ? hash : hash.slice(0, at);
  const query = at < 0 ? '' : hash.slice(at + 1);
  const [, a, b, c] = path.replace(/^#/, '').split('/');
  if (a === undefined || a === '') return { name: 'home' };
  if (a === 'overview') return { name: 'dashboard' };
  if (a === 'inspections' && b) return { name: 'inspection', id: b, ...(c ? { tab: c } : {}) };
  if (a === 'campaigns' && b) return { name: 'campaign', id: b, ...(c ? { tab: c } : {}) };
  if (a === 'units' && b) return { name: 'units', id: b };
  if (a === 'follow-up') return { name: 'followup', query };
  if (a === 'campaigns') return { name: 'campaigns' };
  if (a === 'units') return { name: 'units' };
  if (a === 'settings') return { name: 'settings' };
  if (a === 'templates') return { name: 'templates' };
  if (a === 'bin') return { name: 'bin' };
  if (a === 'backup') return { name: 'backup' };
  return { name: 'inspections' };
}

export function go(path: string): void {
  window.location.hash = path;
}

/**
 * Changes the address in place (no new history entry, no hashchange): a screen's filters follow what
 * she picks, and Back still returns to the screen before.
 */
export function replacePath(path: string): void {
  if (window.location.hash !== `#${path}`) window.history.replaceState(window.history.state, '', `#${path}`);
}

export function useRoute(): Route {
  const [route, setRoute] = useState(() => parseHash(window.location.hash));
  useEffect(() => {
    const on = () => setRoute(parseHash(window.location.hash));
    window.addEventListener('hashchange', on);
    return () => window.removeEventListener('hashchange', on);
  }, []);
  return route;
}
