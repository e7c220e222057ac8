import { Button, Stack, Text, Title } from '@mantine/core';
import { Cell, VirtualRows } from '../components/VirtualRows';
import { api, unwrap } from '../api';
import { useLookups } from '../data';
import { useLoad } from '../hooks/useLoad';
import { emitChange } from '../changes';

const KIND = { campaign: 'Đợt kiểm tra', team: 'Đoàn kiểm tra', unit: 'Đơn vị', inspection: 'Cuộc kiểm tra', remediationReport: 'Báo cáo khắc phục', attachment: 'Bản chụp' } as const;

export function BinScreen() {
  const { data, reload } = useLoad(() => unwrap(api().bin.list({})), []);
  const { refresh } = useLookups();
  return (
    <Stack>
      <Title order={2}>Thùng rác</Title>
      <Text size="sm" c="dimmed">Các mục đã xóa nằm ở đây và có thể khôi phục.</Text>
      <VirtualRows rows={data ?? []} rowKey={(b) => b.kind + b.id} columns="150px minmax(0, 1fr) 190px 130px"
        headers={['Loại', 'Mục', 'Xóa lúc', '']} testId="bin-list" rowTestId="bin-row"
        render={(b) => (
          <>
            <Cell>{KIND[b.kind]}</Cell>
            <Cell>{b.label}</Cell>
            <Cell>{new Date(b.deletedAt).toLocaleString('vi-VN')}</Cell>
            <Cell>
              <Button size="xs" variant="light" onClick={async () => { await unwrap(api().bin.restore({ kind: b.kind, id: b.id })); emitChange(); reload(); await refresh(); }}>
                Khôi phục
              </Button>
            </Cell>
          </>
        )} />
      {data && data.length === 0 && <Text c="dimmed">Thùng rác trống.</Text>}
    </Stack>
  );
}
