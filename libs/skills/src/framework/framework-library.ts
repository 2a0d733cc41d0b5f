import { join } from 'node:path';
import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { ref, type Ref } from '@mikro-orm/core';
import { AppConfig } from '@kindred/config';
import { ConflictError, NotFoundError } from '@kindred/common';
import type { Actor } from '@kindred/auth';
import { Partnership } from '@kindred/database';
import { ProficiencyScale } from '../scale/proficiency-scale.entity';
import { Competency, CompetencyKind } from './competency.entity';
import { CompetencyFramework, LevelRule } from './competency-framework.entity';
import { type CompetencyDefinition, type FrameworkDefinition, readFrameworkFiles } from './framework-file';

export interface BuiltFramework {
  scale: ProficiencyScale;
  framework: CompetencyFramework;
  competencies: Competency[];
}

/**
 * Turns a framework file into entities through their constructors, so a file is held to the same
 * rules as the editor. Nothing is persisted here: the caller flushes once.
 */
export function buildFramework(
  partnership: Ref<Partnership>,
  definition: FrameworkDefinition,
  existingScale?: ProficiencyScale,
): BuiltFramework {
  const scale = existingScale ?? new ProficiencyScale(partnership, definition.scale);
  const framework = new CompetencyFramework(partnership, scale, {
    ...definition,
    levelRule: LevelRule[definition.levelRule],
  });
  const competencies: Competency[] = [];
  const add = (nodes: CompetencyDefinition[], parent: Competency | null) =>
    nodes.forEach((node, position) => {
      const competency = new Competency(framework, scale, { ...node, kind: CompetencyKind[node.kind] });
      competency.placeUnder(parent, position);
      competencies.push(competency);
      add(node.children, competency);
    });
  add(definition.competencies, null);
  return { scale, framework, competencies };
}

/**
 * The framework files shipped in `config/frameworks`, and loading one into a partnership. The files
 * are read at boot, so a broken file stops the api with its problems listed, like any bad setting.
 */
@Injectable()
export class FrameworkLibrary implements OnModuleInit {
  private definitions: FrameworkDefinition[] = [];

  constructor(
    private readonly em: EntityManager,
    @Inject(AppConfig) private readonly config: AppConfig,
  ) {}

  onModuleInit(): void {
    this.definitions = readFrameworkFiles(join(this.config.configDir, 'frameworks'));
  }

  files(): FrameworkDefinition[] {
    return this.definitions;
  }

  /** Loads a file as a new framework; its scale is reused when the partnership has one by that name. */
  async load(actor: Actor, code: string): Promise<CompetencyFramework> {
    const definition = this.files().find((file) => file.code === code);
    if (!definition) throw new NotFoundError('Framework file', code);
    const loaded = await this.em.findOne(CompetencyFramework, { code, version: definition.version });
    if (loaded) throw new ConflictError(`Version ${loaded.version} of ${loaded.name} is already loaded.`);
    const scale = await this.em.findOne(ProficiencyScale, { name: definition.scale.name });
    if (scale && scale.levels.length !== definition.scale.levels.length) {
      throw new ConflictError(
        `This partnership has a scale called ${scale.name} with ${scale.levels.length} levels; the file's has ${definition.scale.levels.length}. Rename one first.`,
      );
    }
    const built = buildFramework(ref(Partnership, actor.partnershipId), definition, scale ?? undefined);
    this.em.persist([built.scale, built.framework, ...built.competencies]);
    await this.em.flush();
    return built.framework;
  }

  /** Each file with the framework this partnership loaded from it, if any. */
  async catalogue(): Promise<{ definition: FrameworkDefinition; loaded: CompetencyFramework | null }[]> {
    const files = this.files();
    const loaded = await this.em.find(CompetencyFramework, { code: { $in: files.map((f) => f.code) } });
    return files.map((definition) => ({
      definition,
      loaded: loaded.find((f) => f.code === definition.code && f.version === definition.version) ?? null,
    }));
  }
}
