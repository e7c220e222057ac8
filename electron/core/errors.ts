// Errors the core raises on purpose carry a stable code and a Vietnamese message for the user.
export class CoreError extends Error {
  constructor(public readonly code: string, message: string) {
    super(message);
    this.name = 'CoreError';
  }
}
