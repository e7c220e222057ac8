// The help text of the command line, in Vietnamese.
import { DATA_DIR_ENV, userDataDir } from '../paths';

export function helpText(): string {
  return [
    'BienBan – dòng lệnh quản lý dữ liệu kiểm tra cải cách hành chính',
    '',
    'Cách dùng: npm run cli -- <lệnh> [tham số] [tùy chọn]',
    '',
    'Lệnh:',
    '  demo                         Nạp dữ liệu mẫu (5 cuộc kiểm tra lấy từ các bài báo); nạp lại không tạo bản trùng.',
    '  list [--json]                Liệt kê các cuộc kiểm tra: mã, năm, đoàn, đơn vị, thời gian.',
    '                               --json: in dạng JSON cho chương trình khác đọc.',
    '  export MÃ [--out TỆP.json]   Xuất một cuộc kiểm tra ra tệp JSON để chuyển sang máy khác.',
    '         [--force]             Không có --out thì ghi vào thư mục hiện tại với tên gợi ý;',
    '                               --force: ghi đè nếu tệp đã có.',
    '  import TỆP.json              Nhập một cuộc kiểm tra từ tệp JSON. Toàn bộ tệp được kiểm tra trước;',
    '                               nếu có lỗi thì không nhập gì và in ra từng trường bị lỗi.',
    '  check                        Kiểm tra tệp dữ liệu: tính toàn vẹn, phiên bản lược đồ, phiên bản SQLite.',
    '  help                         Hiện hướng dẫn này.',
    '',
    'Tùy chọn chung:',
    '  --data-dir THƯ_MỤC           Thư mục chứa dữ liệu. Mặc định: biến môi trường ' + DATA_DIR_ENV + ',',
    `                               nếu không có thì ${userDataDir()}`,
    '',
    'Mã thoát: 0 thành công; 1 lỗi khi thực hiện; 2 gõ sai lệnh hoặc tham số.',
    '',
    'Ví dụ:',
    '  npm run cli -- demo',
    '  npm run cli -- list',
    '  npm run cli -- export 60e5941e-e031-4cf8-8a54-fe471f33936a --out muong-cha.json',
    '  npm run cli -- import muong-cha.json --data-dir D:\\BienBan',
  ].join('\n');
}
