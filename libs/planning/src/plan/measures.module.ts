import { Module } from '@nestjs/common';
import { CpdModule } from '@kindred/cpd';
import { MeasureEvidence } from './measure-evidence';

/**
 * The measures objectives and pathway steps share (competency, course, supervision, CPD), in a
 * module of their own so that pathways can read them and the plan can read pathways.
 */
@Module({
  imports: [CpdModule],
  providers: [MeasureEvidence],
  exports: [MeasureEvidence],
})
export class MeasuresModule {}
