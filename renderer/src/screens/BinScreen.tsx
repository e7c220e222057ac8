import { Button, Stack, Table, Text, Title } from '@mantine/core';
import { api, unwrap } from '../api';
import { useLookups } from '../data';
import { useLoad } from '../hooks/useLoad';
import { emitChange } from '../changes';

const KIND = { campaign: 'Đợt kiểm tra', team: 'Đoàn kiểm tra', unit: 'Đơn vị', inspection: 'Cuộc kiểm tra' } as const;

export function BinScreen() {
  const { data, reload } = useLoad(() => unwrap(api().bin.list({})), []);
  const { refresh } = useLookups();
  return (
    <Stack>
      <Title order={2}>Thùng rác</Title>
      <Text size="sm" c="dimmed">Các mục đã xóa nằm ở đây và có thể khôi phục.</Text>
      <Table striped>
        <Table.Thead><Table.Tr><Table.Th>Loại</Table.Th><Table.Th>Mục</Table.Th><Table.Th>Xóa lúc</Table.Th><Table.Th /></Table.Tr></Table.Thead>
        <Table.Tbody>
          {(data ?? []).map((b) => (
            <Table.Tr key={b.kind + b.id}>
              <Table.Td>{KIND[b.kind]}</Table.Td>
              <Table.Td>{b.label}</Table.Td>
              <Table.Td>{new Date(b.deletedAt).toLocaleString('vi-VN')}</Table.Td>
              <Table.Td>
                <Button size="xs" variant="light" onClick={async () => { await unwrap(api().bin.restore({ kind: b.kind, id: b.id })); emitChange(); reload(); await refresh(); }}>
                  Khôi phục
                </Button>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {data && data.length === 0 && <Text c="dimmed">Thùng rác trống.</Text>}
    </Stack>
  );
}
