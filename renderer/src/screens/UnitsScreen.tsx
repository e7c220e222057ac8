// Inspected units with their level, parent and representatives; unit levels are data too.
import { Button, Grid, Group, NavLink, Paper, Select, Stack, Text, TextInput, Title } from '@mantine/core';
import { useEffect, useMemo, useState } from 'react';
import { newId } from '../../../shared/defaults';
import type { Representative, Unit } from '../../../shared/records';
import { compareVi, foldKey } from '../../../shared/vi/text';
import { api, unwrap } from '../api';
import { useLookups } from '../data';
import { PersonFields } from '../components/PersonFields';
import { RowList } from '../components/RowList';
import { SaveError, SaveStatus } from '../components/SaveStatus';
import { useUndo } from '../components/Undo';
import { useAutosave } from '../hooks/useAutosave';
import { UnitLevelsEditor } from './UnitLevelsEditor';
import { RemovedRowsButton, RemovedRowsProvider } from '../components/RemovedRows';
import { Cell, VirtualRows } from '../components/VirtualRows';

/** The name a unit has until she types its own; selected on entering the field so typing replaces it. */
const NEW_UNIT_NAME = 'Đơn vị mới';
const selectStandIn = (e: { currentTarget: HTMLInputElement; preventDefault(): void }) => {
  if (e.currentTarget.value !== NEW_UNIT_NAME) return;
  e.preventDefault(); // a click's own caret placement would undo the selection
  e.currentTarget.select();
};

export function UnitsScreen({ id }: { id?: string }) {
  const { units, levels, refresh } = useLookups();
  // A search hit opens its unit (#/units/<id>).
  const [selected, setSelected] = useState<string | null>(id ?? null);
  useEffect(() => { if (id) setSelected(id); }, [id]);
  const [query, setQuery] = useState('');
  const undo = useUndo();
  const sorted = useMemo(
    () => units.filter((u) => foldKey(u.name).includes(foldKey(query))).sort((a, b) => compareVi(a.name, b.name)),
    [units, query],
  );
  const levelName = useMemo(() => new Map(levels.map((l) => [l.id, l.name])), [levels]);
  const current = units.find((u) => u.id === selected) ?? null;
  const create = async () => {
    const u: Unit = { id: newId(), name: NEW_UNIT_NAME, levelId: null, parentId: null, address: '', email: '', representatives: [] };
    await unwrap(api().units.save(u));
    await refresh();
    setSelected(u.id);
  };
  const remove = async (u: Unit) => {
    await unwrap(api().bin.delete({ kind: 'unit', id: u.id }));
    setSelected(null);
    await refresh();
    undo.offer(`Đã chuyển "${u.name}" vào thùng rác.`, async () => {
      await unwrap(api().bin.restore({ kind: 'unit', id: u.id }));
      await refresh();
    });
  };
  return (
    <Stack>
      <Group justify="space-between">
        <Title order={2}>Đơn vị được kiểm tra</Title>
        <Button onClick={create}>Thêm đơn vị</Button>
      </Group>
      <Grid>
        <Grid.Col span={4}>
          <Paper withBorder p="xs">
            <TextInput placeholder="Tìm đơn vị (gõ có dấu hoặc không dấu)" value={query} onChange={(e) => setQuery(e.currentTarget.value)} mb="xs" />
            {/* A province has hundreds of units (every commune): only those in view are in the page. */}
            <VirtualRows rows={sorted} rowKey={(u) => u.id} columns="minmax(0, 1fr)" headers={[`Đơn vị (${sorted.length})`]} estimate={58}
              height="520px" testId="unit-list" rowTestId="unit-row"
              render={(u) => (
                <Cell>
                  <NavLink label={u.name} description={levelName.get(u.levelId ?? '')} active={u.id === selected} onClick={() => setSelected(u.id)} />
                </Cell>
              )} />
          </Paper>
        </Grid.Col>
        <Grid.Col span={8}>
          {current ? <UnitEditor key={current.id} unit={current} onDelete={() => remove(current)} /> : (
            <Text c="dimmed">Chọn một đơn vị ở bên trái, hoặc bấm "Thêm đơn vị".</Text>
          )}
        </Grid.Col>
      </Grid>
      <UnitLevelsEditor />
    </Stack>
  );
}

function UnitEditor({ unit, onDelete }: { unit: Unit; onDelete: () => Promise<void> }) {
  const { units, levels, refresh } = useLookups();
  const undo = useUndo();
  const [value, setValue] = useState<Unit>(unit);
  const { state, deleteWith, flush } = useAutosave(value, async (v) => { await unwrap(api().units.save(v)); await refresh(); });
  const del = () => deleteWith(onDelete).catch((e) => undo.fail(e));
  const set = (patch: Partial<Unit>) => setValue((u) => ({ ...u, ...patch }));
  // A unit cannot sit under itself or under one of its own sub-units.
  const descendants = useMemo(() => {
    const out = new Set([unit.id]);
    let grew = true;
    while (grew) {
      grew = false;
      for (const u of units) if (u.parentId && out.has(u.parentId) && !out.has(u.id)) { out.add(u.id); grew = true; }
    }
    return out;
  }, [units, unit.id]);
  const parents = units.filter((u) => !descendants.has(u.id)).sort((a, b) => compareVi(a.name, b.name));
  return (
    <RemovedRowsProvider<Unit> parentKind="unit" parentId={value.id} flush={flush} edit={setValue}>
    <Paper withBorder p="md">
      <Stack>
        <Group justify="space-between">
          <Title order={4}>{value.name || 'Đơn vị'}</Title>
          <Group><RemovedRowsButton /><SaveStatus state={state} /><Button color="red" variant="subtle" onClick={del}>Xóa</Button></Group>
        </Group>
        <SaveError state={state} />
        <TextInput label="Tên đơn vị" description="Ví dụ: UBND huyện Mường Chà" value={value.name} onChange={(e) => set({ name: e.currentTarget.value })}
          // A new unit's stand-in name is selected as she enters the field, so what she types replaces it
          // (typing after a click used to give "Đơn vị mớiUBND huyện …").
          autoFocus={value.name === NEW_UNIT_NAME} onFocus={selectStandIn} onMouseUp={selectStandIn} />
        <Group grow>
          <Select label="Cấp" data={levels.map((l) => ({ value: l.id, label: l.name }))} value={value.levelId} clearable onChange={(v) => set({ levelId: v })} />
          <Select label="Đơn vị cấp trên" searchable clearable data={parents.map((u) => ({ value: u.id, label: u.name }))}
            value={value.parentId} onChange={(v) => set({ parentId: v })} />
        </Group>
        <Group grow align="flex-start">
          <TextInput label="Địa chỉ" value={value.address} onChange={(e) => set({ address: e.currentTarget.value })} />
          <TextInput label="Thư điện tử (nhận văn bản)" title="Nhiều địa chỉ cách nhau bằng dấu ;"
            placeholder="vd: vanthu@muongcha.gov.vn; ubnd@muongcha.gov.vn" value={value.email} onChange={(e) => set({ email: e.currentTarget.value })} />
        </Group>
        <Text fw={600}>Người đại diện</Text>
        <RowList<Representative>
          rows={value.representatives}
          onChange={(representatives) => set({ representatives })}
          newRow={() => ({ id: newId(), honorific: '', fullName: '', title: '' })}
          addLabel="Thêm người đại diện"
          itemLabel="người đại diện"
          collection="representatives"
          render={(row, update) => <PersonFields row={row} update={update} />}
        />
      </Stack>
    </Paper>
    </RemovedRowsProvider>
  );
}
