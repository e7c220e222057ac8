// A date typed as dd/mm/yyyy. What is half-typed stays in the field with a message and never
// reaches the record; only a real date (or an empty field) does.
import { TextInput } from '@mantine/core';
import { useEffect, useState } from 'react';
import { isoToDisplay, parseDisplayDate } from '../../../shared/vi/dates';

interface Props { label: string; value: string | null; onChange: (iso: string | null) => void; w?: number | string; testId?: string }

export function DateField({ label, value, onChange, w = 150, testId }: Props) {
  const [text, setText] = useState(isoToDisplay(value));
  const [touched, setTouched] = useState(false);
  useEffect(() => {
    const p = parseDisplayDate(text);
    if (!p.ok || p.iso !== value) setText(isoToDisplay(value));
    // only when the record changes from outside
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [value]);
  const parsed = parseDisplayDate(text);
  return (
    <TextInput
      label={label}
      placeholder="dd/mm/yyyy"
      w={w}
      value={text}
      data-testid={testId}
      inputMode="numeric"
      error={touched && !parsed.ok ? parsed.message : undefined}
      onChange={(e) => {
        const t = e.currentTarget.value;
        setText(t);
        const p = parseDisplayDate(t);
        if (p.ok && p.iso !== value) onChange(p.iso);
      }}
      onBlur={() => setTouched(true)}
    />
  );
}

/** Clock time hh:mm; accepts "8:00", "08h00" and "0800" and writes "08:00". */
export function TimeField({ label, value, onChange, testId }: { label: string; value: string | null; onChange: (v: string | null) => void; testId?: string }) {
  const [text, setText] = useState(value ?? '');
  const [touched, setTouched] = useState(false);
  const parse = (t: string): string | null | undefined => {
    const s = t.trim();
    if (!s) return null;
    const m = /^(\d{1,2})\s*[:hg]\s*(\d{2})$/i.exec(s) ?? /^(\d{2})(\d{2})$/.exec(s);
    if (!m || Number(m[1]) > 23 || Number(m[2]) > 59) return undefined;
    return `${m[1].padStart(2, '0')}:${m[2]}`;
  };
  useEffect(() => {
    if (parse(text) !== value) setText(value ?? '');
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [value]);
  const p = parse(text);
  return (
    <TextInput
      label={label}
      placeholder="hh:mm"
      w={110}
      value={text}
      data-testid={testId}
      error={touched && p === undefined ? 'Giờ dạng hh:mm, ví dụ 08:00' : undefined}
      onChange={(e) => {
        setText(e.currentTarget.value);
        const v = parse(e.currentTarget.value);
        if (v !== undefined && v !== value) onChange(v);
      }}
      onBlur={() => setTouched(true)}
    />
  );
}
