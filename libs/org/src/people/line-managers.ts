import type { EntityManager } from '@mikro-orm/postgresql';
import { type IsoDate, JobAssignment } from './job-assignment.entity';
import type { Person } from './person.entity';

/** Each person's line managers on their jobs current on `today`, each once, never the person themselves. */
export async function currentLineManagers(
  em: EntityManager,
  personIds: string[],
  today: IsoDate,
): Promise<Map<string, Person[]>> {
  if (personIds.length === 0) return new Map();
  const jobs = await em.find(
    JobAssignment,
    {
      person: { $in: personIds },
      lineManager: { $ne: null },
      startDate: { $lte: today },
      $or: [{ endDate: null }, { endDate: { $gte: today } }],
    },
    { populate: ['lineManager'], filters: false },
  );
  const byPerson = new Map<string, Map<string, Person>>();
  for (const job of jobs) {
    const manager = job.lineManager!.getEntity();
    if (manager.id === job.person.id) continue;
    byPerson.set(job.person.id, (byPerson.get(job.person.id) ?? new Map()).set(manager.id, manager));
  }
  return new Map([...byPerson].map(([id, managers]) => [id, [...managers.values()]]));
}
