export { OrganisationCreate, OrganisationEdit } from './OrganisationForm';
export { OrganisationList } from './OrganisationList';
export { OrganisationShow } from './OrganisationShow';
