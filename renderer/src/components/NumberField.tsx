// A count typed the Vietnamese way ("25.718") or plainly ("25718"); shown grouped once typed.
import { TextInput } from '@mantine/core';
import { useEffect, useState } from 'react';
import { formatCount, formatDecimal, parseVietnameseNumber } from '../../../shared/vi/numbers';

interface Props {
  label?: string; value: number | null; onChange: (v: number | null) => void;
  w?: number | string; placeholder?: string; testId?: string; 'aria-label'?: string;
}

export const showNumber = (v: number | null): string =>
  v === null ? '' : Number.isInteger(v) ? formatCount(v) : formatDecimal(v, 2);

export function NumberField({ label, value, onChange, w = 130, placeholder, testId, ...rest }: Props) {
  const [text, setText] = useState(showNumber(value));
  useEffect(() => {
    if (parseVietnameseNumber(text) !== value) setText(showNumber(value));
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [value]);
  const parsed = parseVietnameseNumber(text);
  return (
    <TextInput
      label={label}
      aria-label={rest['aria-label']}
      w={w}
      value={text}
      placeholder={placeholder}
      data-testid={testId}
      inputMode="decimal"
      error={Number.isNaN(parsed) ? 'Không phải là số' : undefined}
      onChange={(e) => {
        const t = e.currentTarget.value;
        setText(t);
        const v = parseVietnameseNumber(t);
        if (!Number.isNaN(v) && v !== value) onChange(v);
      }}
      onBlur={() => { if (parsed !== null && !Number.isNaN(parsed)) setText(showNumber(parsed)); }}
    />
  );
}
