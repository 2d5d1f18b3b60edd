import { IsOptional, IsUUID, MaxLength } from 'class-validator';
import { Args, ArgsType, Ctx, Field, ID, ObjectType, Query, Resolver } from 'type-graphql';
import { Guarded } from '../shared/auth/guarded';
import { Connection, PageArgs, type Page } from '../shared/pagination';
import type { RequestContext } from '../shared/request-context';
import { AuditLine } from './audit-line.type';
import { AuditService } from './audit.service';

@ObjectType({ description: 'A page of the audit log, newest first.' })
export class AuditEntryConnection extends Connection(AuditLine, 'AuditEntry') {}

@ArgsType()
class AuditLogArgs extends PageArgs {
  @Field(() => ID, { nullable: true, description: 'Only what this staff account did.' })
  @IsOptional()
  @IsUUID('4', { message: 'staffAccountId must be a UUID' })
  staffAccountId?: string;

  @Field(() => ID, { nullable: true, description: 'Only lines about this record (a child, a grant, ...).' })
  @IsOptional()
  @IsUUID('4', { message: 'subjectId must be a UUID' })
  subjectId?: string;

  @Field(() => String, { nullable: true, description: 'Only this operation or field, as Type.field (e.g. Mutation.approveAidGrant, Child).' })
  @IsOptional()
  @MaxLength(100, { message: 'operation must be at most 100 characters' })
  operation?: string;
}

@ArgsType()
class ChildAccessLogArgs extends PageArgs {
  @Field(() => ID, { description: 'The child.' })
  @IsUUID('4', { message: 'childId must be a UUID' })
  childId!: string;
}

/** The audit log, for administrators and auditors: who did what, and who looked at which child. */
@Resolver(() => AuditLine)
export class AuditResolver {
  @Guarded()
  @Query(() => AuditEntryConnection, { description: 'The audit log, newest first, filtered by who, what record or which operation.' })
  auditLog(@Args() { first, after, ...filter }: AuditLogArgs, @Ctx() context: RequestContext): Promise<Page<AuditLine>> {
    return new AuditService(context).page(filter, first, after);
  }

  @Guarded()
  @Query(() => AuditEntryConnection, { description: 'Who looked at this child, and who changed their record: every audit line about the child, newest first.' })
  childAccessLog(@Args() { childId, first, after }: ChildAccessLogArgs, @Ctx() context: RequestContext): Promise<Page<AuditLine>> {
    return new AuditService(context).page({ subjectId: childId }, first, after);
  }
}
