// Preview, print and PDF on the Văn bản tab, one set per document: the preview shows the draft (with
// the date of issue she chose); print and PDF act on the latest issued version when there is one,
// else on the draft. Ctrl+P on the tab
// prints the document whose panel holds the focus (the minutes otherwise). Printing goes through
// Word where installed; otherwise the preview opens and prints itself with the system dialog.
import { Button, Group, Text } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import type { DocType } from '../../../../shared/documents/fields';
import { suggestedCopies, type PaperRequest } from '../../../../shared/documents/paper';
import type { DocumentRecord } from '../../../../shared/documents/types';
import { api, unwrap } from '../../api';
import { ErrorNote } from '../../components/ErrorNote';
import { isPrintKey, OPEN_PAPER_DIALOG, PrintCopiesModal } from '../../paper/PrintCopiesModal';
import { DocumentPreview, PaperNoteView, type AutoAction, type PaperNote } from './DocumentPreview';
import type { OpenTab } from './openWhere';

interface Common { openTab: OpenTab; campaignId: string; flush: () => Promise<void> }

/** "Xem" for one issued version: its frozen bytes in the preview. */
export function PreviewButton({ id, ...c }: Common & { id: string }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button size="xs" variant="default" onClick={() => setOpen(true)}>Xem</Button>
      {open && <DocumentPreview request={{ id }} onClose={() => setOpen(false)} openTab={c.openTab} campaignId={c.campaignId} />}
    </>
  );
}

export function PaperActions({ type, inspectionId, latest, date, copies, ...c }: Common & {
  type: DocType; inspectionId: string; latest: DocumentRecord | undefined; date: string | null; copies: number;
}) {
  const root = useRef<HTMLDivElement>(null);
  const [preview, setPreview] = useState<{ request: PaperRequest; auto?: AutoAction } | null>(null);
  const [printing, setPrinting] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [note, setNote] = useState<PaperNote | null>(null);
  // "Xem trước" always shows what issuing would make now (the draft, with what is still missing);
  // an issued version is seen with "Xem" in its row. Printing and the PDF take the latest issued
  // version when there is one: that is the document that goes out.
  const draft: PaperRequest = { inspectionId, type, ...(date ? { issuedDate: date } : {}) };
  const request: PaperRequest = latest ? { id: latest.id } : draft;
  const suggested = suggestedCopies(type, copies);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const me = root.current;
      // Only while the Văn bản tab shows, and not over the preview or a dialog, which handle their own.
      if (!isPrintKey(e) || !me || me.offsetParent === null || document.querySelector(OPEN_PAPER_DIALOG)) return;
      e.preventDefault();
      const panels = [...document.querySelectorAll<HTMLElement>('[data-paper-actions]')].filter((p) => p.offsetParent !== null);
      const focused = panels.find((p) => p.closest('[data-paper-panel]')?.contains(document.activeElement));
      if ((focused ?? panels[0]) === me) setPrinting(true);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  const run = async (what: () => Promise<void>) => {
    setBusy(true);
    setError(null);
    setNote(null);
    try {
      await c.flush(); // the draft is made from what is saved
      await what();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  const print = (n: number) => {
    setPrinting(false);
    return run(async () => {
      const r = await unwrap(api().documents.print({ doc: request, copies: n }));
      if (r.via === 'word') setNote({ kind: 'printed', copies: n, via: 'word' });
      else setPreview({ request, auto: { print: n } });
    });
  };
  const savePdf = () => run(async () => {
    const r = await unwrap(api().documents.savePdf(request));
    if (r.converter === 'preview' && !r.file) setPreview({ request, auto: { pdf: true } });
    else setNote({ kind: 'pdf', result: r });
  });
  const which = latest ? `số ${latest.numberText}` : 'bản dự thảo';

  return (
    <div ref={root} data-paper-actions>
      <Group gap="xs" align="center">
        <Button size="xs" variant="light" loading={busy} onClick={() => run(async () => setPreview({ request: draft }))}>Xem trước</Button>
        <Button size="xs" variant="light" loading={busy} onClick={() => setPrinting(true)} title="Ctrl+P">In…</Button>
        <Button size="xs" variant="light" loading={busy} onClick={savePdf}>Lưu PDF</Button>
        <Text size="xs" c="dimmed">{`In, PDF: ${which}`}</Text>
      </Group>
      <ErrorNote error={error} testId="paper-error" />
      {note && <PaperNoteView note={note} onClose={() => setNote(null)} />}
      <PrintCopiesModal opened={printing} suggested={suggested} onPrint={print} onClose={() => setPrinting(false)}
        hint={type === 'minutes' ? `Biên bản lập thành ${String(suggested).padStart(2, '0')} bản.` : ''} />
      {preview && (
        <DocumentPreview request={preview.request} auto={preview.auto} onClose={() => setPreview(null)} openTab={c.openTab} campaignId={c.campaignId} />
      )}
    </div>
  );
}
