// The lists of campaigns and units are read when the app opens. A record added afterwards (an
// import from another window, the CLI) must still open, and a campaign in the bin must say so
// instead of leaving the editor on "Đang tải…" for ever.
import { newCampaign, newId, newInspection } from '../../shared/defaults';
import { expect, test } from './fixtures';

test('an inspection added after the app opened still opens; one whose campaign is in the bin explains why not', async ({ app: page, harness }) => {
  const h = harness.core.handlers;
  await expect(page.getByText('Chưa có đợt kiểm tra nào', { exact: false })).toBeVisible(); // lists read: empty
  const c = newCampaign(2022);
  h['campaigns.save'](c);
  const unit = { id: newId(), name: 'UBND xã Nà Hỳ', levelId: null, parentId: null, address: '', representatives: [] };
  h['units.save'](unit);
  const id = newId();
  h['inspections.save']({ ...newInspection(c.id, id), unitId: unit.id });

  await page.goto(`${harness.url}#/inspections/${id}`);
  await expect(page.getByRole('tab', { name: '6. Ý kiến đơn vị' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Kiểm tra tại UBND xã Nà Hỳ' })).toBeVisible();

  h['bin.delete']({ kind: 'campaign', id: c.id });
  await page.reload();
  await expect(page.getByText('Không tìm thấy kế hoạch kiểm tra của cuộc kiểm tra này', { exact: false })).toBeVisible();
  await expect(page.getByRole('tab')).toHaveCount(0);
});
