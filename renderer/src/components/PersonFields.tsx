// The fields every person row shares: Ông/Bà, full name, position, and optionally agency.
import { Group, Select, TextInput } from '@mantine/core';
import type { ReactNode } from 'react';

export interface PersonLike { honorific: '' | 'Ông' | 'Bà'; fullName: string; title: string; agency?: string }

/** `before` and `after` sit in the same row (a role select, a "chair" checkbox). */
export function PersonFields<T extends PersonLike>({ row, update, withAgency, before, after }: {
  row: T; update: (p: Partial<T>) => void; withAgency?: boolean; before?: ReactNode; after?: ReactNode;
}) {
  // Name, title and agency share the row's width (titles such as "Phó Giám đốc Sở Nội vụ, Trưởng đoàn"
  // are long): fixed widths cut them off at 1366×768 while the row had room.
  return (
    <Group gap="xs" align="flex-end" wrap="wrap">
      {before}
      <Select
        label="Danh xưng" w={90} data={['Ông', 'Bà']} value={row.honorific || null} clearable
        onChange={(v) => update({ honorific: (v ?? '') as T['honorific'] } as Partial<T>)}
      />
      <TextInput label="Họ và tên" style={{ flex: '1 1 180px' }} value={row.fullName} onChange={(e) => update({ fullName: e.currentTarget.value } as Partial<T>)} />
      <TextInput label="Chức vụ" style={{ flex: '3 1 340px' }} value={row.title} onChange={(e) => update({ title: e.currentTarget.value } as Partial<T>)} />
      {withAgency && (
        <TextInput label="Cơ quan" style={{ flex: '2 1 220px' }} value={row.agency ?? ''} onChange={(e) => update({ agency: e.currentTarget.value } as Partial<T>)} />
      )}
      {after}
    </Group>
  );
}
