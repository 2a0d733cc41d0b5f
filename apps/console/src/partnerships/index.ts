export { PartnershipList } from './PartnershipList';
export { PartnershipShow } from './PartnershipShow';
