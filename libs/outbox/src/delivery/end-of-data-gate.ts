/**
 * The transport's `beforeEndOfData` hook parks here until the outbox row says SENT: `reached` resolves when
 * the SMTP server holds all of the message but its terminating dot; `proceed` lets the dot go, `abandon`
 * drops the connection instead (a server discards data that never ended).
 */
export class EndOfDataGate {
  private reach!: () => void;
  private decide!: (proceed: boolean) => void;
  readonly reached = new Promise<void>((resolve) => (this.reach = resolve));
  private readonly decision = new Promise<boolean>((resolve) => (this.decide = resolve));

  hook = (): Promise<boolean> => {
    this.reach();
    return this.decision;
  };

  proceed(): void {
    this.decide(true);
  }

  abandon(): void {
    this.decide(false);
  }
}
