// A date typed as people type it ("26/10", "26.10.2023", "6/9/22"), shown as dd/mm/yyyy. An invalid
// entry is kept as the field's draft with its message under the field; the date itself stays empty.
import { TextInput } from '@mantine/core';
import { isoToDisplay, parseTypedDate, parseTypedTime } from '../../../shared/vi/dates';
import { useTypedText } from '../hooks/useTypedText';

interface Props {
  label: string; value: string | null; onChange: (iso: string | null) => void;
  draft?: string; onDraft?: (text: string | null) => void;
  /** The record's year, for a date typed as day and month only. */
  year?: number | null;
  /** Called on leaving the field when words were typed instead of a date ("khắc phục ngay"). */
  onWording?: (text: string) => void;
  w?: number | string; testId?: string;
}

const hasWords = (s: string) => /\p{L}{2,}/u.test(s);

export function DateField({ label, value, onChange, draft, onDraft, year, onWording, w = 150, testId }: Props) {
  const f = useTypedText<string | null>({
    value, draft, onChange, onDraft, invalidValue: null, format: isoToDisplay,
    parse: (t) => {
      const p = parseTypedDate(t, year);
      return p.ok ? { ok: true, value: p.iso } : p;
    },
  });
  return (
    <TextInput
      label={label}
      placeholder="dd/mm/yyyy"
      w={w}
      value={f.text}
      data-testid={testId}
      error={f.error}
      onChange={f.onChange}
      onFocus={f.onFocus}
      onBlur={() => {
        if (onWording && !f.reading.ok && hasWords(f.text)) {
          onWording(f.text.trim());
          f.setText('');
        }
        f.onBlur();
      }}
    />
  );
}

/** Clock time hh:mm; accepts "8:00", "08h00", "8g30" and "0800" and writes "08:00". */
export function TimeField({ label, value, onChange, draft, onDraft, testId }: {
  label: string; value: string | null; onChange: (v: string | null) => void;
  draft?: string; onDraft?: (text: string | null) => void; testId?: string;
}) {
  const f = useTypedText<string | null>({
    value, draft, onChange, onDraft, invalidValue: null, format: (v) => v ?? '',
    parse: (t) => {
      const p = parseTypedTime(t);
      return p.ok ? { ok: true, value: p.time } : p;
    },
  });
  return (
    <TextInput label={label} placeholder="hh:mm" w={110} value={f.text} data-testid={testId} error={f.error}
      onChange={f.onChange} onFocus={f.onFocus} onBlur={f.onBlur} />
  );
}
