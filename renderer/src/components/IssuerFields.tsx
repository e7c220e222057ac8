// The issuing side (cơ quan ban hành): edited on a campaign's "Cơ quan ban hành" tab, and in the
// settings as the default a new campaign starts from (docs/domain.md "Who issues what").
import { Button, Group, Menu, Paper, SegmentedControl, Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { defaultIssuer } from '../../../shared/defaults';
import { ISSUER_PRESETS } from '../../../shared/documents/issuing';
import { HEAD_OF, issuingBodyOf } from '../../../shared/documents/signing';
import type { BodyKind, IssuerLevel, IssuerSettings } from '../../../shared/records';

type TextKey = 'province' | 'superiorBody' | 'issuingBody' | 'teamBodyName' | 'placeName' | 'teamSymbol' | 'issuerSymbol' | 'headTitle';

const FIELDS: { key: TextKey; label: string; hint: string }[] = [
  { key: 'province', label: 'Tỉnh, thành phố', hint: 'Ví dụ: Điện Biên' },
  { key: 'superiorBody', label: 'Cơ quan chủ quản', hint: 'Dòng trên cùng của tiêu đề, ví dụ: UBND TỈNH ĐIỆN BIÊN, UBND HUYỆN NGỌC LẶC' },
  { key: 'issuingBody', label: 'Cơ quan ban hành thông báo kết luận', hint: 'Ví dụ: SỞ NỘI VỤ, PHÒNG NỘI VỤ' },
  { key: 'teamBodyName', label: 'Tên Đoàn kiểm tra trên văn bản', hint: 'Ví dụ: ĐOÀN KIỂM TRA CÔNG TÁC CẢI CÁCH HÀNH CHÍNH' },
  { key: 'placeName', label: 'Địa danh ghi ngày tháng', hint: 'Ví dụ: Điện Biên (→ "Điện Biên, ngày … tháng … năm …")' },
  { key: 'teamSymbol', label: 'Ký hiệu của Đoàn', hint: 'Ví dụ: ĐKT (→ Số: 05/BB-ĐKT)' },
  { key: 'issuerSymbol', label: 'Ký hiệu cơ quan ban hành', hint: 'Ví dụ: SNV (→ Số: 112/TB-SNV), PNV' },
];

const LEVELS: { value: IssuerLevel; label: string }[] = [
  { value: 'province', label: 'Cấp tỉnh' },
  { value: 'district', label: 'Cấp huyện (trước 01/7/2025)' },
];

const KINDS: { value: BodyKind; label: string }[] = [
  { value: 'department', label: 'Sở' },
  { value: 'office', label: 'Văn phòng' },
  { value: 'division', label: 'Phòng' },
  { value: 'board', label: 'Ban' },
  { value: 'peoples-committee', label: 'Ủy ban nhân dân' },
];

export function IssuerFields({ value, onChange, testId }: { value: IssuerSettings; onChange: (v: IssuerSettings) => void; testId?: string }) {
  const set = (patch: Partial<IssuerSettings>) => onChange({ ...value, ...patch });
  const body = issuingBodyOf(value);
  return (
    <Paper withBorder p="md" data-testid={testId}>
      <Stack gap="sm">
        <Group justify="space-between" align="flex-end">
          <div>
            <Text size="sm" fw={500} mb={4}>Cấp của cơ quan ban hành</Text>
            <SegmentedControl data={LEVELS} value={value.level} onChange={(v) => set({ level: v as IssuerLevel })} />
          </div>
          <PresetMenu value={value} onChange={onChange} />
        </Group>
        <SimpleGrid cols={2}>
          {FIELDS.map((f) => (
            <TextInput key={f.key} label={f.label} description={f.hint} value={value[f.key]}
              onChange={(e) => set({ [f.key]: e.currentTarget.value })} />
          ))}
          <Select label="Loại cơ quan ban hành" description={`Để trống: BienBan đọc từ tên (hiện là: ${KINDS.find((k) => k.value === body.kind)?.label ?? 'Sở'})`}
            clearable data={KINDS} value={value.issuingBodyKind || null}
            onChange={(v) => set({ issuingBodyKind: (v ?? '') as BodyKind | '' })} />
          <TextInput label="Chức danh người đứng đầu" description={`Để trống: ${HEAD_OF[body.kind]} (ký "KT. ${HEAD_OF[body.kind].toLocaleUpperCase('vi')}" cho cấp phó)`}
            value={value.headTitle} onChange={(e) => set({ headTitle: e.currentTarget.value })} />
        </SimpleGrid>
        <Text size="sm" c="dimmed">Tên cơ quan viết IN HOA đúng như trên văn bản; ký hiệu viết liền, không dấu cách.</Text>
      </Stack>
    </Paper>
  );
}

/** Fills the fields from a usual set-up and a place name; what she typed is replaced only on this click. */
function PresetMenu({ value, onChange }: { value: IssuerSettings; onChange: (v: IssuerSettings) => void }) {
  const [place, setPlace] = useState('');
  return (
    <Group align="flex-end" gap="xs">
      <TextInput size="xs" label="Tên tỉnh hoặc huyện" placeholder="ví dụ: Thanh Hóa" value={place} onChange={(e) => setPlace(e.currentTarget.value)} />
      <Menu>
        <Menu.Target><Button size="xs" variant="light" disabled={!place.trim()}>Điền theo mẫu…</Button></Menu.Target>
        <Menu.Dropdown>
          {ISSUER_PRESETS.map((p) => (
            <Menu.Item key={p.key} onClick={() => onChange({ ...p.make(place.trim(), value.province), teamBodyName: value.teamBodyName || defaultIssuer().teamBodyName })}>
              {p.label} – {p.placeKind} {place.trim()}
            </Menu.Item>
          ))}
        </Menu.Dropdown>
      </Menu>
    </Group>
  );
}
