// The four campaigns (one per province and year) the articles belong to, with the plans and
// decisions they cite, each with the issuing side of its province (demo/settings.ts). The 2019 and
// 2020 campaigns use the 2011–2020 reform areas.
import type { Campaign } from '../../../shared/records';
import { demoCampaign, NO_DOC } from './build';
import { DEMO_IDS as ID } from './ids';
import { DEMO_ISSUER, DEMO_ISSUER_HA_GIANG, DEMO_ISSUER_THANH_HOA } from './settings';

/** Seeds 000 and 001: Kế hoạch 1703/KH-UBND and Quyết định 1367/QĐ-UBND of UBND tỉnh Điện Biên. */
export const campaign2022DienBien: Campaign = demoCampaign({
  id: ID.campaign2022DienBien,
  year: 2022,
  title: 'Kiểm tra công tác cải cách hành chính và phân cấp quản lý nhà nước năm 2022',
  plan: {
    number: '1703/KH-UBND',
    date: '2022-06-09',
    issuer: 'UBND tỉnh Điện Biên',
    summary:
      'Kiểm tra công tác cải cách hành chính nhà nước và phân cấp quản lý nhà nước năm 2022 ' +
      'tại các cơ quan hành chính trên địa bàn tỉnh Điện Biên',
  },
  decision: { number: '1367/QĐ-UBND', date: '2022-08-09', issuer: 'UBND tỉnh Điện Biên', summary: '' },
  issuer: DEMO_ISSUER,
  extraIndicators: [
    { name: 'Tin bài tuyên truyền CCHC trên Đài truyền thanh', area: 'chiDao', kind: 'count', unit: 'tin' },
    { name: 'Tin bài tuyên truyền CCHC trên Cổng thông tin điện tử', area: 'chiDao', kind: 'count', unit: 'tin bài' },
    { name: 'TTHC đủ điều kiện được cung cấp dịch vụ công trực tuyến mức độ 3, 4', area: 'tthc', kind: 'percent', unit: '' },
    { name: 'Tỷ lệ hồ sơ giải quyết trực tuyến mức độ 3, 4', area: 'tthc', kind: 'percent', unit: '' },
    { name: 'Tỷ lệ máy tính trên CBCC', area: 'dienTu', kind: 'percent', unit: '' },
    { name: 'Văn bản điện tử tại Văn phòng HĐND & UBND', area: 'dienTu', kind: 'percent', unit: '' },
    { name: 'Lãnh đạo ký số văn bản điện tử', area: 'dienTu', kind: 'percent', unit: '' },
  ],
});

/** Seed 004: the district's own report under Kế hoạch 3855/KH-UBND of UBND tỉnh Điện Biên. */
export const campaign2020DienBien: Campaign = demoCampaign({
  id: ID.campaign2020DienBien,
  year: 2020,
  title: 'Công tác cải cách hành chính năm 2020 trên địa bàn tỉnh Điện Biên',
  plan: {
    number: '3855/KH-UBND',
    date: '2019-12-27',
    issuer: 'UBND tỉnh Điện Biên',
    summary: 'Công tác cải cách hành chính năm 2020 trên địa bàn tỉnh',
  },
  decision: NO_DOC,
  issuer: DEMO_ISSUER,
});

/** Seed 002: the article cites no plan or decision number. */
export const campaign2019HaGiang: Campaign = demoCampaign({
  id: ID.campaign2019HaGiang,
  year: 2019,
  title: 'Kiểm tra công tác cải cách hành chính năm 2019 (tỉnh Hà Giang)',
  plan: NO_DOC,
  decision: NO_DOC,
  issuer: DEMO_ISSUER_HA_GIANG,
});

/** Seed 003: a working visit of the Sở Nội vụ; the article cites no plan or decision number. */
export const campaign2023ThanhHoa: Campaign = demoCampaign({
  id: ID.campaign2023ThanhHoa,
  year: 2023,
  title: 'Làm việc về kết quả thực hiện cải cách hành chính năm 2023 (Sở Nội vụ tỉnh Thanh Hóa)',
  plan: NO_DOC,
  decision: NO_DOC,
  issuer: DEMO_ISSUER_THANH_HOA,
  extraIndicators: [
    { name: 'Hồ sơ tiếp nhận trực tiếp và qua dịch vụ bưu chính', area: 'tthc', kind: 'count', unit: 'hồ sơ' },
    { name: 'Cơ quan, đơn vị trực thuộc có tài khoản sử dụng thường xuyên', area: 'dienTu', kind: 'percent', unit: '' },
  ],
});

export const DEMO_CAMPAIGNS: Campaign[] = [campaign2022DienBien, campaign2020DienBien, campaign2019HaGiang, campaign2023ThanhHoa];
