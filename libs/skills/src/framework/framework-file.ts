import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';

export interface ScaleLevelDefinition {
  name: string;
  description: string;
}

export interface CompetencyDefinition {
  code: string;
  name: string;
  kind: 'DOMAIN' | 'COMPETENCY';
  description: string;
  /** Months a level evidenced by training or import stays valid (refreshers); null = no expiry. */
  validForMonths: number | null;
  /** Behavioural indicators: level rank (1-based, must exist in the scale) -> text. */
  indicators: { level: number; text: string }[];
  children: CompetencyDefinition[];
}

export interface FrameworkDefinition {
  code: string;
  name: string;
  version: string;
  description: string;
  source: string;
  effectiveFrom: string;
  effectiveTo: string | null;
  levelRule: 'HIGHEST_VALIDATED' | 'LATEST_VALIDATED';
  selfAssessmentCounts: boolean;
  scale: { name: string; description: string; cumulative: boolean; levels: ScaleLevelDefinition[] };
  competencies: CompetencyDefinition[];
}

// Limits match the skills entities, so a file that parses here also saves.
const MAX_DEPTH = 4;
const MAX_LEVELS = 10;
const MAX_VALID_FOR_MONTHS = 240;

const requiredText = (max: number) =>
  z.string().trim().min(1, 'must not be empty').max(max, `must be at most ${max} characters`);
const optionalText = (max: number) => z.string().trim().max(max, `must be at most ${max} characters`).default('');

function isCalendarDate(day: string): boolean {
  const time = Date.parse(`${day}T00:00:00Z`);
  // Date.parse rolls 2025-02-30 over to 2 March, so the day must survive the round trip.
  return /^\d{4}-\d{2}-\d{2}$/.test(day) && !Number.isNaN(time) && new Date(time).toISOString().startsWith(day);
}

// A date reaches us as a Date when the YAML reads timestamps (`!!timestamp`, or a `%YAML 1.1`
// document); a date-only timestamp is midnight UTC, so its ISO day is the day written.
const calendarDate = z.preprocess(
  (value) => (value instanceof Date && !Number.isNaN(value.getTime()) ? value.toISOString().slice(0, 10) : value),
  z
    .string({ invalid_type_error: 'must be a date like 2025-04-01' })
    .refine(isCalendarDate, 'must be a real date like 2025-04-01'),
);

const competencySchema: z.ZodType<CompetencyDefinition, z.ZodTypeDef, unknown> = z.lazy(() =>
  z
    .object({
      code: z
        .string()
        .regex(/^[A-Z0-9][A-Z0-9.-]{0,39}$/, 'must be up to 40 capital letters, digits, "." and "-", like FHC.2.1'),
      name: requiredText(200),
      kind: z.enum(['DOMAIN', 'COMPETENCY']),
      description: optionalText(2000),
      validForMonths: z
        .number()
        .int('must be a whole number of months')
        .min(1, 'must be at least 1')
        .max(MAX_VALID_FOR_MONTHS, `must be at most ${MAX_VALID_FOR_MONTHS}`)
        .nullable()
        .default(null),
      indicators: z
        .array(z.object({ level: z.number().int('must be a whole number'), text: requiredText(1000) }).strict())
        .default([]),
      children: z.array(competencySchema).default([]),
    })
    // Unknown keys are refused so that a misspelt `validForMonth` cannot silently mean "no expiry".
    .strict(),
);

const frameworkSchema = z
  .object({
    code: z
      .string()
      .regex(/^[a-z0-9][a-z0-9-]{1,59}$/, 'must be lower-case letters, digits and "-", like safeguarding-children'),
    name: requiredText(200),
    // Unquoted, 2025.10 would be read as the number 2025.1.
    version: z.string({ invalid_type_error: 'must be quoted text, like "2025.1"' }).trim().min(1).max(40),
    description: optionalText(2000),
    source: requiredText(4000),
    effectiveFrom: calendarDate,
    effectiveTo: calendarDate.nullable().default(null),
    levelRule: z.enum(['HIGHEST_VALIDATED', 'LATEST_VALIDATED']).default('HIGHEST_VALIDATED'),
    selfAssessmentCounts: z.boolean().default(false),
    scale: z
      .object({
        name: requiredText(200),
        description: optionalText(2000),
        cumulative: z.boolean(),
        levels: z
          .array(z.object({ name: requiredText(100), description: optionalText(2000) }).strict())
          .min(2, 'must have at least 2 levels')
          .max(MAX_LEVELS, `must have at most ${MAX_LEVELS} levels`),
      })
      .strict(),
    competencies: z.array(competencySchema).min(1, 'must list at least one competency'),
  })
  .strict()
  .superRefine(checkFramework);

type Path = (string | number)[];

function formatPath(path: Path): string {
  return path.map((key, i) => (typeof key === 'number' ? `[${key}]` : i === 0 ? key : `.${key}`)).join('');
}

/** The rules that span more than one field: the scale bounds indicators, codes are framework-wide. */
function checkFramework(framework: FrameworkDefinition, ctx: z.RefinementCtx): void {
  const problem = (path: Path, message: string) => ctx.addIssue({ code: z.ZodIssueCode.custom, path, message });

  const { effectiveFrom, effectiveTo } = framework;
  // An impossible date already has its own problem; comparing it would only add noise.
  if (effectiveTo !== null && [effectiveFrom, effectiveTo].every(isCalendarDate) && effectiveTo <= effectiveFrom) {
    problem(['effectiveTo'], `must be after effectiveFrom (${effectiveFrom})`);
  }
  const levelNames = framework.scale.levels.map((level) => level.name.toLowerCase());
  levelNames.forEach((name, i) => {
    const first = levelNames.indexOf(name);
    if (first !== i) problem(['scale', 'levels', i, 'name'], `level ${first + 1} already has this name`);
  });

  const levels = framework.scale.levels.length;
  const codes = new Map<string, string>();
  const visit = (competencies: CompetencyDefinition[], parent: Path, depth: number): void => {
    competencies.forEach((competency, index) => {
      const path = [...parent, index];
      if (depth === MAX_DEPTH + 1) problem(path, `is nested too deeply: at most ${MAX_DEPTH} levels`);
      const firstUse = codes.get(competency.code);
      if (firstUse) problem([...path, 'code'], `${competency.code} is already the code of ${firstUse}`);
      else codes.set(competency.code, formatPath(path));

      if (competency.kind === 'DOMAIN') {
        // A domain only groups; levels are held, and expire, on the competencies inside it.
        if (competency.indicators.length > 0) problem([...path, 'indicators'], 'a DOMAIN has no indicators');
        if (competency.validForMonths !== null) problem([...path, 'validForMonths'], 'a DOMAIN has no validForMonths');
      } else {
        const described = new Set<number>();
        competency.indicators.forEach(({ level }, i) => {
          if (level < 1 || level > levels) {
            problem([...path, 'indicators', i, 'level'], `level ${level} is not on the scale (1-${levels})`);
          } else if (described.has(level)) {
            problem([...path, 'indicators', i, 'level'], `level ${level} already has an indicator`);
          }
          described.add(level);
        });
      }
      visit(competency.children, [...path, 'children'], depth + 1);
    });
  };
  visit(framework.competencies, ['competencies'], 1);
}

function describeYamlError(error: unknown): string {
  // The yaml package's messages continue with a snippet of the file; the first line names the spot.
  return (error as Error).message.split('\n')[0].replace(/:$/, '');
}

/**
 * Parses and validates one YAML text; throws Error whose message lists every problem, one per line,
 * each prefixed with the file name and the path (e.g. `safeguarding-children.yaml:
 * competencies[0].children[2].indicators[1].level: level 4 is not on the scale (1-3)`).
 * Rules that span fields (scale bounds, unique codes, dates in order) are checked once every value
 * has the right type, so a file with a missing or mistyped key may show more problems when fixed.
 */
export function parseFrameworkFile(fileName: string, text: string): FrameworkDefinition {
  let raw: unknown;
  try {
    raw = parse(text);
  } catch (error) {
    throw new Error(`${fileName}: ${describeYamlError(error)}`);
  }
  const result = frameworkSchema.safeParse(raw);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => {
    const path = formatPath(issue.path);
    const message = issue.message === 'Required' ? 'is required' : issue.message;
    return `${fileName}: ${path ? `${path}: ` : ''}${message}`;
  });
  throw new Error(problems.join('\n'));
}

/**
 * Reads every *.yaml in the directory (sorted by file name), parsing each; throws on the first bad
 * file with its problems. Returns [] for a missing directory.
 */
export function readFrameworkFiles(directory: string): FrameworkDefinition[] {
  if (!existsSync(directory)) return [];
  const files = readdirSync(directory)
    .filter((file) => file.endsWith('.yaml'))
    .sort();
  // A framework is stored once per code and version, so two files claiming both would overwrite each other.
  const defined = new Map<string, string>();
  return files.map((file) => {
    const framework = parseFrameworkFile(file, readFileSync(join(directory, file), 'utf8'));
    const key = `${framework.code} ${framework.version}`;
    const other = defined.get(key);
    if (other) {
      throw new Error(`${file}: ${framework.code} version ${framework.version} is already defined in ${other}`);
    }
    defined.set(key, file);
    return framework;
  });
}
