import 'reflect-metadata';
import { auditMiddleware } from './audit/audit.middleware';
import { AuditResolver } from './audit/audit.resolver';
import type { GraphQLSchema } from 'graphql';
import { buildSchema, type MiddlewareFn, type NonEmptyArray } from 'type-graphql';
import type { RequestContext } from './shared/request-context';
import { rejectMalformedIds } from './shared/malformed-ids';
import { validateArgument } from './shared/argument-validation';
import { noteChildrenWhereReturned } from './audit/child-reads';
import { ResolverInstances, resolveFieldsDirectly } from './shared/direct-field-resolution';
import {
  ChildGuardianResolver,
  CompanionAssignmentResolver,
  GuardianChildrenResolver,
  InstitutionChildrenResolver,
  PlacementResolver,
  WorkerCaseloadResolver,
} from './children/child-links.resolver';
import { ChildProfileResolver } from './children/child-profile.resolver';
import { ChildResolver } from './children/child.resolver';
import { GuardianResolver } from './children/guardian.resolver';
import { StaffAccountResolver } from './identity/staff-account.resolver';
import { InstitutionResolver } from './institutions/institution.resolver';
import { ProfileFieldResolver } from './profile-fields/profile-field.resolver';
import { RegionResolver } from './regions/region.resolver';
import { AidGrantResolver } from './aid/aid-grant.resolver';
import { AidProgrammeResolver, ProgrammeYearResolver } from './aid/aid-programme.resolver';
import { LedgerResolver } from './aid/ledger.resolver';
import { TransparencyResolver } from './aid/transparency.resolver';
import { CaseFeedResolver } from './cases/case-feed.resolver';
import { CaseRecordsResolver, CaseReferralResolver } from './cases/case-records.resolver';
import { DispatchResolver, ProtectionCaseResolver } from './cases/protection-case.resolver';
import { EvaluationResolver } from './evaluation/evaluation.resolver';
import { HotlineResolver } from './hotline/hotline.resolver';
import { ChildProgressReportsResolver } from './progress-reports/child-progress-reports.resolver';
import { OverdueReportAlertResolver } from './progress-reports/overdue-alert.resolver';
import { CompanionReportingSummaryResolver, ProgressReportResolver, ReportingObligationResolver } from './progress-reports/progress-report.resolver';
import { ExpertAvailabilityResolver } from './supervision/availability.resolver';
import { ChildTimelineResolver } from './supervision/child-timeline.resolver';
import { SupervisionFollowUpResolver, SupervisionParticipantResolver, SupervisionSessionChildResolver } from './supervision/follow-up.resolver';
import { SpotCheckResolver } from './supervision/spot-check.resolver';
import { SupervisionSessionResolver, SupervisionSessionUpdateResolver } from './supervision/supervision-session.resolver';
import { WorkerResolver } from './workers/worker.resolver';
import { authChecker } from './shared/auth/auth-checker';
import { assertAuthorizationIsComplete } from './shared/auth/authorization-coverage';
import type { LocalPubSub } from './shared/events/domain-events';
import { rememberValidationRules } from './shared/validation-rules-memo';
import { DateTimeScalar } from './shared/date-time.scalar';

/** Every resolver class in the schema. */
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export const resolvers: NonEmptyArray<Function> = [
  AuditResolver,
  StaffAccountResolver,
  ChildResolver,
  ChildProfileResolver,
  ChildProgressReportsResolver,
  ChildGuardianResolver,
  PlacementResolver,
  CompanionAssignmentResolver,
  GuardianResolver,
  GuardianChildrenResolver,
  InstitutionResolver,
  InstitutionChildrenResolver,
  WorkerResolver,
  WorkerCaseloadResolver,
  ProfileFieldResolver,
  RegionResolver,
  HotlineResolver,
  CaseFeedResolver,
  ProtectionCaseResolver,
  DispatchResolver,
  CaseRecordsResolver,
  CaseReferralResolver,
  ProgressReportResolver,
  OverdueReportAlertResolver,
  ReportingObligationResolver,
  CompanionReportingSummaryResolver,
  EvaluationResolver,
  AidProgrammeResolver,
  ProgrammeYearResolver,
  AidGrantResolver,
  LedgerResolver,
  TransparencyResolver,
  ExpertAvailabilityResolver,
  SupervisionSessionResolver,
  SupervisionSessionUpdateResolver,
  SupervisionFollowUpResolver,
  SupervisionParticipantResolver,
  SupervisionSessionChildResolver,
  SpotCheckResolver,
  ChildTimelineResolver,
];

/**
 * The audit middleware around the malformed-id check, so a mutation refused for a malformed id is on
 * record too. One middleware rather than two: type-graphql runs each middleware as an async step of
 * every field resolver call, and the check alone is synchronous.
 */
const auditThenRejectMalformedIds: MiddlewareFn<RequestContext> = (action, next) => auditMiddleware(action, async () => rejectMalformedIds(action, next));

/**
 * Builds the GraphQL schema from the code. Input is validated with class-validator (`validateArgument`); every operation and
 * field resolver must state who may use it, or the build fails.
 */
export async function buildLindungiSchema(pubSub: LocalPubSub): Promise<GraphQLSchema> {
  rememberValidationRules();
  const instances = new ResolverInstances();
  const schema = await buildSchema({
    resolvers,
    container: instances,
    pubSub,
    authChecker,
    authMode: 'error',
    validateFn: validateArgument,
    scalarsMap: [{ type: Date, scalar: DateTimeScalar }],
    globalMiddlewares: [auditThenRejectMalformedIds],
  });
  assertAuthorizationIsComplete(schema);
  resolveFieldsDirectly(schema, resolvers as unknown as ReadonlyArray<new () => object>, instances);
  noteChildrenWhereReturned(schema);
  return schema;
}
