export { CpdCompliancePage } from './CpdCompliancePage';
export { MyCpdPage } from './MyCpdPage';
