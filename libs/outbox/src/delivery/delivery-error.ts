/** A delivery that did not happen; `retryable` says whether another attempt may succeed. */
export class DeliveryError extends Error {
  constructor(
    message: string,
    readonly retryable: boolean,
    readonly organizationId: string | null = null,
  ) {
    super(message);
    this.name = 'DeliveryError';
  }
}
