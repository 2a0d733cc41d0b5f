export { ProviderPluginsPage } from './ProviderPluginsPage';
export { UnmatchedCompletionsPage } from './UnmatchedCompletionsPage';
