import { Injectable } from '@nestjs/common';
import { ref, UniqueConstraintViolationException } from '@mikro-orm/core';
import { EntityManager } from '@mikro-orm/postgresql';
import type { Actor } from '@kindred/auth';
import { ConflictError, ForbiddenError, NotFoundError } from '@kindred/common';
import { Partnership } from '@kindred/database';
import { JobAssignment, OrganisationAccess, PartnershipSettingsService, PersonReach } from '@kindred/org';
import { EVALUATION_STATEMENTS } from './evaluation-statements';
import { PulseSurvey, SurveyParticipation, SurveyResponse, SurveyStatement, SurveyWave } from './pulse-survey.entity';
import {
  groupOf,
  NO_ROLE_PROFILE,
  type ResponseFact,
  SurveyGrouping,
  waveFigures,
  type WaveFigures,
} from './survey-results';

const today = (now: Date) => now.toISOString().slice(0, 10);

/** A wave open to the signed-in person, its statements, and whether they have answered. */
export interface OpenWave {
  wave: SurveyWave;
  survey: PulseSurvey;
  statements: SurveyStatement[];
  answered: boolean;
}

export interface WaveResults extends WaveFigures {
  wave: SurveyWave;
  previousWave: SurveyWave | null;
  statements: SurveyStatement[];
  minimumGroupSize: number;
  /** Names of the groups, by key. */
  names: Map<string, string>;
}

const EMPLOYMENT_LABELS: Record<string, string> = {
  STAFF: 'Employed staff',
  VOLUNTEER: 'Volunteers',
  STUDENT: 'Students',
  AGENCY: 'Agency staff',
  SECONDED: 'Seconded staff',
};

/**
 * The workforce pulse survey: leads set statements and waves; staff answer each open wave once,
 * anonymously; results are shown by group only where the group is big enough not to identify anyone.
 */
@Injectable()
export class SurveyService {
  constructor(
    private readonly em: EntityManager,
    private readonly reach: PersonReach,
    private readonly settings: PartnershipSettingsService,
  ) {}

  list(): Promise<PulseSurvey[]> {
    return this.em.find(
      PulseSurvey,
      {},
      { populate: ['statements', 'waves'], orderBy: { createdAt: 'DESC', id: 'DESC' } },
    );
  }

  async create(actor: Actor, title: string): Promise<PulseSurvey> {
    const survey = new PulseSurvey(ref(Partnership, actor.partnershipId), title, EVALUATION_STATEMENTS);
    await this.em.persist(survey).flush();
    return survey;
  }

  async addStatement(surveyId: string, text: string, now = new Date()): Promise<PulseSurvey> {
    const survey = await this.survey(surveyId);
    survey.addStatement(text, today(now));
    await this.em.flush();
    return survey;
  }

  async retireStatement(statementId: string, now = new Date()): Promise<PulseSurvey> {
    const statement = await this.em.findOne(SurveyStatement, { id: statementId });
    if (!statement) throw new NotFoundError('Survey statement', statementId);
    const survey = await this.survey(statement.survey.id);
    survey.retireStatement(statement, today(now));
    await this.em.flush();
    return survey;
  }

  async addWave(surveyId: string, wave: { name: string; opensOn: string; closesOn: string }): Promise<PulseSurvey> {
    const survey = await this.survey(surveyId);
    survey.addWave(wave.name, wave.opensOn, wave.closesOn);
    await this.em.flush();
    return survey;
  }

  /** How many have answered each wave: a count, never who. */
  async responseCounts(waveIds: readonly string[]): Promise<Map<string, number>> {
    if (waveIds.length === 0) return new Map();
    const rows = await this.em
      .getConnection()
      .execute<{ wave_id: string; n: number }[]>(
        `select wave_id, count(*)::int as n from survey_participation where wave_id in (?) group by wave_id`,
        [waveIds],
      );
    return new Map(rows.map((r) => [r.wave_id, r.n]));
  }

  /** Waves open today, for the signed-in member of staff. */
  async openWaves(actor: Actor, now = new Date()): Promise<OpenWave[]> {
    const day = today(now);
    const waves = await this.em.find(
      SurveyWave,
      { opensOn: { $lte: day }, closesOn: { $gte: day } },
      { populate: ['survey.statements'], orderBy: { closesOn: 'ASC' } },
    );
    const me = await this.reach.actorPerson(actor);
    const answered =
      me && waves.length ? await this.em.find(SurveyParticipation, { person: me, wave: { $in: waves } }) : [];
    return waves.map((wave) => ({
      wave,
      survey: wave.survey.getEntity(),
      statements: wave.survey.getEntity().current,
      answered: answered.some((p) => p.wave.id === wave.id),
    }));
  }

  /**
   * Records one member of staff's answers to an open wave: that they answered, and separately
   * what, with their organisation, role profile and employment type but not them.
   */
  async answer(actor: Actor, waveId: string, agreements: ReadonlyMap<string, number>, now = new Date()): Promise<void> {
    const duplicate = 'You have already answered this wave of the survey. Thank you.';
    try {
      await this.em.transactional(async (tx) => {
        const wave = await tx.findOne(SurveyWave, { id: waveId }, { populate: ['survey.statements'] });
        if (!wave) throw new NotFoundError('Survey wave', waveId);
        const day = today(now);
        if (!wave.isOpenOn(day)) {
          throw new ConflictError(
            day < wave.opensOn ? `This survey opens on ${wave.opensOn}.` : `This survey closed on ${wave.closesOn}.`,
          );
        }
        const me = await this.reach.actorPerson(actor);
        if (!me) throw new ForbiddenError('The survey is for members of staff with a record in Kindred.');
        // A person with several jobs answers as their longest-standing one.
        const job = await tx.findOne(
          JobAssignment,
          { person: me, startDate: { $lte: day }, $or: [{ endDate: null }, { endDate: { $gte: day } }] },
          { orderBy: { startDate: 'ASC', id: 'ASC' } },
        );
        if (!job) throw new ForbiddenError('The survey is for people with a current job in the partnership.');
        if (await tx.count(SurveyParticipation, { wave, person: me })) throw new ConflictError(duplicate);
        const response = new SurveyResponse(
          wave,
          { organisationId: job.organisation.id, roleProfileId: job.roleProfileId, employmentType: job.employmentType },
          wave.survey.getEntity().current,
          agreements,
        );
        tx.persist([new SurveyParticipation(wave, me), response]);
      });
    } catch (error) {
      if (error instanceof UniqueConstraintViolationException) throw new ConflictError(duplicate);
      throw error;
    }
  }

  /** The wave of any survey that opened last, on or before today: the one a board report shows. */
  latestWave(now = new Date()): Promise<SurveyWave | null> {
    return this.em.findOne(
      SurveyWave,
      { opensOn: { $lte: today(now) } },
      { populate: ['survey'], orderBy: { opensOn: 'DESC', closesOn: 'DESC', id: 'ASC' } },
    );
  }

  /** A wave's results by group, with the change since the survey's wave before it. */
  async results(actor: Actor, waveId: string, by: SurveyGrouping): Promise<WaveResults> {
    const wave = await this.em.findOne(SurveyWave, { id: waveId }, { populate: ['survey.statements'] });
    if (!wave) throw new NotFoundError('Survey wave', waveId);
    const previousWave = await this.em.findOne(
      SurveyWave,
      { survey: wave.survey, closesOn: { $lt: wave.opensOn } },
      { orderBy: { closesOn: 'DESC' } },
    );
    const minimumGroupSize = (await this.settings.configOf(actor.partnershipId)).policies.surveyMinimumGroupSize;
    const organisations = OrganisationAccess.of(actor, 'culture.results').organisationIds;
    const [current, previous] = await Promise.all([
      this.responses(actor.partnershipId, wave.id, organisations),
      previousWave ? this.responses(actor.partnershipId, previousWave.id, organisations) : null,
    ]);
    const answered = new Set(current.flatMap((r) => [...r.agreements.keys()]));
    const statements = wave.survey
      .getEntity()
      .statements.getItems()
      .filter((s) => (current.length ? answered.has(s.id) : !s.retired));
    const figures = waveFigures(
      by,
      current,
      previous,
      statements.map((s) => s.id),
      minimumGroupSize,
    );
    return {
      ...figures,
      wave,
      previousWave,
      statements,
      minimumGroupSize,
      names: await this.names(by, current),
    };
  }

  private async responses(
    partnershipId: string,
    waveId: string,
    organisations: readonly string[] | null,
  ): Promise<ResponseFact[]> {
    const rows = await this.em.getConnection().execute<
      {
        id: string;
        organisation_id: string;
        role_profile_id: string | null;
        employment_type: string;
        statement_id: string;
        agreement: number;
      }[]
    >(
      `select r.id, r.organisation_id, r.role_profile_id, r.employment_type, a.statement_id, a.agreement
       from survey_response r join survey_answer a on a.response_id = r.id
       where r.partnership_id = ? and r.wave_id = ?${organisations ? ' and r.organisation_id in (?)' : ''}`,
      organisations ? [partnershipId, waveId, organisations] : [partnershipId, waveId],
    );
    const responses = new Map<string, ResponseFact & { agreements: Map<string, number> }>();
    for (const row of rows) {
      let response = responses.get(row.id);
      if (!response) {
        response = {
          organisationId: row.organisation_id,
          roleProfileId: row.role_profile_id,
          employmentType: row.employment_type,
          agreements: new Map(),
        };
        responses.set(row.id, response);
      }
      response.agreements.set(row.statement_id, row.agreement);
    }
    return [...responses.values()];
  }

  private async names(by: SurveyGrouping, responses: readonly ResponseFact[]): Promise<Map<string, string>> {
    const keys = [...new Set(responses.map((r) => groupOf(by, r)))];
    if (by === SurveyGrouping.EMPLOYMENT_TYPE) return new Map(keys.map((k) => [k, EMPLOYMENT_LABELS[k] ?? k]));
    const ids = keys.filter((k) => k !== NO_ROLE_PROFILE);
    const table = by === SurveyGrouping.ORGANISATION ? 'organisation' : 'role_profile';
    const rows = ids.length
      ? await this.em
          .getConnection()
          .execute<{ id: string; name: string }[]>(`select id, name from ${table} where id in (?)`, [ids])
      : [];
    const names = new Map(rows.map((r) => [r.id, r.name]));
    names.set(NO_ROLE_PROFILE, 'No role profile');
    return names;
  }

  private async survey(id: string): Promise<PulseSurvey> {
    const survey = await this.em.findOne(PulseSurvey, { id }, { populate: ['statements', 'waves'] });
    if (!survey) throw new NotFoundError('Pulse survey', id);
    return survey;
  }
}
