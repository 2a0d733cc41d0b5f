export { OrgModule } from './org.module';
export { PartnershipSettingsService } from './partnership/partnership-settings.service';
export { PartnershipView } from './partnership/partnership.types';
export { registerConfiguredPartnerships } from './partnership/partnership-registry';
export { AuditEntry, type AuditAction } from './audit/audit-entry.entity';
export {
  BookingApproval,
  Organisation,
  OrganisationKind,
  OrganisationStatus,
} from './organisation/organisation.entity';
export { orgEntities } from './org.entities';
export { DbsCheck, DbsLevel } from './people/dbs-check.entity';
export { currentLineManagers } from './people/line-managers';
export {
  dbsRecheckRemindersSchedule,
  type DbsRecheckRemindersData,
  sendDbsRecheckReminders,
} from './people/dbs-recheck-reminders';
export {
  type AssignmentDetails,
  assertIsoDate,
  EmploymentType,
  type IsoDate,
  JobAssignment,
} from './people/job-assignment.entity';
export { Person, type PersonDetails } from './people/person.entity';
export { Room, Site, SiteKind } from './site/site.entity';
export { Team } from './team/team.entity';
export { type ImportProblem, ImportRun, ImportStatus } from './import/import-run.entity';
export { OrganisationAccess } from './access/organisation-access';
export { type Changes, changesBetween, recordAudit } from './audit/audit-trail';
export { PeopleImportService } from './import/people-import.service';
export { likePattern, sameTextPattern, Trim } from './graphql/inputs';
export { JobAssignmentView, PersonView } from './people/person.types';
export { OrganisationView } from './organisation/organisation.types';
export { RoomView, SiteView } from './site/site.types';
export { TeamView } from './team/team.types';
export { JsonErrorsFilter } from './import/json-errors.filter';
export { PersonReach, type PersonCondition } from './access/person-reach';
export { type Cell, readSheet, type SheetRow } from './import/sheet';
export { detectFormat } from './import/file-format';
export { parseUkDate } from './import/uk-date';
