import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ListPageType } from '@kindred/common';
import { type ImportProblem, ImportStatus } from './import-run.entity';

registerEnumType(ImportStatus, { name: 'ImportStatus' });

@ObjectType('ImportProblem', { description: 'Why one row (or the whole file) could not be imported.' })
export class ImportProblemView implements ImportProblem {
  @Field(() => Int, { description: 'The row as a spreadsheet shows it: the header is row 1.' })
  row!: number;

  @Field(() => String, { nullable: true, description: 'The column as the file names it; null for the whole row.' })
  column!: string | null;

  @Field(() => String, { nullable: true })
  value!: string | null;

  @Field(() => String)
  reason!: string;
}

@ObjectType('ImportRun', { description: 'One upload of a people file and what became of it.' })
export class ImportRunView {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  fileName!: string;

  @Field(() => String, { description: 'CSV or XLSX, as read from the content.' })
  format!: string;

  @Field(() => ImportStatus)
  status!: ImportStatus;

  @Field(() => Boolean, { description: 'Checked and counted only; nothing written.' })
  dryRun!: boolean;

  @Field(() => Boolean, { description: 'Good rows are written even when others have problems.' })
  skipInvalid!: boolean;

  @Field(() => Int, { description: 'Rows of people in the file, not counting the header and blank rows.' })
  totalRows!: number;

  @Field(() => Int)
  processedRows!: number;

  @Field(() => Int, { description: 'People added (or, for a dry run, who would be).' })
  created!: number;

  @Field(() => Int, { description: 'People whose details or jobs changed.' })
  updated!: number;

  @Field(() => Int, { description: 'People already exactly as the file describes them.' })
  unchanged!: number;

  @Field(() => [ImportProblemView])
  problems!: ImportProblem[];

  @Field(() => Date)
  createdAt!: Date;

  @Field(() => Date, { nullable: true })
  finishedAt!: Date | null;
}

export const ImportRunList = ListPageType(ImportRunView, 'ImportRunList');
