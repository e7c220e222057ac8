// A search that finds nothing in the campaign chosen says how many the same filters find in the
// other campaigns, counted by the tracker's own filter and status rule.
import { expect, it } from 'vitest';
import { DEMO_IDS } from '../../electron/core/demo/ids';
import { demoCoreTicking } from '../helpers';

const today = '2023-06-01';

it('counts the lines of the other campaigns only when the chosen one has none', () => {
  const c = demoCoreTicking(Date.UTC(2023, 5, 1, 3));
  const q = (filters: Record<string, unknown>) => c.handlers['followUp.query']({ today, filters: { view: 'all', ...filters }, limit: 500 });
  const all = q({ search: 'muong cha' });
  expect(all.total).toBeGreaterThan(0);
  expect(all.otherCampaigns).toBeUndefined(); // no campaign chosen: nothing to compare with

  // Mường Chà was inspected in 2022; the 2023 Thanh Hóa campaign has none of its lines.
  const newest = q({ campaignId: DEMO_IDS.campaign2023ThanhHoa, search: 'muong cha' });
  expect(newest.total).toBe(0);
  expect(newest.otherCampaigns).toBe(all.total);

  // The view and every other filter count too: only the done ones elsewhere, or none with a word no line has.
  const doneAll = q({ search: 'muong cha', view: 'done' }).total;
  expect(q({ campaignId: DEMO_IDS.campaign2023ThanhHoa, search: 'muong cha', view: 'done' }).otherCampaigns).toBe(doneAll);
  expect(q({ campaignId: DEMO_IDS.campaign2023ThanhHoa, search: 'khong co dau xyzzy' }).otherCampaigns).toBe(0);

  // Lines in the chosen campaign: the other campaigns are not counted.
  expect(q({ campaignId: DEMO_IDS.campaign2022DienBien, search: 'muong cha' }).otherCampaigns).toBeUndefined();
});
