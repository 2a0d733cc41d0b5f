import { Injectable, OnModuleInit } from '@nestjs/common';
import { DiscoveryService, MetadataScanner, Reflector } from '@nestjs/core';
import { ALLOW_KEY, PUBLIC_KEY } from './decorators';

// @nestjs/graphql marks Query/Mutation/Subscription handlers with this metadata key.
const RESOLVER_TYPE = 'graphql:resolver_type';
const ROOT_TYPES = new Set(['Query', 'Mutation', 'Subscription']);

/** Fails boot when any GraphQL operation declares no access policy. */
@Injectable()
export class PolicyCoverage implements OnModuleInit {
  constructor(
    private readonly discovery: DiscoveryService,
    private readonly scanner: MetadataScanner,
    private readonly reflector: Reflector,
  ) {}

  onModuleInit(): void {
    const missing: string[] = [];
    for (const wrapper of this.discovery.getProviders()) {
      const instance = wrapper.instance as Record<string, unknown> | undefined;
      if (!instance || typeof instance !== 'object') continue;
      const prototype = Object.getPrototypeOf(instance) as object;
      for (const name of this.scanner.getAllMethodNames(prototype)) {
        const handler = (prototype as Record<string, unknown>)[name] as () => unknown;
        const type = Reflect.getMetadata(RESOLVER_TYPE, handler) as string | undefined;
        if (!type || !ROOT_TYPES.has(type)) continue;
        const targets = [handler, instance.constructor];
        const declared =
          this.reflector.getAllAndOverride(ALLOW_KEY, targets) ?? this.reflector.getAllAndOverride(PUBLIC_KEY, targets);
        if (!declared) missing.push(`${instance.constructor.name}.${name}`);
      }
    }
    if (missing.length > 0) {
      throw new Error(`GraphQL operations without an access policy (@Allow or @Public): ${missing.join(', ')}`);
    }
  }
}
