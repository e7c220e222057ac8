// A text box that grows with what is typed, sized by the browser (CSS `field-sizing: content`,
// Chromium 123+; Electron 45 is Chromium 140) instead of Mantine's `autosize`. Mantine measures each
// box in JavaScript each time it renders (mount, every keystroke): it copies the box's computed style
// to a hidden textarea and reads its scrollHeight three times, each read a forced layout; a tab of
// fifteen recommendations holds thirty such boxes. The rows Mantine took as minRows / maxRows become
// min-height / max-height in lines (`lh`) plus the box's padding and border, so a box is as tall as
// before.
import { Textarea, type TextareaProps } from '@mantine/core';

export type GrowingTextareaProps = Omit<TextareaProps, 'autosize' | 'minRows' | 'maxRows' | 'rows' | 'styles'> & {
  /** Height when empty, in lines (default 1). */
  minRows?: number;
  /** Past this many lines the box scrolls instead of growing (default: it always grows). */
  maxRows?: number;
};

/** `n` lines of text plus the vertical padding and border Mantine gives an input. */
const lines = (n: number) => `calc(${n}lh + 2 * var(--input-padding-y, 0rem) + 2 * calc(0.0625rem * var(--mantine-scale)))`;

export function GrowingTextarea({ minRows = 1, maxRows, ...props }: GrowingTextareaProps) {
  const input = {
    fieldSizing: 'content',
    // Never below Mantine's own input height, as with autosize (a one-line box stays as tall as a TextInput).
    minHeight: `max(var(--input-height, 0rem), ${lines(minRows)})`,
    maxHeight: maxRows === undefined ? undefined : lines(maxRows),
    overflowY: maxRows === undefined ? 'hidden' : 'auto',
  } as const;
  return <Textarea {...props} rows={minRows} styles={{ input }} />;
}
