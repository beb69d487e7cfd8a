import { DiscoveryService } from '@nestjs/core';
import { OutboxKindHandler } from './outbox-kind';
import { OutboxKindRegistry } from './outbox-kind.registry';

/** A handler of the given kinds; its class is what the registry compares. */
abstract class TestHandler implements OutboxKindHandler {
  readonly optOut = false;
  constructor(readonly kinds: string[]) {}
  load = async () => null;
  skipReason = () => null;
  render = () => ({ subject: '', text: '', html: '' });
}
class ReminderHandler extends TestHandler {}
class OtherHandler extends TestHandler {}

describe('OutboxKindRegistry', () => {
  const registry = () => new OutboxKindRegistry({} as DiscoveryService);

  it('finds each kind of a handler', () => {
    const r = registry();
    const h = new ReminderHandler(['A', 'B']);
    r.register(h);
    expect(r.kinds()).toEqual(['A', 'B']);
    expect(r.get('B')).toBe(h);
    expect(r.get('C')).toBeUndefined();
  });

  it('accepts the same handler class twice (one class provided by two modules)', () => {
    const r = registry();
    r.register(new ReminderHandler(['A']));
    expect(() => r.register(new ReminderHandler(['A']))).not.toThrow();
  });

  it('refuses two handler classes for one kind, naming both', () => {
    const r = registry();
    r.register(new ReminderHandler(['A']));
    expect(() => r.register(new OtherHandler(['B', 'A']))).toThrow(
      'outbox kind A has two handlers: ReminderHandler and OtherHandler',
    );
  });
});
