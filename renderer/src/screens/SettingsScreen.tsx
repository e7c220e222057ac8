// The issuing side, set once: it heads every document BienBan produces.
import { Alert, Group, Paper, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { useEffect, useState } from 'react';
import type { IssuerSettings } from '../../../shared/records';
import { api, unwrap } from '../api';
import { SaveError, SaveStatus } from '../components/SaveStatus';
import { useAutosave } from '../hooks/useAutosave';

const EMPTY: IssuerSettings = {
  province: '', superiorBody: '', issuingBody: '', teamBodyName: 'ĐOÀN KIỂM TRA CÔNG TÁC CẢI CÁCH HÀNH CHÍNH',
  placeName: '', teamSymbol: 'ĐKT', issuerSymbol: '',
};

const FIELDS: { key: keyof IssuerSettings; label: string; hint: string }[] = [
  { key: 'province', label: 'Tỉnh, thành phố', hint: 'Ví dụ: Điện Biên' },
  { key: 'superiorBody', label: 'Cơ quan chủ quản', hint: 'Dòng trên cùng của tiêu đề, ví dụ: UBND TỈNH ĐIỆN BIÊN' },
  { key: 'issuingBody', label: 'Cơ quan ban hành thông báo kết luận', hint: 'Ví dụ: SỞ NỘI VỤ' },
  { key: 'teamBodyName', label: 'Tên Đoàn kiểm tra trên văn bản', hint: 'Ví dụ: ĐOÀN KIỂM TRA CÔNG TÁC CẢI CÁCH HÀNH CHÍNH' },
  { key: 'placeName', label: 'Địa danh ghi ngày tháng', hint: 'Ví dụ: Điện Biên (→ "Điện Biên, ngày … tháng … năm …")' },
  { key: 'teamSymbol', label: 'Ký hiệu của Đoàn', hint: 'Ví dụ: ĐKT (→ Số: 05/BB-ĐKT)' },
  { key: 'issuerSymbol', label: 'Ký hiệu cơ quan ban hành', hint: 'Ví dụ: SNV (→ Số: 112/TB-SNV)' },
];

export function SettingsScreen() {
  const [value, setValue] = useState<IssuerSettings | null>(null);
  const [isNew, setIsNew] = useState(false);
  useEffect(() => {
    unwrap(api().settings.get({})).then((s) => { setIsNew(!s); setValue(s ?? EMPTY); });
  }, []);
  const { state } = useAutosave(value, (v) => unwrap(api().settings.save(v)));
  if (!value) return null;
  return (
    <Stack maw={900}>
      <Group justify="space-between">
        <Title order={2}>Thiết lập cơ quan ban hành</Title>
        <SaveStatus state={state} />
      </Group>
      <SaveError state={state} />
      {isNew && (
        <Alert color="blue">Nhập một lần thông tin cơ quan; BienBan dùng cho tiêu đề, số và ký hiệu của mọi văn bản. Mọi thay đổi được lưu tự động.</Alert>
      )}
      <Paper withBorder p="md">
        <SimpleGrid cols={2}>
          {FIELDS.map((f) => (
            <TextInput
              key={f.key}
              label={f.label}
              description={f.hint}
              value={value[f.key]}
              onChange={(e) => { const v = e.currentTarget.value; setValue((s) => s && { ...s, [f.key]: v }); }}
            />
          ))}
        </SimpleGrid>
      </Paper>
      <Text size="sm" c="dimmed">Tên cơ quan viết IN HOA đúng như trên văn bản; ký hiệu viết liền, không dấu cách.</Text>
    </Stack>
  );
}
