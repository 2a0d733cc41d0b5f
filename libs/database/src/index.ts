export { BaseEntity, PartnershipOwnedEntity } from './base.entity';
export { DatabaseModule } from './database.module';
export { ormOptions } from './orm-options';
export { Partnership } from './partnership.entity';
export { assertSchemaCurrent, SchemaBehindError } from './schema-check';
export { scopeToPartnership, TENANT_FILTER, type TenantParams } from './tenancy';
