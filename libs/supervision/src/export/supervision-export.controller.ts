import { Controller, Get, Query, Res, StreamableFile, UseFilters } from '@nestjs/common';
import type { Response } from 'express';
import { type Actor, Allow, CurrentActor } from '@kindred/auth';
import { BadInputError } from '@kindred/common';
import { JsonErrorsFilter } from '@kindred/org';
import { exportPdf } from './export-pdf';
import { SubjectAccessExport } from './subject-access';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

@Controller('exports/supervision')
@UseFilters(JsonErrorsFilter)
export class SupervisionExportController {
  constructor(private readonly exports: SubjectAccessExport) {}

  /**
   * `?format=json|pdf&personId=<uuid>&redact=Name,Other name`: your own records (or, for the
   * platform administrator, anyone's), with the names given replaced by "[redacted]".
   */
  @Get()
  @Allow('supervision.export')
  async download(
    @CurrentActor() actor: Actor,
    @Query('format') format: string | undefined,
    @Query('personId') personId: string | undefined,
    @Query('redact') redact: string | undefined,
    @Res({ passthrough: true }) response: Response,
  ): Promise<StreamableFile> {
    const kind = (format ?? 'json').toLowerCase();
    if (kind !== 'json' && kind !== 'pdf') throw new BadInputError('format must be "json" or "pdf".');
    if (personId && !UUID.test(personId)) throw new BadInputError('personId must be a uuid.');
    if ((redact ?? '').length > 2000) throw new BadInputError('redact takes at most 2000 characters of names.');
    const names = (redact ?? '')
      .split(',')
      .map((n) => n.trim())
      .filter(Boolean);
    const data = await this.exports.gather(actor, personId ?? null, names);
    const fileName = `supervision-${data.person.id}.${kind}`;
    response.setHeader('content-disposition', `attachment; filename="${fileName}"`);
    if (kind === 'json') {
      response.setHeader('content-type', 'application/json; charset=utf-8');
      return new StreamableFile(Buffer.from(JSON.stringify(data, null, 2), 'utf8'));
    }
    response.setHeader('content-type', 'application/pdf');
    return new StreamableFile(await exportPdf(data));
  }
}
