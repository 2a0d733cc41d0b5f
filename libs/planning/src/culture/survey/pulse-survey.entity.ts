import {
  Collection,
  Entity,
  Enum,
  ManyToOne,
  OneToMany,
  PrimaryKey,
  Property,
  type Ref,
  ref,
  Unique,
} from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { BadInputError, ConflictError } from '@kindred/common';
import { type Partnership, PartnershipOwnedEntity } from '@kindred/database';
import { EmploymentType, type Person } from '@kindred/org';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const MAX_STATEMENT = 300;

/**
 * A workforce pulse survey: statements staff rate their agreement with, asked in waves. A new one
 * starts with the evaluation's statements; the partnership adds its own.
 */
@Entity()
export class PulseSurvey extends PartnershipOwnedEntity {
  @Property({ type: 'string', length: 200 })
  title: string;

  @OneToMany({ entity: () => SurveyStatement, mappedBy: 'survey', orderBy: { position: 'ASC' } })
  statements = new Collection<SurveyStatement>(this);

  @OneToMany({ entity: () => SurveyWave, mappedBy: 'survey', orderBy: { opensOn: 'ASC' } })
  waves = new Collection<SurveyWave>(this);

  constructor(partnership: Ref<Partnership>, title: string, evaluationStatements: readonly string[]) {
    super(partnership);
    this.title = PulseSurvey.titled(title);
    evaluationStatements.forEach((text, position) =>
      this.statements.add(new SurveyStatement(this, text, position, true)),
    );
  }

  rename(title: string): void {
    this.title = PulseSurvey.titled(title);
  }

  /** The statements asked in waves from now on, in order. */
  get current(): SurveyStatement[] {
    return this.statements.getItems().filter((s) => !s.retired);
  }

  /** A wave open on the day, if any: statements stay as they are while staff answer. */
  openOn(day: string): SurveyWave | undefined {
    return this.waves.getItems().find((w) => w.isOpenOn(day));
  }

  addStatement(text: string, today: string): SurveyStatement {
    this.assertNoWaveOpen(today);
    if (this.current.some((s) => s.text.toLowerCase() === text.trim().toLowerCase())) {
      throw new ConflictError('The survey already asks that.');
    }
    const position = Math.max(-1, ...this.statements.getItems().map((s) => s.position)) + 1;
    const statement = new SurveyStatement(this, text, position, false);
    this.statements.add(statement);
    return statement;
  }

  /** Leaves the statement out of waves from now on; answers already given stay in past results. */
  retireStatement(statement: SurveyStatement, today: string): void {
    this.assertNoWaveOpen(today);
    if (this.current.length === 1) throw new ConflictError('A survey asks at least one statement.');
    statement.retired = true;
  }

  /** A wave whose dates do not overlap another of this survey's. */
  addWave(name: string, opensOn: string, closesOn: string): SurveyWave {
    const earlier = this.waves.getItems();
    const wave = new SurveyWave(this, name, opensOn, closesOn);
    const clash = earlier.find((w) => w.opensOn <= wave.closesOn && wave.opensOn <= w.closesOn);
    if (clash) {
      // The new wave joined the collection when it was made; a refused one must not stay there.
      this.waves.remove(wave);
      throw new ConflictError(`The wave overlaps "${clash.name}" (${clash.opensOn} to ${clash.closesOn}).`);
    }
    this.waves.add(wave);
    return wave;
  }

  private assertNoWaveOpen(today: string): void {
    const open = this.openOn(today);
    if (open) throw new ConflictError(`"${open.name}" is open: statements change between waves, not during one.`);
  }

  private static titled(title: string): string {
    const trimmed = title.trim();
    if (!trimmed || trimmed.length > 200) throw new BadInputError('A survey has a title of up to 200 characters.');
    return trimmed;
  }
}

@Entity()
export class SurveyStatement extends PartnershipOwnedEntity {
  @ManyToOne({ entity: () => PulseSurvey, ref: true, deleteRule: 'cascade' })
  survey: Ref<PulseSurvey>;

  @Property({ type: 'string', length: MAX_STATEMENT })
  text: string;

  @Property({ type: 'smallint' })
  position: number;

  /** One of the evaluation's statements, comparable with its findings. */
  @Property({ type: 'boolean' })
  fromEvaluation: boolean;

  @Property({ type: 'boolean' })
  retired = false;

  constructor(survey: PulseSurvey, text: string, position: number, fromEvaluation: boolean) {
    super(survey.partnership);
    const trimmed = text.trim();
    if (!trimmed || trimmed.length > MAX_STATEMENT) {
      throw new BadInputError(`A statement is up to ${MAX_STATEMENT} characters.`);
    }
    this.survey = ref(survey);
    this.text = trimmed;
    this.position = position;
    this.fromEvaluation = fromEvaluation;
  }
}

/** One round of the survey, open from one day to another inclusive. */
@Entity()
export class SurveyWave extends PartnershipOwnedEntity {
  @ManyToOne({ entity: () => PulseSurvey, ref: true, deleteRule: 'cascade' })
  survey: Ref<PulseSurvey>;

  @Property({ type: 'string', length: 100 })
  name: string;

  @Property({ type: 'date' })
  opensOn: string;

  @Property({ type: 'date' })
  closesOn: string;

  constructor(survey: PulseSurvey, name: string, opensOn: string, closesOn: string) {
    super(survey.partnership);
    const trimmed = name.trim();
    if (!trimmed || trimmed.length > 100) throw new BadInputError('A wave has a name of up to 100 characters.');
    if (!ISO_DATE.test(opensOn) || !ISO_DATE.test(closesOn)) {
      throw new BadInputError('A wave opens and closes on dates (YYYY-MM-DD).');
    }
    if (closesOn < opensOn) throw new BadInputError('The wave closes before it opens.');
    this.survey = ref(survey);
    this.name = trimmed;
    this.opensOn = opensOn;
    this.closesOn = closesOn;
  }

  isOpenOn(day: string): boolean {
    return this.opensOn <= day && day <= this.closesOn;
  }
}

/**
 * That a person has answered a wave, and nothing of what they said: it only stops a second answer.
 * Their answers are a SurveyResponse with no link back to them.
 */
@Entity()
@Unique({ properties: ['wave', 'person'] })
export class SurveyParticipation extends PartnershipOwnedEntity {
  @ManyToOne({ entity: () => SurveyWave, ref: true, deleteRule: 'cascade' })
  wave: Ref<SurveyWave>;

  @ManyToOne({ entity: () => 'Person', ref: true, deleteRule: 'cascade' })
  person: Ref<Person>;

  constructor(wave: SurveyWave, person: Person) {
    super(wave.partnership);
    this.wave = ref(wave);
    this.person = ref(person);
  }
}

/**
 * One anonymous set of answers to a wave. It carries what results are broken down by and nothing
 * that names or dates the person: no person, no timestamps (a creation time would match their
 * participation row's), and a random id.
 */
@Entity()
export class SurveyResponse {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne({ entity: () => 'Partnership', ref: true, deleteRule: 'cascade', index: true })
  partnership: Ref<Partnership>;

  @ManyToOne({ entity: () => SurveyWave, ref: true, deleteRule: 'cascade', index: true })
  wave: Ref<SurveyWave>;

  /** Ids, not relations: a response outlives a reorganisation, and results name them as they are now. */
  @Property({ type: 'uuid' })
  organisationId: string;

  @Property({ type: 'uuid', nullable: true })
  roleProfileId: string | null;

  @Enum({ items: () => EmploymentType, nativeEnumName: 'employment_type' })
  employmentType: EmploymentType;

  @OneToMany({ entity: () => SurveyAnswer, mappedBy: 'response' })
  answers = new Collection<SurveyAnswer>(this);

  constructor(
    wave: SurveyWave,
    group: { organisationId: string; roleProfileId: string | null; employmentType: EmploymentType },
    statements: readonly SurveyStatement[],
    agreements: ReadonlyMap<string, number>,
  ) {
    this.partnership = wave.partnership;
    this.wave = ref(wave);
    this.organisationId = group.organisationId;
    this.roleProfileId = group.roleProfileId;
    this.employmentType = group.employmentType;
    const asked = new Set(statements.map((s) => s.id));
    const stray = [...agreements.keys()].find((id) => !asked.has(id));
    if (stray) throw new BadInputError('An answer is for a statement this wave does not ask.');
    for (const statement of statements) {
      const agreement = agreements.get(statement.id);
      if (agreement === undefined)
        throw new BadInputError(`Answer every statement: "${statement.text}" has no answer.`);
      this.answers.add(new SurveyAnswer(this, statement, agreement));
    }
  }
}

/** Agreement with one statement: 1 strongly disagree … 5 strongly agree. */
@Entity()
@Unique({ properties: ['response', 'statement'] })
export class SurveyAnswer {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne({ entity: () => 'Partnership', ref: true, deleteRule: 'cascade' })
  partnership: Ref<Partnership>;

  @ManyToOne({ entity: () => SurveyResponse, ref: true, deleteRule: 'cascade' })
  response: Ref<SurveyResponse>;

  @ManyToOne({ entity: () => SurveyStatement, ref: true, deleteRule: 'cascade', index: true })
  statement: Ref<SurveyStatement>;

  @Property({ type: 'smallint' })
  agreement: number;

  constructor(response: SurveyResponse, statement: SurveyStatement, agreement: number) {
    if (!Number.isInteger(agreement) || agreement < 1 || agreement > 5) {
      throw new BadInputError('Agreement is a whole number from 1 (strongly disagree) to 5 (strongly agree).');
    }
    this.partnership = response.partnership;
    this.response = ref(response);
    this.statement = ref(statement);
    this.agreement = agreement;
  }
}
