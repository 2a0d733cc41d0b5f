import { randomUUID } from 'node:crypto';
import { Entity, PrimaryKey, Property, Unique } from '@mikro-orm/core';

/**
 * A Family Hub partnership: the tenant. Its settings (branding, policies, plugins) live in
 * `config/partnerships/<slug>.yaml`; the row gives it an identity other rows can belong to.
 */
@Entity()
export class Partnership {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'string', length: 64 })
  @Unique()
  slug: string;

  @Property({ type: 'string', length: 200 })
  name: string;

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Date = new Date();

  @Property({ type: 'datetime', defaultRaw: 'now()', onUpdate: () => new Date() })
  updatedAt: Date = new Date();

  constructor(slug: string, name: string) {
    if (!/^[a-z0-9-]+$/.test(slug))
      throw new Error(`Partnership slug "${slug}" must be lower-case letters, digits and "-".`);
    this.slug = slug;
    this.name = name.trim();
  }
}
