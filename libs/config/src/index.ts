export { AppConfig, type PartnershipConfig, type PluginSettings } from './app-config';
export { ConfigError } from './config-error';
export { ConfigModule } from './config.module';
export { loadConfig } from './load-config';
export { exitOnStartupFailure } from './startup-failure';
