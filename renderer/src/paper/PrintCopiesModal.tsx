// Asking how many copies to print (the minutes suggest their "lập thành N bản"), and the print
// shortcut's rules, shared by the document preview, the Văn bản tab and the follow-up list.
import { Button, Group, Modal, NumberInput, Stack, Text } from '@mantine/core';
import { useEffect, useState } from 'react';

/** An open preview or print dialog (Mantine leaves a closed modal's empty root in the page). */
export const OPEN_PAPER_DIALOG = '[data-bb-preview]:not(:empty), [data-bb-printdialog]:not(:empty)';

/** True for Ctrl+P (Cmd+P), the print shortcut. */
export const isPrintKey = (e: KeyboardEvent) => (e.ctrlKey || e.metaKey) && !e.altKey && !e.shiftKey && e.key.toLowerCase() === 'p';

/** The copy count to print, the minutes' "lập thành N bản" suggested. */
export function PrintCopiesModal({ opened, suggested, hint, onPrint, onClose }: {
  opened: boolean; suggested: number; hint: string; onPrint: (copies: number) => void; onClose: () => void;
}) {
  const [copies, setCopies] = useState<number>(suggested);
  useEffect(() => { if (opened) setCopies(suggested); }, [opened, suggested]);
  return (
    <Modal opened={opened} onClose={onClose} title="In văn bản" size="sm" data-bb-printdialog>
      <Stack>
        <NumberInput label="Số bản" min={1} max={99} value={copies} onChange={(v) => setCopies(Math.min(99, Math.max(1, Number(v) || 1)))}
          description={hint} data-autofocus />
        <Text size="xs" c="dimmed">Có Microsoft Word: in bằng Word ra máy in mặc định. Không có Word: in bản xem trước, chọn máy in trong hộp thoại in.</Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>Hủy</Button>
          <Button onClick={() => onPrint(copies)}>In</Button>
        </Group>
      </Stack>
    </Modal>
  );
}
