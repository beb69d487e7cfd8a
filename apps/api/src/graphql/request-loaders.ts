import { Injectable, OnModuleInit } from '@nestjs/common';
import { DiscoveryService } from '@nestjs/core';

/**
 * The DataLoaders of one GraphQL request, as `ctx.loaders`. Empty here: each feature adds its own loaders
 * to this interface by declaration merging, beside the factory that builds them (see
 * `organizations/organization.loaders.ts`), so a resolver reading `ctx.loaders.organization` stays typed and
 * adding a feature edits no central file.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- filled by declaration merging
export interface RequestLoaders {}

export interface GqlContext {
  req: { headers: Record<string, string>; ip?: string };
  loaders: RequestLoaders;
}

/** What a feature's loaders provider implements: `create()` runs once per request. */
export interface FeatureLoaders<K extends keyof RequestLoaders = keyof RequestLoaders> {
  create(): Pick<RequestLoaders, K>;
}

/**
 * Marks a feature module's provider as a `FeatureLoaders`; `RequestLoadersFactory` finds every marked
 * provider of the application, so registering loaders is declaring the provider in the feature's module.
 */
export const RequestLoadersProvider = DiscoveryService.createDecorator<void>();

/**
 * Builds `ctx.loaders` for each GraphQL request from every feature's loaders. A new set per request, so
 * batching stays within one request and caching never crosses users.
 */
@Injectable()
export class RequestLoadersFactory implements OnModuleInit {
  private features: FeatureLoaders[] = [];

  constructor(private readonly discovery: DiscoveryService) {}

  onModuleInit(): void {
    const features = this.discovery
      .getProviders({ metadataKey: RequestLoadersProvider.KEY })
      .map((wrapper) => ({ name: wrapper.name, instance: wrapper.instance as FeatureLoaders }));
    // Two features naming the same loader would silently shadow each other: refuse to start instead.
    const owner = new Map<string, string>();
    for (const { name, instance } of features) {
      for (const key of Object.keys(instance.create())) {
        const taken = owner.get(key);
        if (taken) throw new Error(`ctx.loaders.${key} is created by both ${taken} and ${name}`);
        owner.set(key, String(name));
      }
    }
    this.features = features.map((f) => f.instance);
  }

  create(): RequestLoaders {
    return Object.assign({}, ...this.features.map((f) => f.create())) as RequestLoaders;
  }
}
