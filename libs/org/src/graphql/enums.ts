import { registerEnumType } from '@nestjs/graphql';
import { BookingApproval, OrganisationKind, OrganisationStatus } from '../organisation/organisation.entity';
import { DbsLevel } from '../people/dbs-check.entity';
import { EmploymentType } from '../people/job-assignment.entity';
import { SiteKind } from '../site/site.entity';

registerEnumType(OrganisationKind, { name: 'OrganisationKind' });
registerEnumType(OrganisationStatus, { name: 'OrganisationStatus' });
registerEnumType(BookingApproval, { name: 'BookingApproval' });
registerEnumType(SiteKind, { name: 'SiteKind' });
registerEnumType(EmploymentType, { name: 'EmploymentType' });
registerEnumType(DbsLevel, { name: 'DbsLevel' });

export { BookingApproval, DbsLevel, EmploymentType, OrganisationKind, OrganisationStatus, SiteKind };
