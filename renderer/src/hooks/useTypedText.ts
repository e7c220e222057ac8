// A field whose text is read into a value (a date, a time, a number). What the user types stays
// in the field as typed; a valid reading goes to the record's value and clears the field's draft,
// an invalid one leaves the value null and keeps the raw text as the field's draft (saved with the
// record, so it is there again after a reload, with its message).
import { useEffect, useRef, useState } from 'react';

export type Reading<V> = { ok: true; value: V } | { ok: false; message: string };

export interface TypedTextOptions<V> {
  value: V;
  draft?: string;
  format: (v: V) => string;
  parse: (text: string) => Reading<V>;
  /** A valid value was typed (the draft, if any, is cleared through onDraft(null)). */
  onChange: (v: V) => void;
  /** The raw text of an invalid entry, or null once the field holds a valid value again. */
  onDraft?: (text: string | null) => void;
  /** The value a field holds while its text is invalid (null for dates, times, figures). */
  invalidValue?: V;
}

export function useTypedText<V>({ value, draft, format, parse, onChange, onDraft, invalidValue }: TypedTextOptions<V>) {
  const [text, setText] = useState(draft ?? format(value));
  const [focused, setFocused] = useState(false);
  const [touched, setTouched] = useState(draft !== undefined);
  const textRef = useRef(text);
  textRef.current = text;
  // Only when the record changes from outside (undo, reload) does the text follow it.
  useEffect(() => {
    const t = textRef.current;
    const r = parse(t);
    const mine = draft !== undefined ? t === draft : r.ok && JSON.stringify(r.value) === JSON.stringify(value);
    if (!mine) setText(draft ?? format(value));
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [value, draft]);
  const reading = parse(text);
  const report = (t: string) => {
    const r = parse(t);
    if (r.ok) {
      if (JSON.stringify(r.value) !== JSON.stringify(value)) onChange(r.value);
      if (draft !== undefined) onDraft?.(null);
    } else {
      if (invalidValue !== undefined && JSON.stringify(value) !== JSON.stringify(invalidValue)) onChange(invalidValue);
      if (draft !== t) onDraft?.(t);
    }
  };
  return {
    text,
    error: !reading.ok && (touched || !focused) && text.trim() !== '' ? reading.message : undefined,
    reading,
    setText: (t: string) => { setText(t); report(t); },
    onChange: (e: { currentTarget: { value: string } }) => {
      const t = e.currentTarget.value;
      setText(t);
      report(t);
    },
    onFocus: () => setFocused(true),
    onBlur: () => {
      setFocused(false);
      setTouched(true);
      // Shown the standard way once typed ("26/10" → "26/10/2023", "25718" → "25.718").
      if (reading.ok) setText(format(reading.value));
    },
  };
}
