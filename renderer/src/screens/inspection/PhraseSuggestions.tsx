// Phrase reuse: under the finding or recommendation she is typing, the sentences of past inspections
// that hold the words typed so far, most used first (search.phrases). Placed right after its
// textarea, it never takes the focus: it shows while that textarea has the focus and she has typed
// three words or more; a click or Alt+↓ (the first sentence) puts the sentence in the field. The
// textarea stays a plain controlled field: this component only listens to it.
import { Badge, Group, Paper, Stack, Text, UnstyledButton } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { memo, useEffect, useRef, useState } from 'react';
import { PHRASE_MIN_WORDS, wordCount, type PhraseKind, type PhraseSuggestion } from '../../../../shared/search';
import type { Finding } from '../../../../shared/records';
import { api, unwrap } from '../../api';
import { parseHash } from '../../router';

const DEBOUNCE_MS = 250;
const LIMIT = 5;

export const PhraseSuggestions = memo(function PhraseSuggestions({ kind, findingKind, text, areaId, onPick }: {
  kind: PhraseKind; findingKind?: Finding['kind']; text: string; areaId: string | null; onPick: (text: string) => void;
}) {
  const anchor = useRef<HTMLDivElement>(null);
  const [focused, setFocused] = useState(false);
  // Only what she types now: a row shown as it was saved suggests nothing, nor a sentence just inserted.
  const [settled, setSettled] = useState(text);
  const [debounced] = useDebouncedValue(text, DEBOUNCE_MS);
  const [list, setList] = useState<{ text: string; items: PhraseSuggestion[] }>({ text: '', items: [] });
  const active = focused && text !== settled && debounced === text && wordCount(text) >= PHRASE_MIN_WORDS;
  // Only the answer for what the field holds now: never the sentences of a few keystrokes ago.
  const shown = active && list.text === text ? list.items : [];
  const latest = useRef({ shown, onPick });
  latest.current = { shown, onPick };

  useEffect(() => {
    if (!active) return;
    let stale = false;
    const route = parseHash(window.location.hash);
    unwrap(api().search.phrases({
      text: debounced, kind, limit: LIMIT,
      ...(areaId ? { areaId } : {}),
      ...(findingKind ? { findingKind } : {}),
      // Her own inspection's sentences are not offered back to it.
      ...(route.name === 'inspection' ? { inspectionId: route.id } : {}),
    })).then(
      (items) => { if (!stale) setList({ text: debounced, items }); },
      () => { if (!stale) setList({ text: debounced, items: [] }); }, // a suggestion is a help, never an error
    );
    return () => { stale = true; };
  }, [active, debounced, kind, findingKind, areaId]);

  // Typing at the bottom of the window, the sentences appear in sight (the field moves up, not away).
  const any = shown.length > 0;
  useEffect(() => { if (any) anchor.current?.scrollIntoView({ block: 'nearest' }); }, [any]);

  const pick = (s: string) => {
    setSettled(s);
    latest.current.onPick(s);
  };

  // The textarea is the element just before this one.
  useEffect(() => {
    const prev = anchor.current?.previousElementSibling;
    const field = prev instanceof HTMLTextAreaElement ? prev : prev?.querySelector('textarea');
    if (!field) return;
    const onFocus = () => setFocused(true);
    const onBlur = () => setFocused(false);
    const onKey = (e: KeyboardEvent) => {
      const first = latest.current.shown[0];
      if (!(e.altKey && e.key === 'ArrowDown' && first)) return;
      // While a sentence is offered, Alt+↓ takes it (not RowList's "move the row down").
      e.preventDefault();
      e.stopPropagation();
      pick(first.text);
    };
    if (document.activeElement === field) setFocused(true);
    field.addEventListener('focus', onFocus);
    field.addEventListener('blur', onBlur);
    field.addEventListener('keydown', onKey);
    return () => {
      field.removeEventListener('focus', onFocus);
      field.removeEventListener('blur', onBlur);
      field.removeEventListener('keydown', onKey);
    };
  }, []);

  return (
    <div ref={anchor} data-testid="phrase-suggestions">
      {shown.length > 0 && (
        <Paper withBorder p={6} mt={4} bg="var(--mantine-color-gray-0)">
          <Text size="xs" c="dimmed" mb={4}>Câu đã dùng ở các cuộc kiểm tra trước (bấm để chèn, Alt+↓ chèn câu đầu):</Text>
          <Stack gap={2} role="list" aria-label="Câu gợi ý">
            {shown.map((s) => (
              <UnstyledButton
                key={s.text} role="listitem" tabIndex={-1} px={6} py={2} style={{ borderRadius: 4 }}
                // Keeps the focus (and the caret) in the textarea.
                onMouseDown={(e) => e.preventDefault()} onClick={() => pick(s.text)}
              >
                <Group gap="xs" wrap="nowrap" align="flex-start">
                  <Text size="sm" style={{ flex: 1 }} lineClamp={2}>{s.text}</Text>
                  <Badge size="xs" variant="light" color="gray" tt="none" style={{ flexShrink: 0 }}>{s.uses} lần</Badge>
                </Group>
              </UnstyledButton>
            ))}
          </Stack>
        </Paper>
      )}
    </div>
  );
});
