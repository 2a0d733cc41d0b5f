import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stringify } from 'yaml';
import {
  type CompetencyDefinition,
  type FrameworkDefinition,
  parseFrameworkFile,
  readFrameworkFiles,
} from './framework-file';

const SHIPPED = join(__dirname, '../../../../config/frameworks');

const allCompetencies = (nodes: CompetencyDefinition[]): CompetencyDefinition[] =>
  nodes.flatMap((node) => [node, ...allCompetencies(node.children)]);

const competency = (code: string, levels: number[]) => ({
  code,
  kind: 'COMPETENCY',
  name: `Competency ${code}`,
  indicators: levels.map((level) => ({ level, text: `What ${code} looks like at level ${level}` })),
});

/** A valid framework on a three-level scale with only the required keys; tests replace parts. */
const framework = (overrides: Record<string, unknown> = {}): string =>
  stringify({
    code: 'test-framework',
    name: 'Test framework',
    version: '1',
    source: 'A test',
    effectiveFrom: '2025-04-01',
    scale: { name: 'Three levels', cumulative: true, levels: [{ name: 'One' }, { name: 'Two' }, { name: 'Three' }] },
    competencies: [{ code: 'T.1', kind: 'DOMAIN', name: 'Domain', children: [competency('T.1.1', [1, 3])] }],
    ...overrides,
  });

describe('the shipped frameworks', () => {
  const shipped = readFrameworkFiles(SHIPPED);
  const byCode = (code: string): FrameworkDefinition => {
    const found = shipped.find((f) => f.code === code);
    if (!found) throw new Error(`${code} is not shipped`);
    return found;
  };
  const codes = (code: string) => allCompetencies(byCode(code).competencies).map((c) => c.code);

  it('describe every competency at every level of the scale, and give domains no indicators', () => {
    expect(shipped.length).toBeGreaterThanOrEqual(3);
    for (const definition of shipped) {
      for (const node of allCompetencies(definition.competencies)) {
        const levels = node.indicators.map((i) => i.level).sort((a, b) => a - b);
        const expected = node.kind === 'DOMAIN' ? [] : definition.scale.levels.map((_, i) => i + 1);
        expect({ code: node.code, levels }).toEqual({ code: node.code, levels: expected });
      }
    }
  });

  it('name their scales differently, as a partnership holds each scale once by name', () => {
    const names = shipped.map((f) => f.scale.name);
    expect(new Set(names).size).toBe(names.length);
  });

  it('family hubs core practice: four cumulative levels a manager validates', () => {
    const core = byCode('family-hubs-core-practice');
    expect(core.scale.levels.map((l) => l.name)).toEqual(['Aware', 'Practising', 'Confident', 'Leading']);
    expect(core.scale.cumulative).toBe(true);
    expect(core).toMatchObject({
      levelRule: 'HIGHEST_VALIDATED',
      selfAssessmentCounts: false,
      effectiveFrom: '2025-04-01',
      effectiveTo: null,
    });
    expect(codes('family-hubs-core-practice')).toEqual(
      expect.arrayContaining(['FHC.1', 'FHC.1.1', 'FHC.2.1', 'FHC.4.2']),
    );
  });

  it('trauma-informed practice: the NES levels, the six OHID principles, self-assessment counts', () => {
    const tip = byCode('trauma-informed-practice');
    expect(tip.scale.levels.map((l) => l.name)).toEqual(['Informed', 'Skilled', 'Enhanced', 'Specialist']);
    expect(tip.scale.cumulative).toBe(true);
    expect(tip.selfAssessmentCounts).toBe(true);
    const principles = tip.competencies.find((c) => c.name === 'Trauma-informed principles');
    expect(principles?.children.map((c) => c.name)).toEqual([
      'Safety',
      'Trust',
      'Choice',
      'Collaboration',
      'Empowerment',
      'Cultural consideration',
    ]);
    expect(codes('trauma-informed-practice')).toEqual(expect.arrayContaining(['TIP.1.1', 'TIP.2.6', 'TIP.3.1']));
  });

  it('safeguarding children: intercollegiate levels 1-3, latest evidence wins, refreshed every 36 months', () => {
    const sgc = byCode('safeguarding-children');
    expect(sgc.scale.levels.map((l) => l.name)).toEqual(['Level 1', 'Level 2', 'Level 3']);
    expect(sgc.scale.cumulative).toBe(true);
    expect(sgc.levelRule).toBe('LATEST_VALIDATED');
    expect(codes('safeguarding-children')).toEqual(expect.arrayContaining(['SGC.1.1', 'SGC.2.1', 'SGC.2.3']));
    for (const node of allCompetencies(sgc.competencies)) {
      expect([node.code, node.validForMonths]).toEqual([node.code, node.kind === 'DOMAIN' ? null : 36]);
    }
  });
});

describe('parseFrameworkFile', () => {
  it('fills in the optional keys', () => {
    const parsed = parseFrameworkFile('test.yaml', framework());
    expect(parsed).toMatchObject({
      description: '',
      effectiveTo: null,
      levelRule: 'HIGHEST_VALIDATED',
      selfAssessmentCounts: false,
    });
    expect(parsed.scale.levels[0]).toEqual({ name: 'One', description: '' });
    expect(parsed.competencies[0]).toMatchObject({ description: '', validForMonths: null, indicators: [] });
    expect(parsed.competencies[0].children[0].children).toEqual([]);
  });

  it('refuses an indicator for a level the scale does not have, naming where it is', () => {
    const text = framework({
      competencies: [{ code: 'T.1', kind: 'DOMAIN', name: 'Domain', children: [competency('T.1.1', [1, 4])] }],
    });
    expect(() => parseFrameworkFile('test.yaml', text)).toThrow(
      'test.yaml: competencies[0].children[0].indicators[1].level: level 4 is not on the scale (1-3)',
    );
  });

  it('refuses two indicators for one level', () => {
    const text = framework({ competencies: [competency('T.1', [2, 2])] });
    expect(() => parseFrameworkFile('test.yaml', text)).toThrow(
      'test.yaml: competencies[0].indicators[1].level: level 2 already has an indicator',
    );
  });

  it('refuses a code used twice anywhere in the framework', () => {
    const text = framework({
      competencies: [
        { code: 'T.1', kind: 'DOMAIN', name: 'Domain', children: [competency('T.2', [1])] },
        competency('T.2', [1]),
      ],
    });
    expect(() => parseFrameworkFile('test.yaml', text)).toThrow(
      'test.yaml: competencies[1].code: T.2 is already the code of competencies[0].children[0]',
    );
  });

  it('lists every problem, one a line', () => {
    const text = framework({
      name: ' ',
      effectiveTo: '2025-01-01',
      competencies: [
        { code: 'T.1', kind: 'DOMAIN', name: 'Domain', validForMonths: 12, indicators: [{ level: 1, text: 'Knows' }] },
      ],
    });
    expect(() => parseFrameworkFile('test.yaml', text)).toThrow(
      [
        'test.yaml: name: must not be empty',
        'test.yaml: effectiveTo: must be after effectiveFrom (2025-04-01)',
        'test.yaml: competencies[0].indicators: a DOMAIN has no indicators',
        'test.yaml: competencies[0].validForMonths: a DOMAIN has no validForMonths',
      ].join('\n'),
    );
  });

  it('asks for the version in quotes, as YAML reads 2025.10 as the number 2025.1', () => {
    expect(() => parseFrameworkFile('test.yaml', framework({ version: 2025.1 }))).toThrow(
      'test.yaml: version: must be quoted text, like "2025.1"',
    );
  });

  it('refuses a date that is not on the calendar, and an end before the start', () => {
    expect(() => parseFrameworkFile('test.yaml', framework({ effectiveFrom: '2025-02-30' }))).toThrow(
      'test.yaml: effectiveFrom: must be a real date like 2025-04-01',
    );
    expect(() => parseFrameworkFile('test.yaml', framework({ effectiveTo: '2025-04-01' }))).toThrow(
      'test.yaml: effectiveTo: must be after effectiveFrom (2025-04-01)',
    );
  });

  it('reads a YAML timestamp as the same day', () => {
    const text = framework().replace(/^effectiveFrom: .*$/m, 'effectiveFrom: !!timestamp 2025-04-01');
    expect(text).toContain('!!timestamp');
    expect(parseFrameworkFile('test.yaml', text).effectiveFrom).toBe('2025-04-01');
  });

  it('refuses a tree deeper than four levels', () => {
    const nest = (depth: number): Record<string, unknown> => ({
      code: `T.${depth}`,
      kind: 'DOMAIN',
      name: `Depth ${depth}`,
      children: depth < 5 ? [nest(depth + 1)] : [],
    });
    expect(() => parseFrameworkFile('test.yaml', framework({ competencies: [nest(1)] }))).toThrow(
      'test.yaml: competencies[0].children[0].children[0].children[0].children[0]: is nested too deeply: at most 4 levels',
    );
  });

  it('refuses keys it does not know, so a misspelling is not silently ignored', () => {
    const text = framework({ competencies: [{ ...competency('T.1', [1]), validForMonth: 36 }] });
    expect(() => parseFrameworkFile('test.yaml', text)).toThrow(/^test\.yaml: competencies\[0\]: .*validForMonth/);
  });

  it('names the file when the YAML itself is broken', () => {
    expect(() => parseFrameworkFile('broken.yaml', 'code: a\ncode: b\n')).toThrow(
      /^broken\.yaml: Map keys must be unique at line 2/,
    );
  });
});

describe('readFrameworkFiles', () => {
  let directory: string;
  beforeEach(() => {
    directory = mkdtempSync(join(tmpdir(), 'frameworks-'));
  });
  afterEach(() => rmSync(directory, { recursive: true, force: true }));

  it('gives no frameworks for a directory that does not exist', () => {
    expect(readFrameworkFiles(join(directory, 'missing'))).toEqual([]);
  });

  it('reads only the .yaml files, in file name order', () => {
    writeFileSync(join(directory, 'b.yaml'), framework({ code: 'second' }));
    writeFileSync(join(directory, 'a.yaml'), framework({ code: 'first' }));
    writeFileSync(join(directory, 'notes.txt'), 'not a framework');
    expect(readFrameworkFiles(directory).map((f) => f.code)).toEqual(['first', 'second']);
  });

  it('stops at the first bad file, and refuses one version of a framework defined twice', () => {
    writeFileSync(join(directory, 'a.yaml'), framework());
    writeFileSync(join(directory, 'b.yaml'), framework());
    expect(() => readFrameworkFiles(directory)).toThrow(
      'b.yaml: test-framework version 1 is already defined in a.yaml',
    );
    writeFileSync(join(directory, 'a.yaml'), framework({ effectiveFrom: 'soon' }));
    expect(() => readFrameworkFiles(directory)).toThrow(/^a\.yaml: effectiveFrom/);
  });
});
