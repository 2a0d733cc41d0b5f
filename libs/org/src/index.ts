export { OrgModule } from './org.module';
export { PartnershipSettingsService } from './partnership/partnership-settings.service';
export { PartnershipView } from './partnership/partnership.types';
export { registerConfiguredPartnerships } from './partnership/partnership-registry';
