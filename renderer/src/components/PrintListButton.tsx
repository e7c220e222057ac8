// "In danh sách" for the follow-up list: through Word where installed (followUp.print), otherwise the
// list is laid out as its landscape pages (the same preview as the documents) and printed with the
// system dialog. Nothing else of the follow-up screen lives here.
import { Alert, Button, Modal, Text } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import type { FollowUpExport } from '../../../shared/followup';
import { api, unwrap } from '../api';
import { renderPages, withPrintCopy } from '../paper/docxPages';
import '../paper/paper.css';
import { PrintCopiesModal } from '../paper/PrintCopiesModal';
import { ErrorNote } from './ErrorNote';

const fromBase64 = (b64: string) => Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));

/** The list laid out as pages, printed once they are there, closed after the print dialog. */
function PrintListPreview({ request, copies, onDone }: { request: FollowUpExport; copies: number; onDone: (printed: boolean | Error) => void }) {
  const host = useRef<HTMLDivElement>(null);
  const [pages, setPages] = useState(0);
  useEffect(() => {
    const ctl = new AbortController();
    (async () => {
      const list = await unwrap(api().followUp.preview(request));
      if (!host.current || ctl.signal.aborted) return;
      await renderPages(fromBase64(list.base64), host.current, { signal: ctl.signal, onProgress: (p) => setPages(p.pages) });
      const w = host.current?.querySelector<HTMLElement>('.docx-wrapper');
      if (!w || ctl.signal.aborted) return;
      const { printed } = await withPrintCopy(w, (landscape) => unwrap(api().documents.printPreview({ copies, landscape })));
      onDone(printed);
    })().catch((e: Error) => onDone(e));
    return () => ctl.abort();
  }, []); // eslint-disable-line react-hooks/exhaustive-deps
  return (
    <Modal opened onClose={() => onDone(false)} fullScreen title="In danh sách theo dõi kiến nghị" data-bb-preview>
      <Text size="sm" c="dimmed">{pages ? `${pages} trang khổ A4 ngang` : 'Đang dựng trang…'}</Text>
      <div className="bb-preview" ref={host} />
    </Modal>
  );
}

export function PrintListButton({ request, disabled }: { request: FollowUpExport; disabled?: boolean }) {
  const [asking, setAsking] = useState(false);
  const [preview, setPreview] = useState<number | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [done, setDone] = useState<string | null>(null);
  const print = async (copies: number) => {
    setAsking(false);
    setBusy(true);
    setError(null);
    setDone(null);
    try {
      const r = await unwrap(api().followUp.print({ ...request, copies }));
      if (r.via === 'word') setDone(`Đã gửi ${copies} bản danh sách tới máy in mặc định qua Microsoft Word.`);
      else setPreview(copies);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <Button variant="default" size="xs" onClick={() => setAsking(true)} loading={busy} disabled={disabled}>In danh sách…</Button>
      <PrintCopiesModal opened={asking} suggested={1} hint="" onPrint={print} onClose={() => setAsking(false)} />
      {preview !== null && (
        <PrintListPreview request={request} copies={preview} onDone={(r) => {
          setPreview(null);
          if (r instanceof Error) setError(r);
          else if (r) setDone(`Đã gửi danh sách tới máy in (${preview} bản).`);
        }} />
      )}
      {(error || done) && (
        <Modal opened onClose={() => { setError(null); setDone(null); }} title="In danh sách" size="md">
          {done && <Alert color="green" data-testid="print-note">{done}</Alert>}
          <ErrorNote error={error} />
        </Modal>
      )}
    </>
  );
}
