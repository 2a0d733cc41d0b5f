import { Injectable } from '@nestjs/common';
import { ref } from '@mikro-orm/core';
import { EntityManager } from '@mikro-orm/postgresql';
import type { Actor } from '@kindred/auth';
import { NotFoundError } from '@kindred/common';
import { Partnership } from '@kindred/database';
import { Person } from '@kindred/org';
import { Course } from '@kindred/training';
import { SurveyStatement, SurveyWave } from '../survey/pulse-survey.entity';
import { YouSaidAction, type YouSaidDetails, type YouSaidStatus } from './you-said-action.entity';

export interface YouSaidChange {
  youSaid: string;
  weDid: string;
  ownerId: string;
  status: YouSaidStatus;
  courseId?: string | null;
  waveId?: string | null;
  statementId?: string | null;
}

/** "You said, we did" actions: written by leads, read by everyone. */
@Injectable()
export class YouSaidService {
  constructor(private readonly em: EntityManager) {}

  list(): Promise<YouSaidAction[]> {
    return this.em.find(
      YouSaidAction,
      {},
      { populate: ['owner', 'course', 'wave', 'statement'], orderBy: { updatedAt: 'DESC', id: 'DESC' } },
    );
  }

  async create(actor: Actor, change: YouSaidChange): Promise<YouSaidAction> {
    const action = new YouSaidAction(ref(Partnership, actor.partnershipId), await this.details(change));
    await this.em.persist(action).flush();
    return action;
  }

  async update(id: string, change: YouSaidChange): Promise<YouSaidAction> {
    const action = await this.em.findOne(YouSaidAction, { id });
    if (!action) throw new NotFoundError('"You said, we did" action', id);
    action.update(await this.details(change));
    await this.em.flush();
    return action;
  }

  /** Each id found in the partnership, or "not found" naming it. */
  private async details(change: YouSaidChange): Promise<YouSaidDetails> {
    const find = async <T extends object>(
      entity: new (...args: never[]) => T,
      id: string | null | undefined,
      what: string,
    ) => {
      if (!id) return null;
      const found = await this.em.findOne(entity, { id } as never);
      if (!found) throw new NotFoundError(what, id);
      return found;
    };
    const owner = await find(Person, change.ownerId, 'Person');
    return {
      youSaid: change.youSaid,
      weDid: change.weDid,
      status: change.status,
      owner: owner!,
      course: await find(Course, change.courseId, 'Course'),
      wave: await find(SurveyWave, change.waveId, 'Survey wave'),
      statement: await find(SurveyStatement, change.statementId, 'Survey statement'),
    };
  }
}
