import { Workbook } from 'exceljs';
import { PdfFont, pdfDocument } from '@kindred/common';
import type { BoardReportContent } from './board-report';

const percent = (share: number | null) => (share === null ? null : Math.round(share * 1000) / 10);
const judged = (s: BoardReportContent['selfAssessment']['statements'][number]) =>
  s.judgement
    ? `${s.judgement.label} (${s.judgement.madeBy}, ${s.judgement.madeAt.toISOString().slice(0, 10)})`
    : 'Not judged yet';

const TRAJECTORY_WORDS = { ON_TRACK: 'On track', AT_RISK: 'At risk', OFF_TRACK: 'Off track' } as const;
const STATUS_WORDS = { DRAFT: 'Draft', CONSULTATION: 'In consultation', APPROVED: 'Approved', CLOSED: 'Closed' };
const TRAJECTORY_COLOURS = { ON_TRACK: '#2e7d32', AT_RISK: '#ed6c02', OFF_TRACK: '#c62828' } as const;
/** The rows of the training needs analysis a board paper has room for: the largest shortfalls. */
const TOP_NEEDS = 15;

const share = (p: { meeting: number; population: number; percent: number }) =>
  `${p.percent}% (${p.meeting} of ${p.population})`;
/** A withheld figure says why, and no number (decision 0065). */
const notShown = (note: string) => `not shown (${note.charAt(0).toLowerCase()}${note.slice(1)})`;

/** The plan for the board as an A4 PDF, with a bar per objective and per organisation. */
export function boardReportPdf(
  content: BoardReportContent,
  options: { partnershipName: string; colour: string },
): Promise<Buffer> {
  const { plan } = content;
  const { doc, finish } = pdfDocument({
    size: 'A4',
    margin: 50,
    info: { Title: `${plan.title} (${plan.period})`, Author: options.partnershipName },
  });
  const width = doc.page.width - 100;
  const heading = (text: string) =>
    doc.moveDown(1).font(PdfFont.BOLD).fontSize(14).fillColor(options.colour).text(text).moveDown(0.3);
  const body = (text: string) => doc.font(PdfFont.REGULAR).fontSize(10).fillColor('#000000').text(text);
  /** A labelled bar: grey track, coloured share, and a tick for the target when there is one. */
  const bar = (label: string, percent: number, colour: string, target?: number) => {
    if (doc.y > doc.page.height - 90) doc.addPage();
    body(label);
    const y = doc.y + 2;
    doc.rect(50, y, width, 8).fill('#e0e0e0');
    doc.rect(50, y, (width * Math.min(100, percent)) / 100, 8).fill(colour);
    if (target !== undefined) doc.rect(50 + (width * target) / 100 - 1, y - 2, 2, 12).fill('#000000');
    doc.fillColor('#000000');
    doc.y = y + 14;
  };

  doc.font(PdfFont.BOLD).fontSize(18).fillColor(options.colour).text(options.partnershipName);
  doc.fontSize(16).fillColor('#000000').text(`${plan.title} (${plan.period})`);
  body(
    `${STATUS_WORDS[plan.status]} · ${plan.startsOn} to ${plan.endsOn} · owner ${content.ownerName} · figures as of ${content.asOf}`,
  );
  body(`Partners signed up: ${content.partners.length ? content.partners.join(', ') : 'none yet'}.`);
  if (plan.summary) body(plan.summary);

  heading('Objectives');
  if (content.objectives.length === 0) body('No objectives have been set yet.');
  for (const { objective, standing } of content.objectives) {
    doc.moveDown(0.5).font(PdfFont.BOLD).fontSize(11).text(objective.title);
    const against = `against a target of ${objective.targetPercent}% by ${objective.deadline}`;
    if (standing.withheld) {
      body(`Survey agreement ${notShown(standing.note)} ${against}.`);
    } else {
      const status = standing.trajectory!;
      body(
        `${TRAJECTORY_WORDS[status]}: ${share(standing)} ${against}; the straight line stands at ` +
          `${standing.expectedPercent}% today.`,
      );
      bar('All partners', standing.percent, TRAJECTORY_COLOURS[status], objective.targetPercent);
    }
    for (const org of standing.byOrganisation) {
      if (org.withheld) body(`${org.organisationName}: ${notShown(org.note)}.`);
      else bar(`${org.organisationName}: ${share(org)}`, org.percent, options.colour);
    }
  }

  heading('Supervision and CPD');
  bar(
    `Supervision within its agreed frequency: ${share(content.coverage.supervision)}`,
    content.coverage.supervision.percent,
    options.colour,
  );
  bar(`On track with CPD: ${share(content.coverage.cpd)}`, content.coverage.cpd.percent, options.colour);

  heading('Actions');
  if (content.actions.length === 0) body('No actions yet.');
  for (const a of content.actions) {
    body(
      `${a.status === 'DONE' ? 'Done' : a.status === 'DROPPED' ? 'Dropped' : 'Open'} · due ${a.dueOn} · ${a.owner}: ${a.title}`,
    );
  }

  heading('Training needs');
  const needs = [...content.needs].sort((a, b) => b.stillNeeded - a.stillNeeded).slice(0, TOP_NEEDS);
  if (needs.length === 0) body('No training needs found.');
  for (const n of needs) {
    body(
      `${n.courseTitle} · ${n.organisationName}${n.siteName ? `, ${n.siteName}` : ''}: ${n.needing} need it, ` +
        `${n.booked} booked, ${n.stillNeeded} places still needed.`,
    );
  }

  heading('Pulse survey');
  const { survey } = content;
  if (!survey.shown) body(survey.reason);
  else {
    const { results } = survey;
    body(
      `${survey.surveyTitle}, ${results.wave.name} (${results.wave.opensOn} to ${results.wave.closesOn}): ` +
        `${results.overall.responses ?? `fewer than ${results.minimumGroupSize}`} responses. Groups with fewer than ` +
        `${results.minimumGroupSize} responses are not shown.`,
    );
    results.statements.forEach((statement, i) => {
      const overall = results.overall.statements.find((f) => f.statementId === statement.id);
      doc
        .moveDown(0.3)
        .font(PdfFont.BOLD)
        .fontSize(10)
        .text(`${i + 1}. ${statement.text}`);
      body(
        overall?.mean != null
          ? `Everyone: mean ${overall.mean} of 5, ${percent(overall.agreeShare)}% agree.`
          : 'Everyone: withheld.',
      );
      for (const group of results.groups) {
        const figures = group.statements.find((f) => f.statementId === statement.id);
        body(
          group.withheld || figures?.mean == null
            ? `${group.name}: not shown (${group.note ?? 'withheld'}).`
            : `${group.name}: mean ${figures.mean}, ${percent(figures.agreeShare)}% agree (${group.responses} responses).`,
        );
      }
    });
  }

  heading('Skills gaps');
  if (content.skills.every((f) => f.worst.length === 0)) body('No skills gaps against role profiles.');
  for (const framework of content.skills.filter((f) => f.worst.length > 0)) {
    doc
      .moveDown(0.5)
      .font(PdfFont.BOLD)
      .fontSize(11)
      .text(`${framework.framework}: the ${framework.worst.length} worst gaps`);
    for (const row of framework.worst) {
      const cells = framework.rows.find((r) => r.competencyId === row.competencyId)?.cells ?? [];
      body(
        `${row.code} ${row.name}: ${row.meeting} of ${row.required} meet it (${percent(row.share)}%), ` +
          `${row.essentialGaps} essential gaps.`,
      );
      body(
        cells
          .map((c) => `${framework.columns.find((o) => o.id === c.columnId)?.name ?? 'Unknown'} ${percent(c.share)}%`)
          .join(' · '),
      );
    }
  }

  heading('Model Framework self-assessment');
  for (const statement of content.selfAssessment.statements) {
    if (doc.y > doc.page.height - 120) doc.addPage();
    doc
      .moveDown(0.5)
      .font(PdfFont.BOLD)
      .fontSize(11)
      .text(`${statement.criterion} ${statement.criterionTitle}, Level ${statement.level}: ${judged(statement)}`);
    body(`“${statement.text}”`);
    for (const figure of statement.evidence) body(`${figure.label}: ${figure.summary}`);
    for (const evidence of statement.manualEvidence)
      body(`Evidence: ${evidence.text}${evidence.link ? ` (${evidence.link})` : ''}`);
  }
  return finish();
}

/** The same report as a workbook: one sheet per part, with the figures as numbers. */
export async function boardReportXlsx(content: BoardReportContent): Promise<Buffer> {
  const { plan } = content;
  const workbook = new Workbook();
  const summary = workbook.addWorksheet('Plan');
  summary.addRows([
    ['Plan', plan.title],
    ['Period', plan.period],
    ['Status', STATUS_WORDS[plan.status]],
    ['Starts', plan.startsOn],
    ['Ends', plan.endsOn],
    ['Owner', content.ownerName],
    ['Partners', content.partners.join(', ')],
    ['Figures as of', content.asOf],
    ['Supervision within frequency (%)', content.coverage.supervision.percent],
    ['CPD on track (%)', content.coverage.cpd.percent],
  ]);
  summary.getColumn(1).font = { bold: true };
  summary.getColumn(1).width = 34;
  summary.getColumn(2).width = 60;

  const objectives = workbook.addWorksheet('Objectives');
  objectives.columns = [
    { header: 'Objective', key: 'objective', width: 50 },
    { header: 'Organisation', key: 'organisation', width: 36 },
    { header: 'People or respondents', key: 'population', width: 12 },
    { header: 'Meeting', key: 'meeting', width: 10 },
    { header: '% meeting', key: 'percent', width: 10 },
    { header: 'Target %', key: 'target', width: 10 },
    { header: 'Expected % today', key: 'expected', width: 16 },
    { header: 'Trajectory', key: 'trajectory', width: 12 },
    { header: 'Deadline', key: 'deadline', width: 12 },
    { header: 'Note', key: 'note', width: 60 },
  ];
  for (const { objective, standing } of content.objectives) {
    objectives.addRow({
      objective: objective.title,
      organisation: 'All partners',
      population: standing.population,
      meeting: standing.meeting,
      percent: standing.percent,
      target: objective.targetPercent,
      expected: standing.expectedPercent,
      trajectory: standing.trajectory ? TRAJECTORY_WORDS[standing.trajectory] : null,
      deadline: objective.deadline,
      note: standing.note,
    });
    for (const org of standing.byOrganisation) {
      objectives.addRow({
        objective: objective.title,
        organisation: org.organisationName,
        population: org.population,
        meeting: org.meeting,
        percent: org.percent,
        note: org.note,
      });
    }
  }

  const actions = workbook.addWorksheet('Actions');
  actions.columns = [
    { header: 'Action', key: 'title', width: 50 },
    { header: 'Objective', key: 'objective', width: 40 },
    { header: 'Owner', key: 'owner', width: 24 },
    { header: 'Due', key: 'dueOn', width: 12 },
    { header: 'Status', key: 'status', width: 10 },
  ];
  content.actions.forEach((a) => actions.addRow(a));

  const needs = workbook.addWorksheet('Training needs');
  needs.columns = [
    { header: 'Course', key: 'courseTitle', width: 44 },
    { header: 'Site', key: 'siteName', width: 28 },
    { header: 'Organisation', key: 'organisationName', width: 32 },
    { header: 'Needing', key: 'needing', width: 10 },
    { header: 'Essential', key: 'essential', width: 10 },
    { header: 'Overdue', key: 'overdue', width: 10 },
    { header: 'Booked', key: 'booked', width: 10 },
    { header: 'Still needed', key: 'stillNeeded', width: 12 },
  ];
  content.needs.forEach((n) => needs.addRow(n));

  const survey = workbook.addWorksheet('Pulse survey');
  if (!content.survey.shown) survey.addRow([content.survey.reason]);
  else {
    const { results } = content.survey;
    survey.addRow(['Group', 'Responses', 'Note', ...results.statements.map((s) => s.text)]);
    for (const group of [results.overall, ...results.groups]) {
      survey.addRow([
        group.name,
        group.responses,
        group.note,
        ...results.statements.map((s) => group.statements.find((f) => f.statementId === s.id)?.mean ?? null),
      ]);
    }
    survey.getColumn(1).width = 36;
  }

  const skills = workbook.addWorksheet('Skills gaps');
  skills.columns = [
    { header: 'Framework', key: 'framework', width: 36 },
    { header: 'Competency', key: 'competency', width: 44 },
    { header: 'Organisation', key: 'organisation', width: 32 },
    { header: 'Required', key: 'required', width: 10 },
    { header: 'Meeting', key: 'meeting', width: 10 },
    { header: '% meeting', key: 'percent', width: 10 },
    { header: 'Essential gaps', key: 'essentialGaps', width: 14 },
  ];
  for (const framework of content.skills) {
    for (const row of framework.worst) {
      const competency = `${row.code} ${row.name}`;
      skills.addRow({
        framework: framework.framework,
        competency,
        organisation: 'All organisations',
        ...row,
        percent: percent(row.share),
      });
      for (const cell of framework.rows.find((r) => r.competencyId === row.competencyId)?.cells ?? []) {
        skills.addRow({
          framework: framework.framework,
          competency,
          organisation: framework.columns.find((c) => c.id === cell.columnId)?.name ?? 'Unknown',
          required: cell.required,
          meeting: cell.meeting,
          percent: percent(cell.share),
        });
      }
    }
  }

  const assessment = workbook.addWorksheet('Self-assessment');
  assessment.columns = [
    { header: 'Criterion', key: 'criterion', width: 10 },
    { header: 'Level', key: 'level', width: 8 },
    { header: 'Statement', key: 'text', width: 60 },
    { header: 'Evidence Kindred computes', key: 'evidence', width: 60 },
    { header: 'Evidence added', key: 'manual', width: 50 },
    { header: 'Judgement', key: 'judgement', width: 12 },
    { header: 'Judged by', key: 'madeBy', width: 24 },
    { header: 'Judged on', key: 'madeOn', width: 12 },
  ];
  for (const s of content.selfAssessment.statements) {
    assessment.addRow({
      criterion: s.criterion,
      level: s.level,
      text: s.text,
      evidence: s.evidence.map((f) => `${f.label}: ${f.summary}`).join('\n'),
      manual: s.manualEvidence.map((e) => (e.link ? `${e.text} (${e.link})` : e.text)).join('\n'),
      judgement: s.judgement?.label ?? 'Not judged yet',
      madeBy: s.judgement?.madeBy ?? null,
      madeOn: s.judgement?.madeAt.toISOString().slice(0, 10) ?? null,
    });
  }
  [objectives, actions, needs, survey, skills, assessment].forEach((sheet) => (sheet.getRow(1).font = { bold: true }));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
