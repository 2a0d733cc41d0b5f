import { ArgsType, Field, Float, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsBoolean, IsEnum, IsOptional, IsString, Matches, ValidateNested } from 'class-validator';
import { IdField, OptionalIdField, PageArgs } from '@kindred/common';
import { EmploymentType } from '@kindred/org';
import { HeatmapAxis } from '../graphql/enums';
import type { GapScope } from './gap-scope';

@InputType({
  description: 'Whose requirements the figures count; leave all but the framework out for the whole partnership.',
})
export class GapScopeInput implements GapScope {
  @IdField('frameworkId')
  frameworkId!: string;

  @OptionalIdField('personId')
  personId?: string | null;

  @OptionalIdField('teamId')
  teamId?: string | null;

  @OptionalIdField('siteId')
  siteId?: string | null;

  @OptionalIdField('organisationId')
  organisationId?: string | null;

  @OptionalIdField('roleProfileId')
  roleProfileId?: string | null;

  @Field(() => EmploymentType, { nullable: true })
  @IsOptional()
  @IsEnum(EmploymentType)
  employmentType?: EmploymentType | null;
}

/** The export's query string: the same scope and axis as the page it is downloaded from. */
export class GapExportQuery extends GapScopeInput {
  @IsOptional()
  @IsEnum(HeatmapAxis, { message: 'axis must be ORGANISATION, SITE or ROLE_PROFILE.' })
  axis: HeatmapAxis = HeatmapAxis.ORGANISATION;
}

@ArgsType()
export class GapArgs {
  @Field(() => GapScopeInput)
  @ValidateNested()
  @Type(() => GapScopeInput)
  scope!: GapScopeInput;
}

@ArgsType()
export class HeatmapArgs extends GapArgs {
  @Field(() => HeatmapAxis, { defaultValue: HeatmapAxis.ORGANISATION })
  @IsEnum(HeatmapAxis)
  axis: HeatmapAxis = HeatmapAxis.ORGANISATION;
}

@ArgsType()
export class GapPeopleArgs extends PageArgs {
  @Field(() => GapScopeInput)
  @ValidateNested()
  @Type(() => GapScopeInput)
  scope!: GapScopeInput;

  @IdField('competencyId')
  competencyId!: string;

  @Field(() => HeatmapAxis, { nullable: true, description: 'With columnId: the people behind one heatmap cell.' })
  @IsOptional()
  @IsEnum(HeatmapAxis)
  axis?: HeatmapAxis | null;

  @Field(() => String, {
    nullable: true,
    description: 'An organisation, site or role profile id, or "none" for no site.',
  })
  @IsOptional()
  @IsString()
  @Matches(/^(none|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/i, {
    message: 'columnId must be a uuid or "none".',
  })
  columnId?: string | null;

  @Field(() => Boolean, { defaultValue: false, description: 'Only people who do not hold the required level.' })
  @IsBoolean()
  onlyGaps = false;
}

@ObjectType('GapFigures')
export class GapFigures {
  @Field(() => Int, { description: 'People whose current jobs require the competency.' }) required!: number;
  @Field(() => Int, { description: 'Of those, people holding the required level.' }) meeting!: number;
  @Field(() => Float, { description: 'meeting / required, 0 to 1; 1 when nobody is required.' }) share!: number;
}

@ObjectType('GapRow')
export class GapRow extends GapFigures {
  @Field(() => ID) competencyId!: string;
  @Field(() => String) code!: string;
  @Field(() => String) name!: string;
  @Field(() => Int) essentialRequired!: number;
  @Field(() => Int) essentialMeeting!: number;
  @Field(() => Int, { description: 'required - meeting' }) gaps!: number;
  @Field(() => Int) essentialGaps!: number;
  @Field(() => Int, { description: 'Gaps whose "within N days of starting" has passed.' }) overdue!: number;
}

@ObjectType('GapReport')
export class GapReport {
  @Field(() => ID) frameworkId!: string;
  @Field(() => String, { description: 'YYYY-MM-DD' }) asOf!: string;
  @Field(() => Int, { description: 'People in scope with at least one requirement in the framework.' }) people!: number;
  @Field(() => [GapRow], { description: 'Essential gaps first, then all gaps, then by code.' }) rows!: GapRow[];
}

@ObjectType('HeatmapColumn')
export class HeatmapColumn {
  @Field(() => String) id!: string;
  @Field(() => String) name!: string;
}

@ObjectType('HeatmapCell')
export class HeatmapCell extends GapFigures {
  @Field(() => String) columnId!: string;
}

@ObjectType('HeatmapRow')
export class HeatmapRow extends GapFigures {
  @Field(() => ID) competencyId!: string;
  @Field(() => String) code!: string;
  @Field(() => String) name!: string;
  @Field(() => [HeatmapCell], { description: 'Only columns where someone is required.' }) cells!: HeatmapCell[];
}

@ObjectType('Heatmap')
export class Heatmap {
  @Field(() => HeatmapAxis) axis!: HeatmapAxis;
  @Field(() => String, { description: 'YYYY-MM-DD' }) asOf!: string;
  @Field(() => [HeatmapColumn]) columns!: HeatmapColumn[];
  @Field(() => [HeatmapRow]) rows!: HeatmapRow[];
}

@ObjectType('GapPerson')
export class GapPerson {
  @Field(() => ID) personId!: string;
  @Field(() => String) fullName!: string;
  @Field(() => String, { description: "The person's current job titles, joined." }) jobTitles!: string;
  @Field(() => String) organisations!: string;
  @Field(() => Int) requiredLevel!: number;
  @Field(() => Int, { nullable: true }) currentLevel!: number | null;
  @Field(() => Boolean) meets!: boolean;
  @Field(() => Boolean) essential!: boolean;
  @Field(() => String, { nullable: true }) dueOn!: string | null;
  @Field(() => Boolean) overdue!: boolean;
}

@ObjectType('GapPersonList')
export class GapPersonList {
  @Field(() => [GapPerson]) nodes!: GapPerson[];
  @Field(() => Int) totalCount!: number;
}
