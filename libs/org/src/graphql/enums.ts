import { registerEnumType } from '@nestjs/graphql';
import { OrganisationKind, OrganisationStatus } from '../organisation/organisation.entity';
import { DbsLevel } from '../people/dbs-check.entity';
import { EmploymentType } from '../people/job-assignment.entity';
import { SiteKind } from '../site/site.entity';

registerEnumType(OrganisationKind, { name: 'OrganisationKind' });
registerEnumType(OrganisationStatus, { name: 'OrganisationStatus' });
registerEnumType(SiteKind, { name: 'SiteKind' });
registerEnumType(EmploymentType, { name: 'EmploymentType' });
registerEnumType(DbsLevel, { name: 'DbsLevel' });

export { DbsLevel, EmploymentType, OrganisationKind, OrganisationStatus, SiteKind };
