import { ArrayMaxSize, IsBoolean, IsDate, IsEnum, IsInt, IsOptional, IsUrl, IsUUID, Length, Matches, Max, Min, ValidateNested } from 'class-validator';
import { LocalDateScalar } from '../shared/local-date.scalar';
import { Field, ID, InputType, Int } from 'type-graphql';
import { AvailabilityRecurrence, SpotCheckOutcome, SupervisionSessionKind } from './supervision.enums';

const TIME = /^([01]\d|2[0-3]):[0-5]\d$|^24:00$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

@InputType({ description: 'A time slot an expert publishes, in Asia/Jakarta time: weekly on a weekday, or on one date.' })
export class PublishExpertAvailabilityInput {
  @Field(() => AvailabilityRecurrence, { description: 'WEEKLY (give weekday) or ONE_OFF (give date).' })
  @IsEnum(AvailabilityRecurrence)
  recurrence!: AvailabilityRecurrence;

  @Field(() => Int, { nullable: true, description: 'WEEKLY: ISO weekday, 1 (Monday) to 7 (Sunday).' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(7)
  weekday?: number;

  @Field(() => LocalDateScalar, { nullable: true, description: 'ONE_OFF: the date (YYYY-MM-DD, Asia/Jakarta).' })
  @IsOptional()
  @Matches(DATE, { message: 'date must be YYYY-MM-DD' })
  date?: string;

  @Field(() => String, { description: 'Start, HH:MM in Asia/Jakarta time.' })
  @Matches(TIME, { message: 'startTime must be HH:MM' })
  startTime!: string;

  @Field(() => String, { description: 'End, HH:MM in Asia/Jakarta time (24:00 for midnight), after the start.' })
  @Matches(TIME, { message: 'endTime must be HH:MM' })
  endTime!: string;
}

@InputType({ description: 'A community member taking part in a session.' })
export class CommunityMemberInput {
  @Field(() => String, { description: 'Name, up to 200 characters.' })
  @Length(1, 200)
  name!: string;

  @Field(() => String, { description: 'Phone number or e-mail address, up to 200 characters.' })
  @Length(1, 200)
  contact!: string;
}

@InputType({ description: 'A child to discuss in a session (one you may see).' })
export class SessionChildInput {
  @Field(() => ID, { description: 'The child (NOT_FOUND outside your scope).' })
  @IsUUID('4', { message: 'childId must be a UUID' })
  childId!: string;

  @Field(() => Boolean, { description: "Whether to share the child's profile with the expert for this session." })
  @IsBoolean()
  shareWithExpert!: boolean;
}

@InputType({ description: 'A request for a supervision session with an expert, inside one of their availability slots.' })
export class RequestSupervisionSessionInput {
  @Field(() => ID, { description: 'The expert (a worker of kind EXPERT_ADVISOR).' })
  @IsUUID('4', { message: 'expertId must be a UUID' })
  expertId!: string;

  @Field(() => SupervisionSessionKind, { description: 'What kind of session.' })
  @IsEnum(SupervisionSessionKind)
  kind!: SupervisionSessionKind;

  @Field(() => String, { description: 'What the session is about, up to 2000 characters.' })
  @Length(1, 2000)
  topic!: string;

  @Field(() => Date, { description: 'Start (ISO 8601 date-time).' })
  @IsDate()
  startsAt!: Date;

  @Field(() => Date, { description: 'End (ISO 8601 date-time), after the start, on the same Asia/Jakarta day, at most 8 hours later.' })
  @IsDate()
  endsAt!: Date;

  @Field(() => String, { nullable: true, description: 'Where it takes place, up to 500 characters; give a place, an online link or both.' })
  @IsOptional()
  @Length(1, 500)
  place?: string;

  @Field(() => String, { nullable: true, description: 'The online meeting link (https).' })
  @IsOptional()
  @IsUrl({ protocols: ['https'], require_protocol: true }, { message: 'onlineLink must be an https URL' })
  onlineLink?: string;

  @Field(() => [ID], { defaultValue: [], description: 'Workers and companions taking part (worker ids); a companion who requests takes part anyway.' })
  @ArrayMaxSize(50)
  @IsUUID('4', { each: true, message: 'participantWorkerIds must be UUIDs' })
  participantWorkerIds!: string[];

  @Field(() => [CommunityMemberInput], { defaultValue: [], description: 'Community members taking part.' })
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  communityMembers!: CommunityMemberInput[];

  @Field(() => [ID], { defaultValue: [], description: 'Protection cases to discuss (a case conference); each must be one you may see (NOT_FOUND otherwise). Cases are never shared with the expert.' })
  @ArrayMaxSize(50)
  @IsUUID('4', { each: true, message: 'protectionCaseIds must be UUIDs' })
  protectionCaseIds!: string[];

  @Field(() => [SessionChildInput], { defaultValue: [], description: 'Children to discuss; each must be one you may see.' })
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  children!: SessionChildInput[];
}

@InputType({ description: 'Whether one participant came.' })
export class AttendanceInput {
  @Field(() => ID, { description: 'The participant (its id in the session).' })
  @IsUUID('4', { message: 'participantId must be a UUID' })
  participantId!: string;

  @Field(() => Boolean, { description: 'Whether they came.' })
  @IsBoolean()
  attended!: boolean;
}

@InputType({ description: 'A recommendation of the session, to become a follow-up task.' })
export class FollowUpInput {
  @Field(() => String, { description: 'What is to be done, up to 2000 characters.' })
  @Length(1, 2000)
  recommendation!: string;

  @Field(() => ID, { description: 'Who does it (a worker id).' })
  @IsUUID('4', { message: 'ownerWorkerId must be a UUID' })
  ownerWorkerId!: string;

  @Field(() => LocalDateScalar, { description: 'The last day it may be done on time.' })
  @Matches(DATE, { message: 'dueOn must be YYYY-MM-DD' })
  dueOn!: string;

  @Field(() => ID, { nullable: true, description: 'The child it is about: one discussed in the session. It then shows on the child\'s timeline.' })
  @IsOptional()
  @IsUUID('4', { message: 'childId must be a UUID' })
  childId?: string;
}

@InputType({ description: 'What happened in a session: attendance, notes and recommendations.' })
export class RecordSessionOutcomeInput {
  @Field(() => ID, { description: 'The session (CONFIRMED).' })
  @IsUUID('4', { message: 'sessionId must be a UUID' })
  sessionId!: string;

  @Field(() => String, { description: "The expert's notes, up to 10000 characters." })
  @Length(1, 10000)
  notes!: string;

  @Field(() => [AttendanceInput], { defaultValue: [], description: 'Who came; participants not named stay unrecorded.' })
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  attendance!: AttendanceInput[];

  @Field(() => [FollowUpInput], { defaultValue: [], description: 'Recommendations, each becoming a follow-up task.' })
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  followUps!: FollowUpInput[];
}

@InputType({ description: 'The outcome of a spot check.' })
export class RecordSpotCheckOutcomeInput {
  @Field(() => ID, { description: 'The spot check you started.' })
  @IsUUID('4', { message: 'spotCheckId must be a UUID' })
  spotCheckId!: string;

  @Field(() => SpotCheckOutcome, { description: "How well the companion knew how the child is doing; DOES_NOT_KNOW suspends the child's aid grants." })
  @IsEnum(SpotCheckOutcome)
  outcome!: SpotCheckOutcome;

  @Field(() => String, { description: 'What the companion could and could not say, up to 4000 characters.' })
  @Length(1, 4000)
  notes!: string;
}
