// "Gỡ bản chụp": one confirmation for every list of scans (the signed copies on the Văn bản tab, a
// unit's remediation report). The scan goes to the bin (kind 'attachment') and can be restored from
// there or with "Hoàn tác"; the stored file stays in the data folder.
import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useState, type ReactNode } from 'react';
import { api, unwrap } from '../../api';
import { useUndo } from '../../components/Undo';

export function RemoveScanButton({ id, fileName, owner, note, remove, onChanged }: {
  /** The attachment's id (what the bin restores). */
  id: string;
  fileName: string;
  /** What it is attached to, in her words ("Biên bản số 05/BB-ĐKT"). */
  owner: string;
  /** Anything else she should know before confirming (e.g. the signing date is kept). */
  note?: ReactNode;
  /** The core call that takes it off (documents.removeSigned or remediation.detach). */
  remove: () => Promise<unknown>;
  /** After it is removed or restored: reload the list. A refusal is shown in the app's toast. */
  onChanged: () => void;
}) {
  const undo = useUndo();
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const confirm = async () => {
    setBusy(true);
    try {
      await remove();
      setOpen(false);
      onChanged();
      undo.offer(`Đã gỡ bản chụp "${fileName}" và chuyển vào Thùng rác.`, async () => {
        await unwrap(api().bin.restore({ kind: 'attachment', id }));
        onChanged();
      });
    } catch (e) {
      setOpen(false);
      undo.fail(e);
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <Button size="xs" variant="subtle" color="red" onClick={() => setOpen(true)} aria-label={`Gỡ bản chụp ${fileName}`}>
        Gỡ bản chụp
      </Button>
      <Modal opened={open} onClose={() => setOpen(false)} title="Gỡ bản chụp" centered>
        <Stack>
          <Text size="sm">Gỡ bản chụp <b>{fileName}</b> khỏi {owner}?</Text>
          <Text size="sm">Bản chụp được chuyển vào Thùng rác và có thể khôi phục từ đó; tệp vẫn được giữ trong thư mục dữ liệu.</Text>
          {note}
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setOpen(false)}>Hủy</Button>
            <Button color="red" loading={busy} onClick={() => void confirm()} data-testid="confirm-remove-scan">Gỡ bản chụp</Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
