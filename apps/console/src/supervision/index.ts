export { MySupervisionPage } from './MySupervisionPage';
export { MySuperviseesPage } from './MySuperviseesPage';
export { SupervisionCompliancePage } from './CompliancePage';
export { EscalationsPage } from './EscalationsPage';
