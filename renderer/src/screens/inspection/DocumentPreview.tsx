// The preview of a document inside BienBan, page by page as it will print (renderer/src/paper/docxPages.ts),
// a draft with its blanks highlighted and the facts issuing still needs listed with links to where they
// are typed; an issued version exactly as frozen. From here she prints (Word where installed, else
// this preview with the system dialog) and saves the PDF. Ctrl+P prints what is shown. Never takes a number.
import { Alert, Button, Group, List, Modal, Stack, Text } from '@mantine/core';
import { useCallback, useEffect, useRef, useState } from 'react';
import { DOC_TYPE_LABELS } from '../../../../shared/documents/fields';
import { PDF_CONVERTER_LABELS, type DocumentPreview as Preview, type PaperRequest, type SavedPdf } from '../../../../shared/documents/paper';
import { api, unwrap } from '../../api';
import { ErrorNote } from '../../components/ErrorNote';
import { SavedFileNote } from '../../components/SavedFileNote';
import { renderPages, withPrintCopy, type PagesProgress } from '../../paper/docxPages';
import '../../paper/paper.css';
import { isPrintKey, PrintCopiesModal } from '../../paper/PrintCopiesModal';
import { ItemLink, type OpenTab } from './openWhere';

/** What to do once the pages are laid out: print them, or save them as PDF (no Word, no LibreOffice here). */
export type AutoAction = { print: number } | { pdf: true };

const fromBase64 = (b64: string) => Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));

/** What happened after a print or a PDF, said to her. */
export type PaperNote = { kind: 'printed'; copies: number; via: 'word' | 'preview' } | { kind: 'pdf'; result: SavedPdf };

export function PaperNoteView({ note, onClose }: { note: PaperNote; onClose: () => void }) {
  if (note.kind === 'printed') {
    return (
      <Alert color="green" withCloseButton onClose={onClose} data-testid="print-note">
        {note.via === 'word' ? `Đã gửi ${note.copies} bản tới máy in mặc định qua Microsoft Word.` : `Đã gửi bản xem trước tới máy in (${note.copies} bản).`}
      </Alert>
    );
  }
  if (!note.result.file?.path) return null;
  return (
    <Stack gap={4} data-testid="pdf-note">
      <Text size="sm">PDF được chuyển bằng {PDF_CONVERTER_LABELS[note.result.converter]}.</Text>
      <SavedFileNote file={note.result.file} onClose={onClose} />
    </Stack>
  );
}

export function DocumentPreview({ request, onClose, openTab, campaignId, auto }: {
  request: PaperRequest; onClose: () => void; openTab: OpenTab; campaignId: string; auto?: AutoAction;
}) {
  const [data, setData] = useState<Preview | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [progress, setProgress] = useState<PagesProgress>({ pages: 0, done: false });
  const [printing, setPrinting] = useState(false);
  const [busy, setBusy] = useState(false);
  const [note, setNote] = useState<PaperNote | null>(null);
  const host = useRef<HTMLDivElement>(null);
  const laidOut = useRef<Promise<unknown> | null>(null);
  const autoDone = useRef(false);

  useEffect(() => {
    let alive = true;
    unwrap(api().documents.preview(request)).then((d) => alive && setData(d), (e) => alive && setError(e));
    return () => { alive = false; };
  }, [JSON.stringify(request)]); // eslint-disable-line react-hooks/exhaustive-deps

  useEffect(() => {
    if (!data || !host.current) return;
    const ctl = new AbortController();
    laidOut.current = renderPages(fromBase64(data.base64), host.current, { signal: ctl.signal, onProgress: setProgress }).catch((e) => setError(e));
    return () => ctl.abort();
  }, [data]);

  const wrapper = () => host.current?.querySelector<HTMLElement>('.docx-wrapper') ?? null;

  const print = useCallback(async (copies: number) => {
    setPrinting(false);
    setBusy(true);
    setError(null);
    try {
      const r = await unwrap(api().documents.print({ doc: request, copies }));
      if (r.via === 'preview') {
        await laidOut.current;
        const w = wrapper();
        if (!w) return;
        const { printed } = await withPrintCopy(w, (landscape) => unwrap(api().documents.printPreview({ copies, landscape })));
        if (printed) setNote({ kind: 'printed', copies, via: 'preview' });
      } else {
        setNote({ kind: 'printed', copies, via: 'word' });
      }
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  }, [request]);

  const savePdf = useCallback(async () => {
    setBusy(true);
    setError(null);
    try {
      let r = await unwrap(api().documents.savePdf(request));
      if (r.converter === 'preview' && !r.file) {
        await laidOut.current;
        const w = wrapper();
        if (!w) return;
        r = await withPrintCopy(w, () => unwrap(api().documents.savePreviewPdf(request)));
      }
      setNote({ kind: 'pdf', result: r });
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  }, [request]);

  // Opened to print or save a PDF where only the preview can: do it once the pages are there.
  useEffect(() => {
    if (!auto || autoDone.current || !progress.done) return;
    autoDone.current = true;
    if ('print' in auto) void print(auto.print);
    else void savePdf();
  }, [auto, progress.done, print, savePdf]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!isPrintKey(e)) return;
      e.preventDefault();
      if (!document.querySelector('[data-bb-printdialog]:not(:empty)')) setPrinting(true);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  const label = data ? DOC_TYPE_LABELS[data.type] : '';
  const what = !data ? 'Đang tải…' : data.numberText ? `${label} số ${data.numberText}` : `${label} – bản dự thảo (xem trước không lấy số)`;
  return (
    <Modal opened onClose={onClose} fullScreen title={`Xem trước: ${what}`} data-bb-preview data-testid="doc-preview"
      styles={{ body: { padding: 0, height: 'calc(100vh - 60px)', display: 'flex', flexDirection: 'column' } }}>
      <Stack gap="xs" px="md" pb="xs">
        <Group justify="space-between" wrap="nowrap">
          <Text size="sm" c="dimmed" data-testid="preview-progress" data-done={progress.done ? 'yes' : 'no'}>
            {progress.done ? `${progress.pages} trang khổ A4` : progress.pages ? `Đang dựng trang ${progress.pages}…` : 'Đang dựng trang đầu…'}
          </Text>
          <Group gap="xs" wrap="nowrap">
            <Button size="xs" loading={busy} disabled={!data} onClick={() => setPrinting(true)} title="Ctrl+P">In…</Button>
            <Button size="xs" variant="light" loading={busy} disabled={!data} onClick={savePdf}>Lưu PDF</Button>
            <Button size="xs" variant="default" onClick={onClose}>Đóng</Button>
          </Group>
        </Group>
        {data && data.missing.length > 0 && (
          <Alert color="red" p="xs" title="Còn thiếu trước khi ban hành (tô vàng trên văn bản)" data-testid="preview-missing">
            <List size="sm">
              {data.missing.map((m) => (
                <ItemLink key={m.field} text={m.label} where={m.where} openTab={openTab} campaignId={campaignId} before={onClose} />
              ))}
            </List>
          </Alert>
        )}
        {data && data.refusals.length > 0 && (
          <Alert color="red" p="xs" title="Không ban hành được với ngày đã chọn" data-testid="preview-refusals">
            <List size="sm">{data.refusals.map((r) => <List.Item key={r}>{r}</List.Item>)}</List>
          </Alert>
        )}
        <ErrorNote error={error} testId="preview-error" />
        {note && <PaperNoteView note={note} onClose={() => setNote(null)} />}
      </Stack>
      <div className="bb-preview" ref={host} style={{ flex: 1, overflow: 'auto' }} data-testid="preview-pages" />
      <PrintCopiesModal opened={printing} suggested={data?.copies ?? 1} onPrint={print} onClose={() => setPrinting(false)}
        hint={data?.type === 'minutes' ? `Biên bản lập thành ${String(data.copies).padStart(2, '0')} bản.` : ''} />
    </Modal>
  );
}
