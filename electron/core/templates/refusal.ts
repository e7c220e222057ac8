// A template refused outright (not a Word file, damaged, hostile): the message is for the user.
export class TemplateRefusal extends Error {}

export const refuse = (message: string): never => {
  throw new TemplateRefusal(message);
};

export const REFUSED = 'BienBan không mở tệp này.';
export const SAVE_AS_DOCX = 'hãy mở tệp trong Word, chọn Lưu thành (Save As) → “Word Document (*.docx)” rồi nhập lại';
