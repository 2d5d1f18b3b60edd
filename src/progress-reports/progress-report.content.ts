import { Field, InputType, ObjectType } from 'type-graphql';
import { ArrayMaxSize, IsOptional, Length, ValidateNested } from 'class-validator';
import { ChildNeedKind, ChildNeedStatus, DomainScore } from '../children/child-needs.entities';
import { DomainScoreInput } from '../children/child.inputs';
import type { DomainScoreValue } from '../children/child-needs.entities';

export interface NeedStatusValue {
  kind: ChildNeedKind;
  status: ChildNeedStatus;
  note: string | null;
}

/** What a report says; stored as jsonb on the report (the current text) and on each submitted revision. */
export interface ProgressReportContentValue {
  developmentScores: DomainScoreValue[];
  developmentNarrative: string;
  problems: string;
  solutions: string;
  needStatuses: NeedStatusValue[];
  nextSteps: string;
}

@ObjectType({ description: 'Where one of the child\'s needs stands, as the report says.' })
export class NeedStatusEntry implements NeedStatusValue {
  @Field(() => ChildNeedKind, { description: 'Which need.' })
  kind!: ChildNeedKind;

  @Field(() => ChildNeedStatus, { description: 'Where it stands.' })
  status!: ChildNeedStatus;

  @Field(() => String, { nullable: true, description: 'A word on it.' })
  note!: string | null;
}

@ObjectType({ description: "An accountability report's content: the child's development, the problems and the solutions (DOMAIN.md promise 7)." })
export class ProgressReportContent implements ProgressReportContentValue {
  @Field(() => [DomainScore], { description: 'Development scores, 1 to 4 per domain, as in the registry\'s assessments.' })
  developmentScores!: DomainScoreValue[];

  @Field(() => String, { description: "How the child is doing, in the companion's words." })
  developmentNarrative!: string;

  @Field(() => String, { description: 'Problems found in the period.' })
  problems!: string;

  @Field(() => String, { description: 'Solutions and actions taken.' })
  solutions!: string;

  @Field(() => [NeedStatusEntry], { description: 'Status of each need: birth certificate, nutrition, education, health.' })
  needStatuses!: NeedStatusValue[];

  @Field(() => String, { description: 'Next steps.' })
  nextSteps!: string;
}

@InputType({ description: "Where one of the child's needs stands." })
export class NeedStatusInput {
  @Field(() => ChildNeedKind, { description: 'Which need.' })
  kind!: ChildNeedKind;

  @Field(() => ChildNeedStatus, { description: 'Where it stands.' })
  status!: ChildNeedStatus;

  @Field(() => String, { nullable: true, description: 'A word on it, up to 500 characters.' })
  @IsOptional()
  @Length(1, 500)
  note?: string;
}

@InputType({ description: "The content of an accountability report; a draft may be incomplete, a submission may not." })
export class ProgressReportContentInput {
  @Field(() => [DomainScoreInput], { description: 'Development scores, 1 to 4 per domain.' })
  @ValidateNested({ each: true })
  @ArrayMaxSize(6)
  developmentScores!: DomainScoreInput[];

  @Field(() => String, { description: "How the child is doing, up to 8000 characters." })
  @Length(0, 8000)
  developmentNarrative!: string;

  @Field(() => String, { description: 'Problems found, up to 8000 characters.' })
  @Length(0, 8000)
  problems!: string;

  @Field(() => String, { description: 'Solutions and actions taken, up to 8000 characters.' })
  @Length(0, 8000)
  solutions!: string;

  @Field(() => [NeedStatusInput], { description: 'Status of each need.' })
  @ValidateNested({ each: true })
  @ArrayMaxSize(5)
  needStatuses!: NeedStatusInput[];

  @Field(() => String, { description: 'Next steps, up to 4000 characters.' })
  @Length(0, 4000)
  nextSteps!: string;
}
