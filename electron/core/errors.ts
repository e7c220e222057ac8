// Errors the core raises on purpose carry a stable code (see shared/errors.ts) and a Vietnamese
// message for the user; `detail` keeps the technical cause (often English) for the log and for
// "Sao chép chi tiết lỗi", never for the message itself.
export class CoreError extends Error {
  constructor(public readonly code: string, message: string, public readonly detail?: string) {
    super(message);
    this.name = 'CoreError';
  }
}
