import { AuditEntry } from './audit/audit-entry.entity';
import { ImportRun } from './import/import-run.entity';
import { Organisation } from './organisation/organisation.entity';
import { DbsCheck } from './people/dbs-check.entity';
import { JobAssignment } from './people/job-assignment.entity';
import { Person } from './people/person.entity';
import { Room, Site } from './site/site.entity';
import { Team } from './team/team.entity';

export const orgEntities = [Organisation, Site, Room, Team, Person, JobAssignment, DbsCheck, AuditEntry, ImportRun];
