import {
  Body,
  Controller,
  Get,
  Header,
  HttpCode,
  HttpStatus,
  Post,
  UploadedFile,
  UseFilters,
  UseInterceptors,
} from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { IsIn, IsOptional } from 'class-validator';
import { type Actor, Allow, CurrentActor } from '@kindred/auth';
import { BadInputError } from '@kindred/common';
import { peopleCsv } from '../export/people-sheet';
import { ImportStatus } from './import-run.entity';
import { JsonErrorsFilter } from './json-errors.filter';
import { MAX_UPLOAD_MB, PeopleUploads } from './people-uploads.service';

/** What multer keeps of the uploaded file (in memory: the worker reads it from the run). */
interface UploadedBytes {
  originalname: string;
  buffer: Buffer;
}

/** The form fields sent with the file; multipart sends every value as text. */
class UploadFields {
  @IsOptional()
  @IsIn(['true', 'false'], { message: 'dryRun must be "true" or "false".' })
  dryRun?: string;

  @IsOptional()
  @IsIn(['true', 'false'], { message: 'skipInvalid must be "true" or "false".' })
  skipInvalid?: string;
}

@Controller('imports/people')
@UseFilters(JsonErrorsFilter)
export class PeopleImportController {
  constructor(private readonly uploads: PeopleUploads) {}

  /** Queues a people file; the answer is the run to follow with the `importRun` query. */
  @Post()
  @Allow('person.import')
  @HttpCode(HttpStatus.ACCEPTED)
  @UseInterceptors(
    FileInterceptor('file', {
      limits: { fileSize: MAX_UPLOAD_MB * 1024 * 1024, files: 1, fields: 10 },
      // Browsers send file names as UTF-8; multer would read them as Latin-1.
      defParamCharset: 'utf8',
    }),
  )
  async upload(
    @CurrentActor() actor: Actor,
    @UploadedFile() file: UploadedBytes | undefined,
    @Body() fields: UploadFields,
  ): Promise<{ id: string; status: ImportStatus }> {
    if (!file) throw new BadInputError('Choose a CSV or Excel (.xlsx) file to upload, sent as the form field "file".');
    const run = await this.uploads.accept(actor, {
      fileName: file.originalname,
      bytes: file.buffer,
      dryRun: fields.dryRun === 'true',
      skipInvalid: fields.skipInvalid === 'true',
    });
    return { id: run.id, status: run.status };
  }

  /** The empty template: the header row every people file can start from. */
  @Get('template.csv')
  @Allow('person.import')
  @Header('content-type', 'text/csv; charset=utf-8')
  @Header('content-disposition', 'attachment; filename="people-template.csv"')
  template(): string {
    return peopleCsv([]);
  }
}
