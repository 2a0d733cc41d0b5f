import {
  type ArgumentsHost,
  Catch,
  Controller,
  Get,
  HttpException,
  HttpStatus,
  Param,
  ParseUUIDPipe,
  Post,
  Query,
  StreamableFile,
  UploadedFile,
  UseFilters,
  UseInterceptors,
} from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import type { Response } from 'express';
import { IsEnum, IsISO8601, IsOptional } from 'class-validator';
import { type Actor, Allow, CurrentActor } from '@kindred/auth';
import { BadInputError, NotFoundError } from '@kindred/common';
import { JsonErrorsFilter, PartnershipSettingsService } from '@kindred/org';
import { EntryService } from '../entry/entry.service';
import { MAX_EVIDENCE_MB } from '../entry/evidence-file';
import { Regulator } from '../rules';
import { Portfolio, type PortfolioContent } from './portfolio';
import { portfolioCsv } from './portfolio-csv';
import { portfolioPdf } from './portfolio-pdf';

/** What multer keeps of an uploaded file: in memory, as it is stored in the database. */
interface UploadedBytes {
  originalname: string;
  buffer: Buffer;
}

const DATE = { strict: true, strictSeparator: true };

class PeriodQuery {
  @IsOptional()
  @IsISO8601(DATE, { message: 'from must be a date like 2026-09-01.' })
  from?: string;

  @IsOptional()
  @IsISO8601(DATE, { message: 'to must be a date like 2026-09-01.' })
  to?: string;

  @IsOptional()
  @IsEnum(Regulator, { message: 'regulator must be one of SWE, NMC, HCPC, NONE.' })
  regulator?: Regulator;
}

/** The file endpoints' errors as JSON, naming this endpoint's own size limit. */
@Catch()
class EvidenceErrorsFilter extends JsonErrorsFilter {
  override catch(error: unknown, host: ArgumentsHost): void {
    if (error instanceof HttpException && error.getStatus() === HttpStatus.PAYLOAD_TOO_LARGE) {
      host
        .switchToHttp()
        .getResponse<Response>()
        .status(HttpStatus.PAYLOAD_TOO_LARGE)
        .json({
          code: 'BAD_USER_INPUT',
          message: `Evidence files are at most ${MAX_EVIDENCE_MB} MB. Upload a smaller file.`,
        });
      return;
    }
    super.catch(error, host);
  }
}

const uuid = new ParseUUIDPipe({ exceptionFactory: () => new BadInputError('That id is not a uuid.') });

/** Evidence uploads and downloads, and the portfolio exports: a person's own files only. */
@Controller('cpd')
@UseFilters(EvidenceErrorsFilter)
export class CpdFilesController {
  constructor(
    private readonly entries: EntryService,
    private readonly portfolio: Portfolio,
    private readonly partnerships: PartnershipSettingsService,
  ) {}

  @Post('entries/:id/evidence')
  @Allow('cpd.own')
  @UseInterceptors(
    FileInterceptor('file', {
      limits: { fileSize: MAX_EVIDENCE_MB * 1024 * 1024, files: 1, fields: 0 },
      defParamCharset: 'utf8',
    }),
  )
  async upload(
    @CurrentActor() actor: Actor,
    @Param('id', uuid) entryId: string,
    @UploadedFile() file: UploadedBytes | undefined,
  ): Promise<{ id: string; fileName: string; mediaType: string; size: number }> {
    if (!file) throw new BadInputError('Choose a file to upload, sent as the form field "file".');
    const evidence = await this.entries.attachEvidence(actor, entryId, {
      fileName: file.originalname,
      bytes: file.buffer,
    });
    return { id: evidence.id, fileName: evidence.fileName, mediaType: evidence.mediaType, size: evidence.size };
  }

  @Get('evidence/:id')
  @Allow('cpd.own')
  async evidence(@CurrentActor() actor: Actor, @Param('id', uuid) id: string): Promise<StreamableFile> {
    const evidence = await this.entries.evidenceFile(actor, id);
    return new StreamableFile(evidence.content, {
      type: evidence.mediaType,
      disposition: `attachment; filename*=UTF-8''${encodeURIComponent(evidence.fileName)}`,
    });
  }

  @Get('portfolio.csv')
  @Allow('cpd.own')
  async csv(@CurrentActor() actor: Actor, @Query() period: PeriodQuery): Promise<StreamableFile> {
    const content = await this.portfolio.over(actor, period);
    return new StreamableFile(Buffer.from(portfolioCsv(content.entries), 'utf8'), {
      type: 'text/csv; charset=utf-8',
      disposition: `attachment; filename="cpd-${content.from}-to-${content.to}.csv"`,
    });
  }

  @Get('portfolio.pdf')
  @Allow('cpd.own')
  async pdf(@CurrentActor() actor: Actor, @Query() period: PeriodQuery): Promise<StreamableFile> {
    const content = await this.portfolio.over(actor, period);
    return this.pdfOf(actor, content, false, `cpd-${content.from}-to-${content.to}.pdf`);
  }

  @Get('nmc-revalidation.pdf')
  @Allow('cpd.own')
  async nmcPack(@CurrentActor() actor: Actor): Promise<StreamableFile> {
    const content = await this.portfolio.nmcPack(actor);
    return this.pdfOf(actor, content, true, `nmc-revalidation-${content.to}.pdf`);
  }

  private async pdfOf(actor: Actor, content: PortfolioContent, pack: boolean, fileName: string) {
    const partnership = await this.partnerships.get(actor.partnershipId);
    if (!partnership) throw new NotFoundError('Partnership', actor.partnershipId);
    const pdf = await portfolioPdf(content, {
      partnershipName: partnership.name,
      colour: partnership.branding.primaryColour,
      pack,
    });
    return new StreamableFile(pdf, { type: 'application/pdf', disposition: `attachment; filename="${fileName}"` });
  }
}
