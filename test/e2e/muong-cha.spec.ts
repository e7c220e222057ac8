// A new user sets up the issuing side and types in the Mường Chà inspection (seed 000) through the
// UI, reloads, and finds every value intact, in the UI and in the database.
import { expect, shot, test, waitSaved } from './fixtures';
import { choose, nav } from './helpers';

test('type the Mường Chà inspection, reload, and find everything intact', async ({ app: page, harness }) => {
  // 1. The issuing side
  await nav(page, 'Thiết lập cơ quan');
  await page.getByLabel('Tỉnh, thành phố').fill('Điện Biên');
  await page.getByLabel('Cơ quan chủ quản').fill('UBND TỈNH ĐIỆN BIÊN');
  await page.getByLabel('Cơ quan ban hành thông báo kết luận').fill('SỞ NỘI VỤ');
  await page.getByLabel('Địa danh ghi ngày tháng').fill('Điện Biên');
  await page.getByLabel('Ký hiệu cơ quan ban hành').fill('SNV');
  await waitSaved(page);
  await shot(page, '02-settings');

  // 2. The campaign: plan, team and its leader
  await nav(page, 'Kế hoạch và Đoàn kiểm tra');
  await page.getByLabel('Năm').fill('2022');
  await page.getByRole('button', { name: 'Tạo đợt kiểm tra' }).click();
  await expect(page.getByRole('heading', { name: 'Đợt kiểm tra năm 2022' })).toBeVisible();
  const plan = page.getByTestId('plan');
  await plan.getByLabel('Số, ký hiệu').fill('1703/KH-UBND');
  await plan.getByLabel('Ngày ban hành').fill('09/06/2022');
  await plan.getByLabel('Cơ quan ban hành').fill('UBND tỉnh Điện Biên');
  await plan.getByLabel('Trích yếu').fill('Kiểm tra công tác cải cách hành chính nhà nước và phân cấp quản lý nhà nước năm 2022');
  await waitSaved(page);
  await shot(page, '03-campaign-plan');
  await page.getByRole('tab', { name: 'Đoàn kiểm tra' }).click();
  await page.getByRole('button', { name: 'Thêm Đoàn kiểm tra' }).click();
  const team = page.getByTestId('team-1');
  await team.getByRole('button', { name: 'Thêm thành viên' }).click();
  await choose(team, 'Danh xưng', 'Ông');
  await team.getByLabel('Họ và tên').fill('Vũ Minh Hồng');
  await team.getByLabel('Chức vụ').fill('Phó Giám đốc Sở Nội vụ');
  await team.getByLabel('Cơ quan').fill('Sở Nội vụ tỉnh Điện Biên');
  await waitSaved(page);
  await shot(page, '04-campaign-team');

  // 3. The inspected unit
  await nav(page, 'Đơn vị được kiểm tra');
  await page.getByRole('button', { name: 'Thêm đơn vị' }).click();
  await page.getByLabel('Tên đơn vị').fill('UBND huyện Mường Chà');
  await choose(page, 'Cấp', 'Cấp huyện');
  await page.getByLabel('Thư điện tử (nhận văn bản)').fill('vanthu.muongcha@dienbien.gov.vn');
  await page.getByRole('button', { name: 'Thêm người đại diện' }).click();
  await page.getByLabel('Họ và tên').fill('Trang A Lử');
  await page.getByLabel('Chức vụ').fill('Phó Bí thư, Chủ tịch UBND huyện');
  await waitSaved(page);
  await shot(page, '05-units');

  // 4. The inspection itself
  await nav(page, 'Cuộc kiểm tra');
  await page.getByRole('button', { name: 'Tạo cuộc kiểm tra' }).click();
  await choose(page, 'Đoàn kiểm tra', 'Đoàn kiểm tra số 1');
  await choose(page, 'Đơn vị được kiểm tra', 'UBND huyện Mường Chà');
  await page.getByTestId('date-from').fill('03/10/2022');
  await page.getByTestId('date-to').fill('06/10/2022');
  await page.getByTestId('start-time').fill('08:00');
  await page.getByLabel('Địa điểm').fill('Trụ sở UBND huyện Mường Chà');
  await page.getByLabel('Hình thức chủ trì').fill('đồng chủ trì');
  await waitSaved(page);
  await shot(page, '06-inspection-general');

  await page.getByRole('tab', { name: '2. Thành phần' }).click();
  await page.getByRole('button', { name: 'Lấy từ danh sách Đoàn' }).click();
  await page.getByRole('button', { name: 'Lấy người đại diện của đơn vị' }).click();
  await page.getByTestId('attendees-unit').getByLabel('Chủ trì').check();
  await waitSaved(page);
  await shot(page, '07-inspection-attendees');

  await page.getByRole('tab', { name: '3. Kết quả kiểm tra' }).click();
  await page.getByRole('button', { name: 'Thêm ưu điểm' }).first().click();
  await page.getByLabel('Ưu điểm, kết quả đạt được').first().fill(
    'Công tác CCHC được Lãnh đạo UBND huyện quan tâm chỉ đạo triển khai thực hiện; kết quả thực hiện nhiệm vụ CCHC đến thời điểm kiểm tra đạt 80% kế hoạch đề ra.',
  );
  await waitSaved(page);
  await shot(page, '08-inspection-findings');

  await page.getByRole('tab', { name: '4. Số liệu' }).click();
  const figures: [string, string][] = [
    ['Hồ sơ TTHC tiếp nhận', '25.718'],
    ['Giải quyết trước hạn', '7139'],
    ['Giải quyết đúng hạn', '18.254'],
    ['Giải quyết trễ hạn', '231'],
    ['Đang giải quyết trong hạn', '94'],
    ['Văn bản điện tử trao đổi trên môi trường mạng', '100'],
    ['Văn bản đi được ký số – tử số', '8.209'],
    ['Văn bản đi được ký số – mẫu số', '8.418'],
  ];
  for (const [label, v] of figures) await page.getByLabel(label, { exact: true }).fill(v);
  await expect(page.getByTestId('figure-Văn bản đi được ký số').getByTestId('figure-text')).toHaveText('8.209/8.418 văn bản (đạt 97,52%)');
  await expect(page.getByTestId('figure-Hồ sơ TTHC tiếp nhận').getByTestId('figure-text')).toHaveText('25.718 hồ sơ');
  await expect(page.getByTestId('sum-mismatch')).toHaveCount(0);
  // A slip is flagged, not blocked: 232 late files no longer add up to 25.718.
  await page.getByLabel('Giải quyết trễ hạn', { exact: true }).fill('232');
  await expect(page.getByTestId('sum-mismatch')).toContainText('các phần cộng lại được 25.719');
  await page.getByLabel('Giải quyết trễ hạn', { exact: true }).fill('231');
  await expect(page.getByTestId('sum-mismatch')).toHaveCount(0);
  await waitSaved(page);
  await shot(page, '09-inspection-figures');

  await page.getByRole('tab', { name: '5. Kiến nghị của Đoàn' }).click();
  const recs = [
    'Xây dựng kế hoạch khắc phục những tồn tại, hạn chế trong công tác CCHC năm 2022 mà Đoàn kiểm tra đã chỉ ra và các giải pháp nâng cao chỉ số CCHC của huyện.',
    'Ban hành tiêu chí và triển khai công tác chấm điểm xác định Chỉ số cải cách hành chính đối với cấp xã trên địa bàn huyện.',
  ];
  for (const [k, text] of recs.entries()) {
    await page.getByRole('button', { name: 'Thêm kiến nghị' }).click();
    const row = page.getByTestId('recommendations-row').nth(k);
    await row.getByLabel('Nội dung kiến nghị').fill(text);
    await row.getByLabel('Thời hạn khắc phục').fill('31/12/2022');
    await row.getByLabel('Báo cáo về').fill('Sở Nội vụ');
  }
  await waitSaved(page);
  await shot(page, '10-inspection-recommendations');

  await page.getByRole('tab', { name: '6. Ý kiến đơn vị' }).click();
  await page.getByLabel('Ý kiến của đơn vị được kiểm tra').fill('UBND huyện nghiêm túc tiếp thu để tiếp tục chỉ đạo khắc phục những tồn tại, hạn chế.');
  await waitSaved(page);
  await shot(page, '11-inspection-opinion');

  // 5. Reload: everything is still there.
  const url = page.url();
  await page.reload();
  await expect(page).toHaveURL(url);
  await expect(page.getByRole('heading', { name: 'Kiểm tra tại UBND huyện Mường Chà' })).toBeVisible();
  await expect(page.getByTestId('date-from')).toHaveValue('03/10/2022');
  await expect(page.getByTestId('date-to')).toHaveValue('06/10/2022');
  await expect(page.getByTestId('start-time')).toHaveValue('08:00');
  await expect(page.getByRole('combobox', { name: 'Đoàn kiểm tra', exact: true })).toHaveValue('Đoàn kiểm tra số 1');
  await page.getByRole('tab', { name: '4. Số liệu' }).click();
  await expect(page.getByLabel('Hồ sơ TTHC tiếp nhận', { exact: true })).toHaveValue('25.718');
  await expect(page.getByLabel('Giải quyết trước hạn', { exact: true })).toHaveValue('7.139');
  await expect(page.getByLabel('Giải quyết đúng hạn', { exact: true })).toHaveValue('18.254');
  await expect(page.getByLabel('Đang giải quyết trong hạn', { exact: true })).toHaveValue('94');
  await expect(page.getByTestId('figure-Văn bản đi được ký số').getByTestId('figure-text')).toHaveText('8.209/8.418 văn bản (đạt 97,52%)');
  await page.getByRole('tab', { name: '5. Kiến nghị của Đoàn' }).click();
  for (const [k, text] of recs.entries()) {
    const row = page.getByTestId('recommendations-row').nth(k);
    await expect(row.getByLabel('Nội dung kiến nghị')).toHaveValue(text);
    await expect(row.getByLabel('Thời hạn khắc phục')).toHaveValue('31/12/2022');
  }

  // And in the database, exactly.
  const h = harness.core.handlers;
  const [campaign] = h['campaigns.list']({});
  expect(campaign.plan).toMatchObject({ number: '1703/KH-UBND', date: '2022-06-09', issuer: 'UBND tỉnh Điện Biên' });
  const [team1] = h['teams.list']({ campaignId: campaign.id });
  expect(team1.members).toMatchObject([{ fullName: 'Vũ Minh Hồng', role: 'leader', title: 'Phó Giám đốc Sở Nội vụ', honorific: 'Ông' }]);
  const [summary] = h['inspections.list']({});
  const insp = h['inspections.get']({ id: summary.id });
  expect(insp).toMatchObject({ dateFrom: '2022-10-03', dateTo: '2022-10-06', startTime: '08:00', chairNote: 'đồng chủ trì' });
  const value = (name: string) => {
    const ind = campaign.indicators.find((i) => i.name === name)!;
    return insp.figures.find((f) => f.indicatorId === ind.id);
  };
  expect(value('Hồ sơ TTHC tiếp nhận')?.value).toBe(25718);
  expect(value('Giải quyết đúng hạn')?.value).toBe(18254);
  expect(value('Văn bản đi được ký số')).toMatchObject({ value: 8209, denominator: 8418 });
  expect(insp.recommendations.map((r) => r.content)).toEqual(recs);
  expect(insp.attendees.filter((a) => a.isChair).map((a) => a.fullName).sort()).toEqual(['Trang A Lử', 'Vũ Minh Hồng']);
  expect(h['units.list']({}).find((u) => u.name === 'UBND huyện Mường Chà')?.email).toBe('vanthu.muongcha@dienbien.gov.vn');
  expect(h['settings.get']({})).toMatchObject({ superiorBody: 'UBND TỈNH ĐIỆN BIÊN', issuingBody: 'SỞ NỘI VỤ', teamSymbol: 'ĐKT' });
});
