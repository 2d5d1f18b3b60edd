import { Ctx, Field, FieldResolver, ID, ObjectType, Resolver, Root, registerEnumType } from 'type-graphql';
import { LocalDateScalar } from '../shared/local-date.scalar';
import { CaseEventKind } from '../cases/case.enums';
import { Child } from '../children/child.entity';
import { PARTIAL_FIELD_POLICY } from '../authorization-policy';
import { mayUse } from '../shared/auth/auth-checker';
import { Guarded } from '../shared/auth/guarded';
import { groupByKeys } from '../shared/loaders';
import type { RequestContext } from '../shared/request-context';

export enum ChildTimelineEntryKind {
  CASE_EVENT = 'CASE_EVENT',
  SUPERVISION_SESSION_HELD = 'SUPERVISION_SESSION_HELD',
  FOLLOW_UP_RECORDED = 'FOLLOW_UP_RECORDED',
  FOLLOW_UP_COMPLETED = 'FOLLOW_UP_COMPLETED',
}
registerEnumType(ChildTimelineEntryKind, {
  name: 'ChildTimelineEntryKind',
  description: "What kind of entry on a child's timeline.",
  valuesConfig: {
    CASE_EVENT: { description: "Something that happened in one of the child's protection cases (for case roles only)." },
    SUPERVISION_SESSION_HELD: { description: 'A supervision session that discussed the child was held.' },
    FOLLOW_UP_RECORDED: { description: 'A session recommended a follow-up about the child (an owner and a due date).' },
    FOLLOW_UP_COMPLETED: { description: 'A follow-up about the child was done.' },
  },
});

@ObjectType({ description: "One entry of a child's timeline: case events and supervision follow-ups, oldest first." })
export class ChildTimelineEntry {
  @Field(() => ChildTimelineEntryKind, { description: 'What kind of entry.' })
  kind!: ChildTimelineEntryKind;

  @Field(() => Date, { description: 'When it happened.' })
  occurredAt!: Date;

  @Field(() => String, { nullable: true, description: 'What happened, in words.' })
  summary!: string | null;

  @Field(() => CaseEventKind, { nullable: true, description: 'CASE_EVENT: what happened in the case.' })
  caseEventKind!: CaseEventKind | null;

  @Field(() => ID, { nullable: true, description: 'CASE_EVENT: the protection case.' })
  protectionCaseId!: string | null;

  @Field(() => ID, { nullable: true, description: 'Supervision entries: the session.' })
  supervisionSessionId!: string | null;

  @Field(() => ID, { nullable: true, description: 'Follow-up entries: the follow-up.' })
  followUpId!: string | null;

  @Field(() => LocalDateScalar, { nullable: true, description: 'Follow-up entries: the due date.' })
  dueOn!: string | null;
}

interface TimelineRow {
  child_id: string;
  kind: ChildTimelineEntryKind;
  occurred_at: Date;
  summary: string | null;
  case_event_kind: CaseEventKind | null;
  protection_case_id: string | null;
  supervision_session_id: string | null;
  follow_up_id: string | null;
  due_on: string | null;
}

/** The child's timeline. Reached only through a child the caller may see, so the child scope already applies. */
@Resolver(() => Child)
export class ChildTimelineResolver {
  @Guarded()
  @FieldResolver(() => [ChildTimelineEntry], {
    description: "The child's timeline, oldest first: events of the child's protection cases (hotline operators, supervisors, social workers), sessions that discussed the child, and their follow-ups.",
  })
  async timeline(@Root() child: Child, @Ctx() context: RequestContext): Promise<ChildTimelineEntry[]> {
    const withCases = mayUse(context.actor, PARTIAL_FIELD_POLICY.caseEventsOnTimeline);
    const loader = context.loaders.get('child-timeline', async (childIds: readonly string[]) => {
      const placeholders = childIds.map(() => '?').join(', ');
      // One statement for every child of the request, whatever the nesting.
      const rows = await context.em.execute<TimelineRow[]>(
        `select pc.child_id, 'CASE_EVENT' as kind, e.occurred_at, e.detail as summary, e.kind::text as case_event_kind, pc.id as protection_case_id,
                null::uuid as supervision_session_id, null::uuid as follow_up_id, null::text as due_on
           from case_event e join protection_case pc on pc.id = e.case_id
          where ? and e.audience = 'CASEWORK' and pc.child_id in (${placeholders})
         union all
         select sc.child_id, 'SUPERVISION_SESSION_HELD', s.ends_at, s.kind::text || ': ' || s.topic, null, null, s.id, null, null
           from supervision_session_child sc join supervision_session s on s.id = sc.session_id
          where s.status = 'HELD' and sc.child_id in (${placeholders})
         union all
         select f.child_id, 'FOLLOW_UP_RECORDED', f.created_at, f.recommendation, null, null, f.session_id, f.id, f.due_on::text
           from supervision_follow_up f where f.child_id in (${placeholders})
         union all
         select f.child_id, 'FOLLOW_UP_COMPLETED', f.completed_at, f.completion_note, null, null, f.session_id, f.id, f.due_on::text
           from supervision_follow_up f where f.completed_at is not null and f.child_id in (${placeholders})
         order by occurred_at, kind`,
        [withCases, ...childIds, ...childIds, ...childIds, ...childIds],
      );
      return groupByKeys(childIds, rows, (row) => row.child_id);
    });
    return (await loader.load(child.id)).map((row) => ({
      kind: row.kind,
      occurredAt: new Date(row.occurred_at),
      summary: row.summary,
      caseEventKind: row.case_event_kind,
      protectionCaseId: row.protection_case_id,
      supervisionSessionId: row.supervision_session_id,
      followUpId: row.follow_up_id,
      dueOn: row.due_on,
    }));
  }
}
