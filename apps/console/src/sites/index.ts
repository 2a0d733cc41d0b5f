export { SiteCreate, SiteEdit } from './SiteForm';
export { SiteList } from './SiteList';
export { SiteShow } from './SiteShow';
