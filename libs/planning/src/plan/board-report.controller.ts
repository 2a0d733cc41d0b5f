import { Controller, Get, Param, ParseUUIDPipe, StreamableFile, UseFilters } from '@nestjs/common';
import { type Actor, Allow, CurrentActor } from '@kindred/auth';
import { BadInputError, NotFoundError } from '@kindred/common';
import { JsonErrorsFilter, PartnershipSettingsService } from '@kindred/org';
import { BoardReport } from './board-report';
import { boardReportPdf, boardReportXlsx } from './board-report-files';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const uuid = new ParseUUIDPipe({ exceptionFactory: () => new BadInputError('That id is not a uuid.') });
const fileName = (period: string, ext: string) =>
  `workforce-plan-${period.replace(/[^A-Za-z0-9]+/g, '-')}-board-report.${ext}`;

/** The plan's board report, as a PDF for the papers and a workbook for the figures. */
@Controller('exports/workforce-plans')
@UseFilters(JsonErrorsFilter)
export class BoardReportController {
  constructor(
    private readonly reports: BoardReport,
    private readonly partnerships: PartnershipSettingsService,
  ) {}

  @Get(':id/board-report.pdf')
  @Allow('plan.read')
  async pdf(@CurrentActor() actor: Actor, @Param('id', uuid) id: string): Promise<StreamableFile> {
    const [content, partnership] = await Promise.all([
      this.reports.content(actor, id),
      this.partnerships.get(actor.partnershipId),
    ]);
    if (!partnership) throw new NotFoundError('Partnership', actor.partnershipId);
    const pdf = await boardReportPdf(content, {
      partnershipName: partnership.name,
      colour: partnership.branding.primaryColour,
    });
    return new StreamableFile(pdf, {
      type: 'application/pdf',
      disposition: `attachment; filename="${fileName(content.plan.period, 'pdf')}"`,
    });
  }

  @Get(':id/board-report.xlsx')
  @Allow('plan.read')
  async xlsx(@CurrentActor() actor: Actor, @Param('id', uuid) id: string): Promise<StreamableFile> {
    const content = await this.reports.content(actor, id);
    return new StreamableFile(await boardReportXlsx(content), {
      type: XLSX_TYPE,
      disposition: `attachment; filename="${fileName(content.plan.period, 'xlsx')}"`,
    });
  }
}
