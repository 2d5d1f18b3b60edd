import { IsEnum, IsInt, IsOptional, IsUUID, Length, Max, Min } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { PksaProgramme } from '../children/child.enums';
import { LedgerShare, SuspensionReason } from './aid.enums';
import { RupiahScalar } from './rupiah.scalar';

@InputType({ description: 'A proposal of aid for one child under one programme year; eligibility is checked against the registry.' })
export class ProposeAidGrantInput {
  @Field(() => ID, { description: 'The child (in your scope).' })
  @IsUUID('4', { message: 'childId must be a UUID' })
  childId!: string;

  @Field(() => PksaProgramme, { description: 'The programme.' })
  @IsEnum(PksaProgramme)
  programme!: PksaProgramme;

  @Field(() => Int, { description: 'The programme year, which an administrator has opened.' })
  @IsInt()
  year!: number;

  @Field(() => ID, { nullable: true, description: 'Who receives the second share, when several could (e.g. two relatives who are caregivers); the first is taken otherwise.' })
  @IsOptional()
  @IsUUID('4', { message: 'beneficiaryId must be a UUID' })
  beneficiaryId?: string;

  @Field(() => String, { nullable: true, description: 'SPECIAL_PROTECTION only: why the child needs special protection (required there), up to 2000 characters.' })
  @IsOptional()
  @Length(1, 2000)
  specialProtectionReason?: string;
}

@InputType({ description: 'A suspension of a grant: the reason category and what happened.' })
export class SuspendAidGrantInput {
  @Field(() => ID, { description: 'The grant.' })
  @IsUUID('4', { message: 'grantId must be a UUID' })
  grantId!: string;

  @Field(() => SuspensionReason, { description: 'The reason category.' })
  @IsEnum(SuspensionReason)
  reason!: SuspensionReason;

  @Field(() => String, { description: 'What happened, up to 2000 characters.' })
  @Length(1, 2000)
  detail!: string;
}

@InputType({ description: 'A payment from a grant into the ledger.' })
export class RecordDisbursementInput {
  @Field(() => ID, { description: 'The grant paid from (APPROVED, DISBURSED or REINSTATED).' })
  @IsUUID('4', { message: 'grantId must be a UUID' })
  grantId!: string;

  @Field(() => LedgerShare, { description: "CHILD, or the grant's beneficiary kind for the second share." })
  @IsEnum(LedgerShare)
  share!: LedgerShare;

  @Field(() => RupiahScalar, { description: 'Whole rupiah, positive; the share in total may not pass the programme year amount.' })
  amount!: string;

  @Field(() => String, { description: 'The bank transfer or voucher reference, up to 100 characters.' })
  @Length(1, 100)
  paymentReference!: string;
}

@InputType({ description: 'Which ledger lines an auditor reads.' })
export class AidLedgerFilter {
  @Field(() => ID, { nullable: true, description: 'Only grants whose second share goes to this institution.' })
  @IsOptional()
  @IsUUID('4', { message: 'institutionId must be a UUID' })
  institutionId?: string;

  @Field(() => ID, { nullable: true, description: 'Only grants whose second share goes to this worker (the companion).' })
  @IsOptional()
  @IsUUID('4', { message: 'workerId must be a UUID' })
  workerId?: string;

  @Field(() => Int, { nullable: true, description: 'Only grants of this programme year.' })
  @IsOptional()
  @IsInt()
  @Min(2000)
  @Max(2100)
  year?: number;
}
