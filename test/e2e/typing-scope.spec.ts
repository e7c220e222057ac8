// A keystroke re-renders the field typed in and what depends on it, not the whole inspection form
// (issue "fast with ten years of records"). Counted, not timed: React reports every commit to the
// developer-tools hook when one is installed before it loads (production builds too), and the test
// walks each committed tree for the components that rendered in it, then asks which row of the form
// each one belongs to.
import type { Page } from '@playwright/test';
import { generateProvince } from '../../electron/core/demo/province';
import { expect, test } from './fixtures';

/**
 * Installs the hook before the app loads. While `window.__watch` is set, every component that
 * rendered in a commit finds its element (its own first element, else the element around it), and
 * the nearest element around that matching `selector` adds its `attr` to `window.__watch.seen`.
 */
function installRenderWatch(): void {
  type Fiber = { tag: number; flags: number; child: Fiber | null; sibling: Fiber | null; return: Fiber | null; alternate: Fiber | null; stateNode: unknown };
  type Watch = { selector: string; attr: string; seen: string[] };
  const w = window as unknown as { __watch?: Watch; __REACT_DEVTOOLS_GLOBAL_HOOK__?: unknown };
  // Function, forwardRef, memo and simple-memo components; PerformedWork is React's flag 1.
  const COMPONENT = new Set([0, 11, 14, 15]);
  const HOST = 5;
  const element = (f: Fiber): Element | null => {
    for (let c: Fiber | null = f; c; c = c.child) if (c.tag === HOST) return c.stateNode as Element;
    for (let p: Fiber | null = f.return; p; p = p.return) if (p.tag === HOST) return p.stateNode as Element;
    return null;
  };
  const note = (f: Fiber, watch: Watch) => {
    const el = element(f)?.closest(watch.selector);
    if (el) watch.seen.push(el.getAttribute(watch.attr)!);
  };
  // A subtree React left as it was keeps the same child fibers: nothing under it rendered.
  const walk = (next: Fiber, watch: Watch) => {
    const prev = next.alternate;
    if (COMPONENT.has(next.tag) && (!prev || (next.flags & 1))) note(next, watch);
    if (prev && prev.child === next.child) return;
    for (let c = next.child; c; c = c.sibling) walk(c, watch);
  };
  w.__REACT_DEVTOOLS_GLOBAL_HOOK__ = {
    supportsFiber: true, isDisabled: false, renderers: new Map(),
    inject: () => 1, checkDCE: () => {}, onScheduleFiberRoot: () => {}, onCommitFiberUnmount: () => {}, onPostCommitFiberRoot: () => {},
    onCommitFiberRoot: (_id: number, root: { current: Fiber }) => { if (w.__watch) walk(root.current, w.__watch); },
  };
}

/**
 * The parts of the page (the `attr` of the elements matching `selector`, `[attr]` by default) in
 * which a component rendered while `act` ran and the page settled.
 */
async function rendered(page: Page, attr: string, act: () => Promise<void>, selector = `[${attr}]`): Promise<string[]> {
  await page.evaluate(([a, sel]) => { (window as unknown as { __watch: unknown }).__watch = { attr: a, selector: sel, seen: [] }; }, [attr, selector] as const);
  await act();
  // Two frames: the keystroke's commit and any layout effect it scheduled are in.
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  return page.evaluate(() => {
    const w = window as unknown as { __watch: { seen: string[] } | undefined };
    const seen = [...new Set(w.__watch!.seen)];
    w.__watch = undefined;
    return seen;
  });
}

test('typing in one finding, recommendation or figure re-renders that row only, not the tab bar', async ({ app: page, harness }) => {
  const province = generateProvince(harness.core, { years: 1, seed: 3, inspectionsPerYear: 1 });
  const id = province.inspectionIds[0];
  const inspection = harness.core.handlers['inspections.get']({ id });
  await page.addInitScript(installRenderWatch);
  await page.goto(`${harness.url}#/inspections/${id}`);
  await page.reload();

  // Findings: the first strength of the first area.
  await page.getByRole('tab', { name: '3. Kết quả kiểm tra' }).click();
  const finding = page.getByRole('textbox', { name: 'Ưu điểm, kết quả đạt được' }).first();
  await finding.click();
  await page.keyboard.press('End');
  const findingId = await finding.evaluate((el) => el.closest('[data-row-id]')!.getAttribute('data-row-id'));
  expect(inspection.findings.map((f) => f.id)).toContain(findingId);
  expect(await rendered(page, 'data-row-id', () => page.keyboard.type('x'))).toEqual([findingId]);
  await expect(finding).toHaveValue(/x$/);
  // Nor the tab bar above the form (its seven tabs do not depend on what is typed).
  expect(await rendered(page, 'role', () => page.keyboard.type('x'), '[role="tablist"]')).toEqual([]);

  // Recommendations: fifteen rows, typing in the third. (Changing tab does render the tab bar: the
  // check above can see it.)
  expect(await rendered(page, 'role', () => page.getByRole('tab', { name: '5. Kiến nghị của Đoàn' }).click(), '[role="tablist"]')).toEqual(['tablist']);
  await expect(page.getByTestId('recommendations-row')).toHaveCount(15);
  const recommendation = page.getByTestId('recommendations-row').nth(2).getByRole('textbox', { name: 'Nội dung kiến nghị' });
  await recommendation.click();
  await page.keyboard.press('End');
  expect(await rendered(page, 'data-row-id', () => page.keyboard.type('y'))).toEqual([inspection.recommendations[2].id]);
  await expect(recommendation).toHaveValue(/y$/);

  // Figures: a note beside one indicator; the other indicators' rows stay as they were.
  await page.getByRole('tab', { name: '4. Số liệu' }).click();
  const note = page.getByRole('textbox', { name: /– ghi chú$/ }).first();
  const indicatorId = await note.evaluate((el) => el.closest('[data-indicator-id]')!.getAttribute('data-indicator-id'));
  await note.click();
  expect(await rendered(page, 'data-indicator-id', () => page.keyboard.type('z'))).toEqual([indicatorId]);
  await expect(note).toHaveValue('z');
});
