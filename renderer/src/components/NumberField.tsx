// A count typed the Vietnamese way ("25.718") or plainly ("25718"); shown grouped once typed.
// Something that is not a number, or a negative one, is kept as the field's draft with its message.
import { TextInput } from '@mantine/core';
import { formatCount, formatDecimal, parseVietnameseNumber } from '../../../shared/vi/numbers';
import { useTypedText, type Reading } from '../hooks/useTypedText';

interface Props {
  label?: string; value: number | null; onChange: (v: number | null) => void;
  draft?: string; onDraft?: (text: string | null) => void;
  w?: number | string; placeholder?: string; testId?: string; 'aria-label'?: string;
}

export const showNumber = (v: number | null): string =>
  v === null ? '' : Number.isInteger(v) ? formatCount(v) : formatDecimal(v, 2);

export function readNumber(t: string): Reading<number | null> {
  if (/^\s*-/.test(t)) return { ok: false, message: 'Số không được âm' };
  const v = parseVietnameseNumber(t);
  if (Number.isNaN(v)) return { ok: false, message: 'Không phải là số: gõ như 25.718 hoặc 97,52' };
  return { ok: true, value: v };
}

export function NumberField({ label, value, onChange, draft, onDraft, w = 130, placeholder, testId, ...rest }: Props) {
  const f = useTypedText<number | null>({ value, draft, onChange, onDraft, invalidValue: null, format: showNumber, parse: readNumber });
  return (
    <TextInput
      label={label}
      aria-label={rest['aria-label']}
      w={w}
      value={f.text}
      placeholder={placeholder}
      data-testid={testId}
      inputMode="decimal"
      error={f.error}
      onChange={f.onChange}
      onFocus={f.onFocus}
      onBlur={f.onBlur}
    />
  );
}
