import { Matches } from 'class-validator';
import { Field, Float, ID, InputType, Int, ObjectType } from 'type-graphql';
import { LocalDateScalar } from '../shared/local-date.scalar';
import { JakartaArea } from '../shared/auth/roles';

@InputType({ description: 'The days evaluated, inclusive, as Asia/Jakarta dates.' })
export class EvaluationPeriodInput {
  @Field(() => LocalDateScalar, { description: 'First day, YYYY-MM-DD.' })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'from must be a date as YYYY-MM-DD' })
  from!: string;

  @Field(() => LocalDateScalar, { description: 'Last day, YYYY-MM-DD (at most 366 days after `from`).' })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'to must be a date as YYYY-MM-DD' })
  to!: string;
}

@ObjectType({ description: 'How fast dispatched social workers acknowledged, for dispatches made in the period.' })
export class DispatchResponseFigures {
  @Field(() => Int, { description: 'Dispatches made in the period.' })
  dispatches!: number;

  @Field(() => Int, { description: 'Of those, how many were acknowledged.' })
  acknowledged!: number;

  @Field(() => Float, { nullable: true, description: 'Median minutes from dispatch to acknowledgement; null without acknowledgements.' })
  medianMinutesToAcknowledge!: number | null;

  @Field(() => Float, { nullable: true, description: '90th percentile of minutes from dispatch to acknowledgement.' })
  p90MinutesToAcknowledge!: number | null;

  @Field(() => Float, { nullable: true, description: 'Share (0 to 1) of dispatches acknowledged by their deadline; null without dispatches.' })
  shareAcknowledgedInTime!: number | null;
}

@ObjectType({ description: 'Accountability reports on periods that ended within the evaluated days.' })
export class ReportFigures {
  @Field(() => Int, { description: 'Submitted by their due date.' })
  onTime!: number;

  @Field(() => Int, { description: 'Submitted after their due date.' })
  late!: number;

  @Field(() => Int, { description: 'Started as drafts but not submitted, and past their due date. Periods with no report at all are in reportingOverview.' })
  draftsOverdue!: number;
}

@ObjectType({ description: 'Accountability reports of one companion, or of the children of one institution, on periods that ended within the evaluated days.' })
export class ReportFiguresBy {
  @Field(() => ID, { description: 'The companion (worker) or the institution.' })
  id!: string;

  @Field(() => String, { description: "The companion's or the institution's name." })
  name!: string;

  @Field(() => Int, { description: 'Submitted by their due date.' })
  onTime!: number;

  @Field(() => Int, { description: 'Submitted after their due date.' })
  late!: number;

  @Field(() => Int, { description: 'Owed (the month was closed by overdue detection), not submitted, and past the due date.' })
  missing!: number;
}

@ObjectType({ description: "The figures the office evaluates itself with (DOMAIN.md promise 7), for a period and an area." })
export class Evaluation {
  @Field(() => LocalDateScalar, { description: 'First day evaluated.' })
  from!: string;

  @Field(() => LocalDateScalar, { description: 'Last day evaluated.' })
  to!: string;

  @Field(() => JakartaArea, { nullable: true, description: 'The area evaluated; null for all of DKI Jakarta.' })
  area!: JakartaArea | null;

  @Field(() => Int, { description: 'Protection cases opened in the period.' })
  casesOpened!: number;

  @Field(() => Int, { description: 'Protection cases closed in the period.' })
  casesClosed!: number;

  @Field(() => DispatchResponseFigures, { description: 'How fast social workers responded.' })
  dispatchResponse!: DispatchResponseFigures;

  @Field(() => ReportFigures, { description: 'Accountability reports.' })
  reports!: ReportFigures;

  @Field(() => [ReportFiguresBy], { description: 'Accountability reports per companion who owed them, by name.' })
  reportsByCompanion!: ReportFiguresBy[];

  @Field(() => [ReportFiguresBy], {
    description: "Accountability reports per institution the child was placed in on the period's last day, by name (children in no institution are left out).",
  })
  reportsByInstitution!: ReportFiguresBy[];

  @Field(() => Int, { description: 'Birth certificates (akta kelahiran) obtained: needs marked MET in the period.' })
  birthCertificatesObtained!: number;

  @Field(() => Int, { description: 'Education needs met in the period (children enrolled in school).' })
  childrenEnrolled!: number;

  @Field(() => Int, { description: 'Nutrition needs met in the period.' })
  nutritionImproved!: number;
}
