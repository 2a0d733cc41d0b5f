import { Controller, Get, Query, Res, StreamableFile, UseFilters, ValidationPipe } from '@nestjs/common';
import type { Response } from 'express';
import { Workbook } from 'exceljs';
import { type Actor, Allow, CurrentActor } from '@kindred/auth';
import { JsonErrorsFilter } from '@kindred/org';
import { GapService } from './gap.service';
import { GapExportQuery } from './gap.types';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const percent = (share: number) => Math.round(share * 1000) / 10;

/** The gap report and heatmap as a workbook for board papers and partner meetings. */
@Controller('exports/skills-gap')
@UseFilters(JsonErrorsFilter)
export class GapExportController {
  constructor(private readonly gaps: GapService) {}

  @Get()
  @Allow('gap.read')
  async download(
    @CurrentActor() actor: Actor,
    @Query(
      new ValidationPipe({ transform: true, whitelist: true, forbidNonWhitelisted: true, errorHttpStatusCode: 400 }),
    )
    query: GapExportQuery,
    @Res({ passthrough: true }) response: Response,
  ): Promise<StreamableFile> {
    const { axis, ...scope } = query;
    const [report, heatmap] = await Promise.all([
      this.gaps.report(actor, scope),
      this.gaps.heatmap(actor, scope, axis),
    ]);
    const workbook = new Workbook();
    const gaps = workbook.addWorksheet('Gaps');
    gaps.columns = [
      { header: 'Code', key: 'code', width: 12 },
      { header: 'Competency', key: 'name', width: 48 },
      { header: 'Required', key: 'required', width: 10 },
      { header: 'Meeting', key: 'meeting', width: 10 },
      { header: '% meeting', key: 'percent', width: 10 },
      { header: 'Essential gaps', key: 'essentialGaps', width: 14 },
      { header: 'Overdue', key: 'overdue', width: 10 },
    ];
    report.rows.forEach((row) => gaps.addRow({ ...row, percent: percent(row.share) }));

    const map = workbook.addWorksheet('Heatmap');
    map.addRow(['Code', 'Competency', ...heatmap.columns.map((c) => c.name)]);
    for (const row of heatmap.rows) {
      const cell = (id: string) => row.cells.find((c) => c.columnId === id);
      map.addRow([
        row.code,
        row.name,
        ...heatmap.columns.map((c) => {
          const found = cell(c.id);
          return found ? `${percent(found.share)}% (${found.meeting}/${found.required})` : '';
        }),
      ]);
    }
    [gaps, map].forEach((sheet) => (sheet.getRow(1).font = { bold: true }));

    response.setHeader('content-type', XLSX_TYPE);
    response.setHeader('content-disposition', `attachment; filename="skills-gap-${report.asOf}.xlsx"`);
    return new StreamableFile(Buffer.from(await workbook.xlsx.writeBuffer()));
  }
}
