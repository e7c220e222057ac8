// After a file is written: where it went, and buttons to open it (Word, Excel for a workbook, or the
// mail program for a .eml draft) or show it in its folder.
import { Alert, Button, Group, Text } from '@mantine/core';
import type { SavedFile } from '../../../shared/documents/types';
import { api, unwrap } from '../api';
import { useUndo } from './Undo';

export function SavedFileNote({ file, onClose }: { file: SavedFile; onClose: () => void }) {
  const { fail } = useUndo();
  if (!file.path) return null;
  const run = (p: Promise<unknown>) => p.catch(fail);
  return (
    <Alert color="green" withCloseButton onClose={onClose} data-testid="saved-file">
      <Text size="sm">Đã lưu: <b>{file.path}</b></Text>
      {file.fileId && <Group gap="xs" mt="xs">
        <Button size="xs" variant="light" onClick={() => run(unwrap(api().documents.open({ id: file.fileId! })))}>
          {/\.eml$/i.test(file.path) ? 'Mở bằng chương trình thư' : /\.xlsx$/i.test(file.path) ? 'Mở bằng Excel' : /\.pdf$/i.test(file.path) ? 'Mở tệp PDF' : 'Mở bằng Word'}
        </Button>
        <Button size="xs" variant="subtle" onClick={() => run(unwrap(api().documents.showInFolder({ id: file.fileId! })))}>Hiện trong thư mục</Button>
      </Group>}
    </Alert>
  );
}
