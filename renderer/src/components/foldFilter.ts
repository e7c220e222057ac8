// The one filter of every searchable drop-down (Mantine Select, MultiSelect, Autocomplete): the same
// folding as search everywhere (shared/vi/text.ts foldKey), so "muong cha" finds "Mường Chà" and
// "hoa binh" finds "Hòa Bình" and "Hoà Bình". Every word typed must appear in the label, in any order.
// Set once as the default of those components in the theme (main.tsx), so no picker is left out.
import { isOptionsGroup, type ComboboxItem, type ComboboxParsedItem, type OptionsFilter } from '@mantine/core';
import { foldKey } from '../../../shared/vi/text';

// Labels are folded once, not on every keystroke (a unit picker holds hundreds of names).
const folded = new Map<string, string>();
const MAX_CACHED = 5000;
function foldLabel(label: string): string {
  let f = folded.get(label);
  if (f === undefined) {
    if (folded.size >= MAX_CACHED) folded.clear();
    folded.set(label, (f = foldKey(label)));
  }
  return f;
}

export function foldFilterItems(options: ComboboxParsedItem[], search: string, limit: number): ComboboxParsedItem[] {
  const words = foldKey(search).split(/\s+/).filter(Boolean);
  const out: ComboboxParsedItem[] = [];
  for (const item of options) {
    if (out.length >= limit) break;
    if (isOptionsGroup(item)) {
      const items = foldFilterItems(item.items, search, limit - out.length) as ComboboxItem[];
      if (items.length) out.push({ group: item.group, items });
    } else if (words.every((w) => foldLabel(item.label).includes(w))) {
      out.push(item);
    }
  }
  return out;
}

export const foldFilter: OptionsFilter = ({ options, search, limit }) => foldFilterItems(options, search, limit);
