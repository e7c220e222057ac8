// Sao lưu và khôi phục: the backups BienBan keeps by itself (at start, then every 30 minutes of
// changes), a backup now or onto a USB stick, and restoring one, after saying plainly that the
// current data is kept as a backup first (so a restore can itself be undone).
import { Alert, Badge, Button, Group, Modal, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useEffect, useState } from 'react';
import type { BackupInfo, ChosenBackup } from '../../../shared/api';
import { formatBackupTime } from '../../../shared/backup';
import { formatDecimal } from '../../../shared/vi/numbers';
import { api, unwrap } from '../api';
import { ErrorNote } from '../components/ErrorNote';
import { useLoad } from '../hooks/useLoad';

/** Kept across the reload that follows a restore, so she sees what happened. */
const RESTORED_KEY = 'bienban.restored';

const backupTime = (iso: string) => formatBackupTime(new Date(iso));

export function formatSize(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${formatDecimal(bytes / 1024 / 1024, 1)} MB` : `${formatDecimal(Math.max(1, bytes / 1024), 0)} KB`;
}

type Pending = { kind: 'listed'; backup: BackupInfo } | { kind: 'file'; file: ChosenBackup };

export function BackupScreen() {
  const list = useLoad(() => unwrap(api().backup.list({})), []);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  // Read while rendering, removed once the screen is on the page: a first render that React throws
  // away (the lazy screen suspending) must not use up the message.
  const [done, setDone] = useState<string | null>(() => sessionStorage.getItem(RESTORED_KEY));
  useEffect(() => sessionStorage.removeItem(RESTORED_KEY), []);
  const [pending, setPending] = useState<Pending | null>(null);

  const run = async (what: () => Promise<string | null>) => {
    setBusy(true);
    setError(null);
    setDone(null);
    try {
      const msg = await what();
      if (msg) setDone(msg);
      list.reload();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  const backupNow = () => run(async () => {
    const b = await unwrap(api().backup.now({}));
    return `Đã sao lưu lúc ${backupTime(b.time)}: ${b.name}`;
  });
  const saveTo = () => run(async () => {
    const saved = await unwrap(api().backup.saveTo({}));
    return saved.path ? `Đã lưu bản sao lưu ra ${saved.path}` : null;
  });
  const openFolder = () => run(async () => (await unwrap(api().backup.openFolder({})), null));
  // The core opens the dialog and reads the file where it is (a USB .zip of any size); cancelling
  // the dialog leaves everything as it was and says nothing.
  const chooseFile = () => run(async () => {
    const file = await unwrap(api().backup.chooseFile({}));
    if (file) setPending({ kind: 'file', file });
    return null;
  });

  const restore = async (p: Pending) => {
    setPending(null);
    await run(async () => {
      const req = p.kind === 'listed' ? { name: p.backup.name } : { chosen: p.file.token };
      const r = await unwrap(api().backup.restore(req));
      // A scan that did not come back is named (the data itself is restored all the same).
      sessionStorage.setItem(
        RESTORED_KEY,
        [
          `Đã khôi phục dữ liệu từ ${r.restored}. Dữ liệu trước khi khôi phục được giữ lại trong bản sao lưu ${r.keptAs}.`,
          ...(r.scansRestored ? [`Đã khôi phục ${r.scansRestored} bản chụp đính kèm.`] : []),
          ...r.scanProblems,
        ].join('\n'),
      );
      // Every screen and list reads the restored data afresh; everything was saved, nothing typed is lost.
      window.location.reload();
      return null;
    });
  };

  const rows = list.data ?? [];
  return (
    <Stack maw={1000}>
      <Title order={2}>Sao lưu và khôi phục</Title>
      <Text size="sm" c="dimmed">
        BienBan tự sao lưu dữ liệu khi khởi động và sau mỗi 30 phút có thay đổi, vào thư mục sao lưu trong thư mục dữ liệu.
        Giữ mọi bản của 7 ngày gần nhất, sau đó mỗi tuần một bản trong 8 tuần, và luôn giữ 3 bản mới nhất.
        Mỗi bản sao lưu mang theo các bản chụp đính kèm (bản đã ký, báo cáo khắc phục); "Sao lưu ra…" lưu tất cả vào một tệp .zip.
        Nên sao lưu ra USB thường xuyên: mất máy tính là mất mọi bản sao lưu trên máy.
      </Text>
      <Group>
        <Button onClick={backupNow} loading={busy}>Sao lưu ngay</Button>
        <Button variant="light" onClick={saveTo} disabled={busy}>Sao lưu ra…</Button>
        <Button variant="light" color="orange" onClick={chooseFile} disabled={busy}>Khôi phục từ tệp…</Button>
        <Button variant="subtle" onClick={openFolder} disabled={busy}>Mở thư mục sao lưu</Button>
      </Group>
      {done && (
        <Alert color={/không khôi phục được/.test(done) ? 'orange' : 'green'} withCloseButton onClose={() => setDone(null)} data-testid="backup-done"
          style={{ whiteSpace: 'pre-line' }}>
          {done}
        </Alert>
      )}
      <ErrorNote error={error} />
      <ErrorNote error={list.error} title="Không đọc được danh sách bản sao lưu" />
      <Paper withBorder>
        <Table striped data-testid="backup-list">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Thời điểm sao lưu</Table.Th>
              <Table.Th>Tệp</Table.Th>
              <Table.Th>Dung lượng</Table.Th>
              <Table.Th>Phiên bản dữ liệu</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.length === 0 && list.data && (
              <Table.Tr><Table.Td colSpan={5}><Text size="sm" c="dimmed">Chưa có bản sao lưu nào.</Text></Table.Td></Table.Tr>
            )}
            {rows.map((b) => (
              <Table.Tr key={b.name}>
                <Table.Td>
                  {backupTime(b.time)}
                  {b.preRestore && <Badge ml="xs" size="sm" color="gray">trước khi khôi phục</Badge>}
                </Table.Td>
                <Table.Td><Text size="sm" ff="monospace">{b.name}</Text></Table.Td>
                <Table.Td>{formatSize(b.size)}</Table.Td>
                <Table.Td>{b.schemaVersion ?? '—'}</Table.Td>
                <Table.Td>
                  <Button size="xs" variant="subtle" color="orange" disabled={busy} onClick={() => setPending({ kind: 'listed', backup: b })}>Khôi phục</Button>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Paper>
      <Modal opened={pending !== null} onClose={() => setPending(null)} title="Khôi phục dữ liệu" centered>
        {pending && (
          <Stack>
            <Text size="sm">
              Thay toàn bộ dữ liệu hiện tại bằng dữ liệu trong{' '}
              <b>{pending.kind === 'listed' ? `bản sao lưu lúc ${backupTime(pending.backup.time)}` : `tệp ${pending.file.fileName}`}</b>?
            </Text>
            {pending.kind === 'file' && (
              <Text size="sm" c="dimmed" data-testid="chosen-file" style={{ overflowWrap: 'anywhere' }}>
                {pending.file.path} ({formatSize(pending.file.size)})
              </Text>
            )}
            <Text size="sm">
              Dữ liệu hiện tại được giữ lại trước thành một bản sao lưu (tên có "truoc-khoi-phuc"), nên vẫn có thể quay lại.
              Tệp được kiểm tra trước; tệp hỏng hoặc của phiên bản BienBan mới hơn sẽ bị từ chối và không có gì thay đổi.
            </Text>
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setPending(null)}>Hủy</Button>
              <Button color="orange" onClick={() => void restore(pending)} data-testid="confirm-restore">Khôi phục</Button>
            </Group>
          </Stack>
        )}
      </Modal>
    </Stack>
  );
}
