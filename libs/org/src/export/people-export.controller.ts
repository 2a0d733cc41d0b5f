import { Controller, Get, Query, Res, StreamableFile, UseFilters } from '@nestjs/common';
import type { Response } from 'express';
import { type Actor, Allow, CurrentActor } from '@kindred/auth';
import { BadInputError } from '@kindred/common';
import { JsonErrorsFilter } from '../import/json-errors.filter';
import { PeopleExport } from './people-export.service';
import { peopleCsv, peopleWorkbook } from './people-sheet';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

@Controller('exports/people')
@UseFilters(JsonErrorsFilter)
export class PeopleExportController {
  constructor(private readonly people: PeopleExport) {}

  /** The people the caller may read, as a file the people import takes back. */
  @Get()
  @Allow('person.read')
  async download(
    @CurrentActor() actor: Actor,
    @Query('format') format: string | undefined,
    @Res({ passthrough: true }) response: Response,
  ): Promise<StreamableFile> {
    const kind = (format ?? 'csv').toLowerCase();
    if (kind !== 'csv' && kind !== 'xlsx') throw new BadInputError('format must be "csv" or "xlsx".');
    const rows = await this.people.rows(actor);
    const fileName = `people-${new Date().toISOString().slice(0, 10)}.${kind}`;
    response.setHeader('content-disposition', `attachment; filename="${fileName}"`);
    if (kind === 'csv') {
      response.setHeader('content-type', 'text/csv; charset=utf-8');
      return new StreamableFile(Buffer.from(peopleCsv(rows), 'utf8'));
    }
    response.setHeader('content-type', XLSX_TYPE);
    return new StreamableFile(await peopleWorkbook(rows));
  }
}
