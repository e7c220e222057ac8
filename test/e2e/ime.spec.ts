// Vietnamese typing never loses or doubles a letter while autosave runs. Unikey and EVKey send the
// base letter, then Backspace, then the composed letter ("Muwowngf" arrives as M, u, ⌫, ư, …);
// Windows' own Telex uses composition events. Both are replayed into long text fields.
import type { Page } from '@playwright/test';
import { newCampaign, newId, newInspection } from '../../shared/defaults';
import { expect, test, waitSaved } from './fixtures';

const TEXT =
  'Mường Chà đã tiếp nhận 25.718 hồ sơ; Ủy ban nhân dân huyện nghiêm túc tiếp thu, khắc phục tồn tại, hạn chế.\n' +
  'Đề nghị Sở Nội vụ tổ chức cho cán bộ, công chức đi tham quan, học tập kinh nghiệm.';

/** Deterministic pseudo-random pauses, so saves land between keystrokes at varying points. */
function pauses(seed: number) {
  let x = seed;
  return () => ((x = (x * 1103515245 + 12345) % 2 ** 31), x % 90);
}

async function typeUnikey(page: Page, text: string) {
  const pause = pauses(7);
  for (const ch of text) {
    const base = ch.normalize('NFD')[0];
    const plain = base === ch || ch === 'đ' || ch === 'Đ';
    if (ch === '\n') await page.keyboard.press('Enter');
    else if (plain && ch !== 'đ' && ch !== 'Đ') await page.keyboard.type(ch);
    else {
      // The IME first lets the raw key through, then replaces it.
      await page.keyboard.type(ch === 'đ' ? 'd' : ch === 'Đ' ? 'D' : base);
      await page.keyboard.press('Backspace');
      await page.keyboard.insertText(ch);
    }
    if (pause() > 80) await page.waitForTimeout(650); // let an autosave fire mid-word now and then
  }
}

async function typeComposition(page: Page, text: string) {
  const cdp = await page.context().newCDPSession(page);
  const pause = pauses(11);
  for (const word of text.split(/(\s+)/)) {
    if (/^\s+$/.test(word)) {
      if (word.includes('\n')) await page.keyboard.press('Enter');
      else await page.keyboard.insertText(word);
      continue;
    }
    // Compose the word letter by letter in the IME, then commit it.
    let composing = '';
    for (const ch of word) {
      composing += ch;
      await cdp.send('Input.imeSetComposition', { text: composing, selectionStart: composing.length, selectionEnd: composing.length });
    }
    await cdp.send('Input.insertText', { text: word });
    if (pause() > 60) await page.waitForTimeout(650);
  }
}

// Typing ~400 letters with deliberate pauses takes half a minute here; a shared CI machine may be
// several times slower, which is not what this test is about.
test.describe.configure({ timeout: 300_000 });

for (const [name, typer] of [['Unikey/EVKey (Backspace + letter)', typeUnikey], ['Windows Telex (composition)', typeComposition]] as const) {
  test(`typing with ${name} keeps every letter exactly`, async ({ app: page, harness }) => {
    const h = harness.core.handlers;
    const c = newCampaign(2022);
    h['campaigns.save'](c);
    const id = newId();
    h['inspections.save'](newInspection(c.id, id));
    await page.goto(`${harness.url}#/inspections/${id}`);
    await page.getByRole('tab', { name: '6. Ý kiến đơn vị' }).click();
    const field = page.getByLabel('Ý kiến của đơn vị được kiểm tra');
    await field.click();
    await typer(page, TEXT);
    await expect(field).toHaveValue(TEXT);
    await waitSaved(page);
    expect(h['inspections.get']({ id }).unitOpinion).toBe(TEXT);

    // A second long field, on another tab, with the same stream.
    await page.getByRole('tab', { name: '5. Kiến nghị của Đoàn' }).click();
    await page.getByRole('button', { name: 'Thêm kiến nghị' }).click();
    const rec = page.getByLabel('Nội dung kiến nghị');
    await rec.click();
    await typer(page, TEXT);
    await expect(rec).toHaveValue(TEXT);
    await waitSaved(page);
    const saved = h['inspections.get']({ id });
    expect(saved.recommendations[0].content).toBe(TEXT);
    expect(saved.unitOpinion).toBe(TEXT);
    expect(saved.recommendations[0].content.normalize('NFC')).toBe(saved.recommendations[0].content);
  });
}
