import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import type { FilterQuery } from '@mikro-orm/core';
import type { Actor } from '@kindred/auth';
import { ForbiddenError } from '@kindred/common';
import { OrganisationAccess } from '../access/organisation-access';
import { EmploymentType, JobAssignment } from '../people/job-assignment.entity';
import type { PeopleSheetRow } from './people-sheet';

/** Employment types as the template writes them; imports read either form. */
const EMPLOYMENT_TYPE_WORDS: Record<EmploymentType, string> = {
  [EmploymentType.STAFF]: 'Staff',
  [EmploymentType.VOLUNTEER]: 'Volunteer',
  [EmploymentType.STUDENT]: 'Student',
  [EmploymentType.AGENCY]: 'Agency',
  [EmploymentType.SECONDED]: 'Seconded',
};

/**
 * The workforce in the import template's shape, one row per job that has not ended (current and
 * future starters), so that a file exported, edited and imported again changes only the edits.
 */
@Injectable()
export class PeopleExport {
  constructor(private readonly em: EntityManager) {}

  async rows(actor: Actor): Promise<PeopleSheetRow[]> {
    const reach = OrganisationAccess.of(actor, 'person.read').organisationIds;
    if (reach?.length === 0) {
      throw new ForbiddenError('Exporting people needs access to the records of at least one organisation.');
    }
    const today = new Date().toISOString().slice(0, 10);
    const where: FilterQuery<JobAssignment> = {
      $or: [{ endDate: null }, { endDate: { $gte: today } }],
      ...(reach ? { organisation: { $in: [...reach] } } : {}),
    };
    const assignments = await this.em.find(JobAssignment, where, {
      populate: ['person', 'organisation', 'team', 'lineManager'],
      orderBy: { person: { familyName: 'asc', givenName: 'asc', id: 'asc' }, startDate: 'asc', id: 'asc' },
    });
    return assignments.map((a) => {
      const person = a.person.getEntity();
      return {
        employeeNumber: person.employeeNumber ?? '',
        givenName: person.givenName,
        familyName: person.familyName,
        email: person.email,
        phone: person.phone ?? '',
        organisation: a.organisation.getEntity().name,
        team: a.team?.getEntity().name ?? '',
        jobTitle: a.jobTitle,
        employmentType: EMPLOYMENT_TYPE_WORDS[a.employmentType],
        hoursPerWeek: a.hoursPerWeek === null ? '' : String(Number(a.hoursPerWeek)),
        startDate: a.startDate,
        endDate: a.endDate ?? '',
        lineManager: a.lineManager?.getEntity().email ?? '',
      };
    });
  }
}
