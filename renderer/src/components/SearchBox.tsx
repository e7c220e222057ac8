// Ctrl+F anywhere: one box that searches every record as she types (folded, so "muong cha" finds
// "Mường Chà"; shared/search.ts) and opens the hit where its text is typed: the inspection on the
// right tab, the unit, the campaign. Keyboard: ↑/↓ choose, Enter opens, Esc closes (focus goes back
// where she was typing).
import { Badge, Group, Modal, ScrollArea, Stack, Text, TextInput, UnstyledButton } from '@mantine/core';
import { useDebouncedValue, useHotkeys } from '@mantine/hooks';
import { Fragment, useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { matchRanges, searchTerms, SEARCH_KIND_LABELS, type SearchHit, type SearchKind } from '../../../shared/search';
import { api, unwrap } from '../api';
import { go } from '../router';
import { ErrorNote } from './ErrorNote';

const LIMIT = 30;
const DEBOUNCE_MS = 120;

/** The tab of the inspection editor each kind of row is typed on. */
const INSPECTION_TAB: Partial<Record<SearchKind, string>> = {
  inspection: 'general', attendee: 'attendees', finding: 'findings', recommendation: 'recommendations',
  proposal: 'opinion', document: 'documents',
};

/** Where a hit opens (router.ts paths). */
export function hitPath(h: SearchHit): string {
  const tab = INSPECTION_TAB[h.kind];
  if (tab) return `/inspections/${h.inspectionId ?? h.id}/${tab}`;
  if (h.kind === 'unit') return `/units/${h.id}`;
  if (h.kind === 'representative') return `/units/${h.parentId}`;
  if (h.kind === 'campaign') return `/campaigns/${h.id}/plan`;
  return `/campaigns/${h.campaignId}/teams`; // a team member
}

/** The text with the words that matched in bold, found by the same folding as the search. */
function Highlighted({ text, terms }: { text: string; terms: string[] }) {
  const ranges = matchRanges(text, terms);
  let at = 0;
  return (
    <>
      {ranges.map(([a, b], k) => {
        const before = text.slice(at, a);
        at = b;
        return <Fragment key={k}>{before}<mark>{text.slice(a, b)}</mark></Fragment>;
      })}
      {text.slice(at)}
    </>
  );
}

export function SearchBox() {
  const [opened, setOpened] = useState(false);
  const [text, setText] = useState('');
  const [debounced] = useDebouncedValue(text, DEBOUNCE_MS);
  const [hits, setHits] = useState<SearchHit[]>([]);
  const [searched, setSearched] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [active, setActive] = useState(0);
  const seq = useRef(0);
  const list = useRef<HTMLDivElement>(null);

  // In every field too: Ctrl+F while typing a finding opens the search, not the browser's find bar.
  // Where she was typing, to go back to on Esc: kept here rather than left to the modal's own return,
  // which lost the field when the editor re-rendered under the open box.
  const before = useRef<HTMLElement | null>(null);
  // Letters typed between Ctrl+F and the search field taking focus (a fast "nam po") went to the field
  // behind the box, writing "na" into the record: until the field has focus they are kept for the search.
  const opening = useRef<{ typed: string } | null>(null);
  useHotkeys([['mod+F', () => {
    if (!opened) {
      before.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
      opening.current = { typed: '' };
    }
    setOpened(true);
  }]], [], true);
  useEffect(() => {
    // Text as the field would receive it (keys, Unikey's Backspace then accented letter, pasted words).
    const hold = (e: InputEvent) => {
      const o = opening.current;
      if (!o || (e.target instanceof HTMLElement && e.target.closest('[data-testid="search-box"]'))) return;
      if (e.inputType === 'insertText' && e.data) o.typed += e.data;
      else if (e.inputType === 'deleteContentBackward') o.typed = o.typed.slice(0, -1);
      else return;
      e.preventDefault();
      e.stopPropagation();
    };
    window.addEventListener('beforeinput', hold, true);
    return () => window.removeEventListener('beforeinput', hold, true);
  }, []);
  const focusSearch = (input: HTMLInputElement) => {
    const typed = opening.current?.typed ?? '';
    opening.current = null;
    // Opened again, the last words are there to refine or to type over; letters typed ahead replace them.
    if (!typed) {
      input.select();
      return;
    }
    // Into the field itself at once, not only the state: the next letter may come before React renders.
    input.value = typed;
    input.setSelectionRange(typed.length, typed.length);
    setText(typed);
  };
  const refocus = () => {
    const el = before.current;
    before.current = null;
    if (el?.isConnected && document.activeElement === document.body) el.focus();
  };

  useEffect(() => {
    const q = debounced.trim();
    const mine = ++seq.current;
    if (!opened || !searchTerms(q).length) {
      setHits([]);
      setSearched('');
      return;
    }
    unwrap(api().search.query({ text: q.slice(0, 500), limit: LIMIT })).then(
      (h) => {
        if (mine !== seq.current) return; // a later keystroke's answer wins
        setHits(h);
        setSearched(q);
        setActive(0);
        setError(null);
      },
      (e) => mine === seq.current && setError(e),
    );
  }, [debounced, opened]);

  useEffect(() => {
    list.current?.querySelector(`[data-index="${active}"]`)?.scrollIntoView({ block: 'nearest' });
  }, [active]);

  const close = () => {
    opening.current = null;
    setOpened(false);
  };
  const open = (h: SearchHit | undefined) => {
    if (!h) return;
    close();
    go(hitPath(h));
  };
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'ArrowDown') setActive((a) => Math.min(a + 1, hits.length - 1));
    else if (e.key === 'ArrowUp') setActive((a) => Math.max(a - 1, 0));
    else if (e.key === 'Enter') open(hits[active]);
    else return;
    e.preventDefault();
  };
  const terms = searchTerms(searched);

  return (
    <Modal opened={opened} onClose={close} onExitTransitionEnd={refocus} title="Tìm kiếm trong mọi hồ sơ" size="xl" yOffset="8vh" data-testid="search-box">
      <Stack gap="sm">
        <TextInput
          data-autofocus aria-label="Từ khóa cần tìm" placeholder="Gõ không cần dấu, ví dụ: muong cha, thu tuc hanh chinh, 05/BB"
          value={text} onChange={(e) => setText(e.currentTarget.value)} onKeyDown={onKeyDown}
          onFocus={(e) => focusSearch(e.currentTarget)}
          role="combobox" aria-expanded={hits.length > 0} aria-controls="search-results"
          aria-activedescendant={hits.length ? `search-hit-${active}` : undefined}
        />
        {error != null && <ErrorNote error={error} title="Không tìm được" />}
        {searched && !hits.length && <Text c="dimmed" size="sm">Không tìm thấy “{searched}”.</Text>}
        {hits.length > 0 && (
          <ScrollArea.Autosize mah="60vh" type="auto">
            <Stack gap={2} ref={list} id="search-results" role="listbox" aria-label="Kết quả tìm kiếm" data-query={searched}>
              {hits.map((h, k) => (
                <UnstyledButton
                  key={`${h.kind}:${h.id}`} id={`search-hit-${k}`} data-index={k} role="option" aria-selected={k === active}
                  onClick={() => open(h)}
                  // Moving the mouse chooses; a list redrawn under a still pointer does not take the choice from the keyboard.
                  onMouseMove={() => k !== active && setActive(k)} px="sm" py={6}
                  style={{ borderRadius: 4, background: k === active ? 'var(--mantine-color-blue-light)' : undefined }}
                >
                  <Group gap="xs" wrap="nowrap">
                    <Badge size="sm" variant="light" style={{ flexShrink: 0 }}>{SEARCH_KIND_LABELS[h.kind]}</Badge>
                    <Text size="sm" fw={500} truncate>{h.title}</Text>
                  </Group>
                  <Text size="sm" c="dimmed" lineClamp={2}><Highlighted text={h.snippet} terms={terms} /></Text>
                </UnstyledButton>
              ))}
            </Stack>
          </ScrollArea.Autosize>
        )}
        <Text size="xs" c="dimmed">↑/↓ chọn · Enter mở · Esc đóng{hits.length >= LIMIT ? ` · ${LIMIT} kết quả khớp nhất đầu tiên` : ''}</Text>
      </Stack>
    </Modal>
  );
}
