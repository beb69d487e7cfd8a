import { Injectable, OnModuleInit } from '@nestjs/common';
import { DiscoveryService } from '@nestjs/core';
import { OUTBOX_KIND, OutboxKindHandler } from './outbox-kind';

/**
 * Every `@OutboxKind()` provider of the application, by kind name. Built once at start-up; two handlers for
 * one kind name stop the process (the same rule as the queue contract's "exactly one handler per job").
 */
@Injectable()
export class OutboxKindRegistry implements OnModuleInit {
  private readonly handlers = new Map<string, OutboxKindHandler>();

  constructor(private readonly discovery: DiscoveryService) {}

  onModuleInit(): void {
    for (const wrapper of this.discovery.getProviders()) {
      const { metatype, instance } = wrapper;
      if (!metatype || !instance || !Reflect.getMetadata(OUTBOX_KIND, metatype)) continue;
      this.register(instance as OutboxKindHandler);
    }
  }

  register(handler: OutboxKindHandler): void {
    for (const kind of handler.kinds) {
      const existing = this.handlers.get(kind);
      // One class provided by two modules is two instances of the same handler, not a conflict.
      if (existing && existing.constructor !== handler.constructor) {
        throw new Error(
          `outbox kind ${kind} has two handlers: ${existing.constructor.name} and ${handler.constructor.name}`,
        );
      }
      this.handlers.set(kind, handler);
    }
  }

  /** The handler of a kind, or undefined when no module of this process registered it. */
  get(kind: string): OutboxKindHandler | undefined {
    return this.handlers.get(kind);
  }

  kinds(): string[] {
    return [...this.handlers.keys()].sort();
  }
}
