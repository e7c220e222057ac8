// The list of inspections: open one, start a new one, move one between laptops (JSON), or load the
// demo campaign built from the five source articles. It opens on the newest campaign (ten years of a
// province is 400 inspections; the one being worked on is this year's), "Tất cả các đợt" shows every
// year, and the rows are virtualised so the page holds only those in view.
import { Alert, Button, FileButton, Group, Modal, Select, Stack, Text, Title } from '@mantine/core';
import { useEffect, useMemo, useState } from 'react';
import { newInspection } from '../../../shared/defaults';
import type { InspectionSummary } from '../../../shared/records';
import { formatDateRange, isoToDisplay } from '../../../shared/vi/dates';
import { DOC_TYPE_LABELS } from '../../../shared/documents/fields';
import type { DocumentRecord } from '../../../shared/documents/types';
import { whenSavesSettle } from '../hooks/useAutosave';
import { api, unwrap } from '../api';
import { useLookups } from '../data';
import { go } from '../router';
import { ErrorNote } from '../components/ErrorNote';
import { useUndo } from '../components/Undo';
import { useLoad } from '../hooks/useLoad';
import { downloadText } from '../download';
import { emitChange } from '../changes';
import { fileToBase64 } from '../files';
import { Cell, VirtualRows } from '../components/VirtualRows';
import { firstScreenShown } from './lazyScreen';

/** The Select's value for every campaign at once (a Select option needs a non-empty value). */
const ALL = 'all';
const COLUMNS = '70px minmax(0, 1fr) 110px 230px 190px';
const HEADERS = ['Năm', 'Đơn vị được kiểm tra', 'Đoàn', 'Thời gian', ''];

/** The campaign she last chose, kept while the app runs: coming back to the list shows the same one. */
let lastPicked: string | undefined;

export function InspectionsScreen() {
  const { campaigns, teams, units, loaded, refresh } = useLookups();
  // undefined until she picks: the newest campaign (campaigns come newest first).
  const [picked, setPicked] = useState<string | undefined>(lastPicked);
  const shownCampaign = picked ?? campaigns[0]?.id ?? ALL;
  const campaignId = shownCampaign === ALL ? null : shownCampaign;
  // Only the chosen campaign's summaries travel: the others are not read until she asks for them.
  const { data: list, reload } = useLoad(
    () => (campaigns.length || picked ? unwrap(api().inspections.list(campaignId ? { campaignId } : {})) : Promise.resolve(null)),
    [campaignId, campaigns.length > 0],
  );
  const [message, setMessage] = useState<{ color: string; text: string } | { error: unknown } | null>(null);
  const [busy, setBusy] = useState(false);
  const undo = useUndo();
  const chosen = campaignId ?? campaigns[0]?.id ?? null;
  // The list may still be the previous campaign's for a moment after a change of campaign.
  const rows = useMemo(() => (list ?? []).filter((i) => !campaignId || i.campaignId === campaignId), [list, campaignId]);
  useEffect(() => { if (list || (loaded && !campaigns.length)) firstScreenShown(); }, [list, loaded, campaigns.length]);

  const create = async () => {
    if (!chosen) return;
    const i = newInspection(chosen);
    await unwrap(api().inspections.save(i));
    go(`/inspections/${i.id}`);
  };
  const run = async (what: () => Promise<string>) => {
    setBusy(true);
    try {
      setMessage({ color: 'green', text: await what() });
    } catch (e) {
      setMessage({ error: e });
    } finally {
      setBusy(false);
      emitChange();
      reload();
      await refresh();
    }
  };
  const loadDemo = () => run(async () => {
    const r = await unwrap(api().demo.load({}));
    return `Đã nạp dữ liệu mẫu: ${r.campaigns} đợt kiểm tra, ${r.inspections} cuộc kiểm tra, ${r.units} đơn vị.`;
  });
  const importFile = (file: File | null) => file && run(async () => {
    if (file.size > 50_000_000) throw new Error('Tệp quá lớn (trên 50 MB). Không có gì được nhập.');
    const r = await unwrap(api().transfer.import({ base64: await fileToBase64(file) }));
    return [r.replaced ? 'Đã nhập và cập nhật cuộc kiểm tra đã có.' : 'Đã nhập cuộc kiểm tra mới.', r.note].filter(Boolean).join(' ');
  });
  const exportOne = async (i: InspectionSummary) => {
    try {
      const f = await unwrap(api().transfer.export({ id: i.id }));
      downloadText(f.fileName, f.json, 'application/json');
      // A scan left out of the file (too big, or damaged here) must be copied separately: say so now.
      if (f.note) setMessage({ color: 'orange', text: f.note });
    } catch (e) {
      setMessage({ error: e });
    }
  };
  const [confirmDelete, setConfirmDelete] = useState<{ i: InspectionSummary; docs: DocumentRecord[] } | null>(null);
  /** An inspection with issued documents is only deleted once she has seen which documents those are. */
  const askRemove = async (i: InspectionSummary) => {
    try {
      const docs = await unwrap(api().documents.list({ inspectionId: i.id }));
      if (docs.length) setConfirmDelete({ i, docs });
      else await remove(i);
    } catch (e) {
      setMessage({ error: e });
    }
  };
  const remove = async (i: InspectionSummary) => {
    setConfirmDelete(null);
    // A save of this inspection still on its way (its editor just closed) must land before the deletion.
    await whenSavesSettle();
    await unwrap(api().bin.delete({ kind: 'inspection', id: i.id }));
    emitChange();
    reload();
    undo.offer(`Đã chuyển cuộc kiểm tra tại ${i.unitName || '(chưa chọn đơn vị)'} vào thùng rác.`, async () => {
      await unwrap(api().bin.restore({ kind: 'inspection', id: i.id }));
      emitChange();
      reload();
    });
  };

  return (
    <Stack>
      <Group justify="space-between">
        <Title order={2}>Cuộc kiểm tra</Title>
        <Group>
          <FileButton onChange={importFile} accept="application/json,.json">
            {(props) => <Button variant="default" loading={busy} {...props}>Nhập từ tệp JSON</Button>}
          </FileButton>
          {/* Demo records never mix with real ones: the core refuses beside any record (bin included), the button only shows on an empty list. */}
          {loaded && !campaigns.length && !teams.length && !units.length && (
            <Button variant="default" onClick={loadDemo} loading={busy}>Nạp dữ liệu mẫu</Button>
          )}
        </Group>
      </Group>
      {message && ('error' in message
        ? <ErrorNote error={message.error} testId="list-message" />
        : <Alert color={message.color} withCloseButton onClose={() => setMessage(null)} style={{ whiteSpace: 'pre-line' }} data-testid="list-message">{message.text}</Alert>)}
      {campaigns.length === 0 ? (
        <Alert color="blue" title="Bắt đầu">
          Chưa có đợt kiểm tra nào. Hãy vào "Thiết lập cơ quan", rồi "Kế hoạch và Đoàn kiểm tra" để tạo đợt kiểm tra;
          hoặc bấm "Nạp dữ liệu mẫu" để xem 5 cuộc kiểm tra thật (Mường Chà, Điện Biên, Vị Xuyên, Ngọc Lặc, Mường Ảng).
        </Alert>
      ) : (
        <Group align="flex-end">
          <Select label="Đợt kiểm tra" w={420} allowDeselect={false} searchable
            data={[{ value: ALL, label: 'Tất cả các đợt' }, ...campaigns.map((c) => ({ value: c.id, label: `${c.year} – ${c.plan.number || c.title}` }))]}
            value={shownCampaign} onChange={(v) => { if (v) { lastPicked = v; setPicked(v); } }} />
          <Button onClick={create} disabled={!chosen}>Tạo cuộc kiểm tra</Button>
        </Group>
      )}
      <VirtualRows rows={rows} rowKey={(i) => i.id} columns={COLUMNS} headers={HEADERS} estimate={52}
        testId="inspection-list" rowTestId="inspection-row"
        render={(i) => (
          <>
            <Cell>{i.year}</Cell>
            <Cell>
              <Button variant="subtle" size="compact-sm" h="auto" styles={{ label: { whiteSpace: 'normal', textAlign: 'left' } }} onClick={() => go(`/inspections/${i.id}`)}>
                {i.unitName || '(chưa chọn đơn vị)'}
              </Button>
            </Cell>
            <Cell>{i.teamNumber ? `Số ${i.teamNumber}` : ''}</Cell>
            <Cell>{formatDateRange(i.dateFrom, i.dateTo)}</Cell>
            <Cell>
              <Group gap="xs" justify="flex-end" wrap="nowrap">
                <Button size="xs" variant="default" onClick={() => exportOne(i)}>Xuất JSON</Button>
                <Button size="xs" variant="subtle" color="red" onClick={() => void askRemove(i)}>Xóa</Button>
              </Group>
            </Cell>
          </>
        )} />
      <Modal opened={confirmDelete !== null} onClose={() => setConfirmDelete(null)} title="Xóa cuộc kiểm tra đã có văn bản ban hành?">
        {confirmDelete && (
          <Stack>
            <Text size="sm">
              Cuộc kiểm tra tại {confirmDelete.i.unitName || '(chưa chọn đơn vị)'} đã có văn bản ban hành:{' '}
              <b data-testid="issued-list">{confirmDelete.docs.map((d) => `${DOC_TYPE_LABELS[d.type]} số ${d.numberText} ngày ${isoToDisplay(d.issuedDate)}`).join(', ')}</b>.
            </Text>
            <Text size="sm">Cuộc kiểm tra sẽ vào Thùng rác (khôi phục được); các văn bản đã ban hành vẫn giữ nguyên trong sổ đăng ký.</Text>
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setConfirmDelete(null)}>Không xóa</Button>
              <Button color="red" onClick={() => void remove(confirmDelete.i)}>Vẫn xóa</Button>
            </Group>
          </Stack>
        )}
      </Modal>
      {list && rows.length === 0 && campaigns.length > 0 && <Text c="dimmed">Chưa có cuộc kiểm tra nào trong đợt này.</Text>}
    </Stack>
  );
}
