// Lookup lists shared by the screens (campaigns, teams, units, unit levels), reloaded after edits.
import { createContext, useCallback, useContext, useEffect, useState, type ReactNode } from 'react';
import type { Campaign, Team, Unit, UnitLevel } from '../../shared/records';
import { api, unwrap } from './api';

export interface Lookups {
  campaigns: Campaign[];
  teams: Team[];
  units: Unit[];
  levels: UnitLevel[];
  loaded: boolean;
  error: string | null;
  refresh: () => Promise<void>;
}

const Ctx = createContext<Lookups | null>(null);

export function LookupsProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState<Omit<Lookups, 'refresh'>>({ campaigns: [], teams: [], units: [], levels: [], loaded: false, error: null });
  const refresh = useCallback(async () => {
    try {
      const a = api();
      const [campaigns, teams, units, levels] = await Promise.all([
        unwrap(a.campaigns.list({})), unwrap(a.teams.list({})), unwrap(a.units.list({})), unwrap(a.unitLevels.list({})),
      ]);
      setState({ campaigns, teams, units, levels, loaded: true, error: null });
    } catch (e) {
      setState((s) => ({ ...s, loaded: true, error: (e as Error).message }));
    }
  }, []);
  useEffect(() => { void refresh(); }, [refresh]);
  return <Ctx.Provider value={{ ...state, refresh }}>{children}</Ctx.Provider>;
}

export function useLookups(): Lookups {
  const v = useContext(Ctx);
  if (!v) throw new Error('LookupsProvider missing');
  return v;
}
