// Links from a missing fact or a point to check to where it is typed: the tab of the inspection and
// the field there (focused), or another screen. Used by the Văn bản tab and the document preview.
import { Anchor, List } from '@mantine/core';
import type { Where } from '../../../../shared/documents/issue-checks';
import { go } from '../../router';

export type OpenTab = (tab: string) => void;

/** The field a label names on the screen (its n-th occurrence), by <label> or aria-label, or a heading with that text. */
function findField(label: string, index = 0): HTMLElement | null {
  const byLabel = [...document.querySelectorAll('label')]
    .filter((l) => l.textContent?.replace(/\s*\*$/, '').trim() === label && l.htmlFor)
    .map((l) => document.getElementById(l.htmlFor));
  const byAria = [...document.querySelectorAll<HTMLElement>('[aria-label]')].filter((e) => e.getAttribute('aria-label') === label);
  const fields = [...byLabel, ...byAria].filter((e): e is HTMLElement => e !== null);
  if (fields[index]) return fields[index];
  return [...document.querySelectorAll<HTMLElement>('h1, h2, h3, h4, h5, h6')].find((h) => h.textContent?.trim() === label) ?? null;
}

/** Opens where a fact is typed: the tab, then the field (focused) once the tab has rendered. */
export function openWhere(where: Where, openTab: OpenTab, campaignId: string): void {
  if ('screen' in where) {
    // Straight to the campaign's tab that holds the fact, not its first tab.
    go(`/campaigns/${campaignId}/${CAMPAIGN_TABS[where.screen]}`);
  } else {
    openTab(where.tab);
  }
  let tries = 0;
  const focus = () => {
    const el = findField(where.label, 'index' in where ? where.index : 0);
    if (el) {
      el.scrollIntoView({ block: 'center' });
      el.focus();
    } else if (++tries < 20) {
      window.setTimeout(focus, 50);
    }
  };
  window.setTimeout(focus, 0);
}

type CampaignScreen = Extract<Where, { screen: string }>['screen'];
/** The campaign screen's tab (CampaignsScreen.tsx) for each place a fact can be typed outside the inspection. */
const CAMPAIGN_TABS: Record<CampaignScreen, string> = { team: 'teams', issuer: 'issuer', campaign: 'plan' };
const CAMPAIGN_TEXT: Record<CampaignScreen, string> = {
  team: 'Mở Đoàn kiểm tra', issuer: 'Mở thẻ Cơ quan ban hành', campaign: 'Mở Kế hoạch, quyết định',
};
const WHERE_TEXT = (w: Where): string => ('screen' in w ? CAMPAIGN_TEXT[w.screen] : 'Mở nơi nhập');

/** A link that opens where a fact is typed; `before` runs first (e.g. closing the preview). */
export function WhereLink({ where, openTab, campaignId, before }: { where: Where; openTab: OpenTab; campaignId: string; before?: () => void }) {
  return (
    <Anchor component="button" type="button" size="sm" onClick={() => { before?.(); openWhere(where, openTab, campaignId); }}>{WHERE_TEXT(where)}</Anchor>
  );
}

/** One item of a list, with a link to where it is typed; `before` runs first (e.g. closing the preview). */
export function ItemLink({ text, where, openTab, campaignId, before }: {
  text: string; where: Where | null; openTab: OpenTab; campaignId: string; before?: () => void;
}) {
  return (
    <List.Item>
      {text}
      {where && (
        <>
          {' '}
          <WhereLink where={where} openTab={openTab} campaignId={campaignId} before={before} />
        </>
      )}
    </List.Item>
  );
}
