import { Controller, Get, Header, Inject, Param, Res, StreamableFile, UseFilters } from '@nestjs/common';
import type { Response } from 'express';
import { type Actor, Allow, CurrentActor, Public } from '@kindred/auth';
import { NotFoundError } from '@kindred/common';
import { AppConfig } from '@kindred/config';
import { JsonErrorsFilter, PartnershipSettingsService } from '@kindred/org';
import { certificatePdf } from './certificate-pdf';
import { RecordService, type Verification } from './record.service';

/**
 * Certificates: the PDF for its holder (or whoever reads their records), and a public check that a
 * code is genuine which says nothing beyond the certificate's own words.
 */
@Controller('certificates')
@UseFilters(JsonErrorsFilter)
export class CertificateController {
  constructor(
    private readonly records: RecordService,
    private readonly partnerships: PartnershipSettingsService,
    @Inject(AppConfig) private readonly config: AppConfig,
  ) {}

  // Declared before `:code`, which would otherwise match "<code>.pdf" too.
  @Get(':code.pdf')
  @Allow('record.read')
  async download(@CurrentActor() actor: Actor, @Param('code') code: string): Promise<StreamableFile> {
    const record = await this.records.certified(actor, code);
    const partnership = await this.partnerships.get(actor.partnershipId);
    if (!partnership) throw new NotFoundError('Partnership', actor.partnershipId);
    const pdf = await certificatePdf({
      partnershipName: partnership.name,
      colour: partnership.branding.primaryColour,
      learnerName: record.person.getEntity().fullName,
      courseTitle: record.title,
      completedOn: record.completedOn,
      expiresOn: record.expiresOn,
      cpdMinutes: record.cpdMinutes,
      code: record.certificateCode!,
      verificationUrl: `${this.config.http.publicUrl}/certificates/${record.certificateCode}`,
    });
    return new StreamableFile(pdf, {
      type: 'application/pdf',
      disposition: `attachment; filename="certificate-${record.certificateCode}.pdf"`,
    });
  }

  @Get(':code')
  @Public()
  @Header('cache-control', 'no-store')
  async verify(
    @Param('code') code: string,
    @Res({ passthrough: true }) response: Response,
  ): Promise<Verification | { genuine: false }> {
    const verification = await this.records.verify(code);
    if (verification) return verification;
    response.status(404);
    return { genuine: false };
  }
}
