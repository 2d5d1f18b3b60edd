import type { GraphQLResolveInfo } from 'graphql';
import { Ctx, FieldResolver, Info, Int, Resolver, Root } from 'type-graphql';
import { Guarded } from '../shared/auth/guarded';
import type { RequestContext } from '../shared/request-context';
import { Worker } from '../workers/worker.entity';
import { ChildGuardian, CompanionAssignment, Placement } from './child-links.entities';
import { ChildNeed, ChildNeedKind, DevelopmentAssessment, DevelopmentDomain, Measurement } from './child-needs.entities';
import { Child } from './child.entity';
import { PARTIAL_FIELD_POLICY } from '../authorization-policy';
import { mayUse } from '../shared/auth/auth-checker';
import { RegistryLoaders } from './child.loaders';
import { whenReady } from '../shared/loaders';
import { todayInJakarta } from './child.service';
import { CustomFieldValue } from './child.types';
import { readableFieldDefinitions } from './custom-fields';
import { ProfileFieldType } from '../profile-fields/profile-field.entity';
import { Kecamatan, Kelurahan } from '../regions/region.entities';
import { RegionService } from '../regions/region.service';

/** The nested parts of a child's profile. The child itself was found within scope; each part is batched. */
@Resolver(() => Child)
export class ChildProfileResolver {
  @Guarded()
  @FieldResolver(() => Int, { nullable: true, description: 'Age in whole years today (Asia/Jakarta), from the date of birth.' })
  ageInYears(@Root() child: Child): number | null {
    if (!child.dateOfBirth) return null;
    const [year, month, day] = child.dateOfBirth.split('-').map(Number);
    const [thisYear, thisMonth, thisDay] = todayInJakarta().split('-').map(Number);
    return thisYear - year - (thisMonth < month || (thisMonth === month && thisDay < day) ? 1 : 0);
  }

  @Guarded()
  @FieldResolver(() => Kecamatan, { nullable: true, description: 'The kecamatan where the child is now.' })
  kecamatan(@Root() child: Child, @Ctx() context: RequestContext): Promise<Kecamatan | null> {
    return child.kecamatanCode ? new RegionService(context).kecamatanByCode.load(child.kecamatanCode) : Promise.resolve(null);
  }

  @Guarded()
  @FieldResolver(() => Kelurahan, { nullable: true, description: 'The kelurahan where the child is now.' })
  kelurahan(@Root() child: Child, @Ctx() context: RequestContext): Promise<Kelurahan | null> {
    return child.kelurahanCode ? new RegionService(context).kelurahanByCode.load(child.kelurahanCode) : Promise.resolve(null);
  }

  @Guarded()
  @FieldResolver(() => [ChildGuardian], { description: 'Guardians and how they are related to the child.' })
  guardians(@Root() child: Child, @Ctx() context: RequestContext, @Info() info: GraphQLResolveInfo): ChildGuardian[] | Promise<ChildGuardian[]> {
    return new RegistryLoaders(context).guardianLinksFor(child.id, info);
  }

  @Guarded()
  @FieldResolver(() => [Placement], { description: 'Every placement in an institution, newest first.' })
  placements(@Root() child: Child, @Ctx() context: RequestContext, @Info() info: GraphQLResolveInfo): Placement[] | Promise<Placement[]> {
    return new RegistryLoaders(context).placementsFor(child.id, info);
  }

  @Guarded()
  @FieldResolver(() => Placement, { nullable: true, description: 'The placement the child is in now.' })
  currentPlacement(@Root() child: Child, @Ctx() context: RequestContext, @Info() info: GraphQLResolveInfo): Placement | null | Promise<Placement | null> {
    return whenReady(new RegistryLoaders(context).placementsFor(child.id, info), (placements) => placements.find((placement) => !placement.endedOn) ?? null);
  }

  @Guarded()
  @FieldResolver(() => [CompanionAssignment], { description: 'Every companion assignment, newest first.' })
  companionAssignments(@Root() child: Child, @Ctx() context: RequestContext, @Info() info: GraphQLResolveInfo): CompanionAssignment[] | Promise<CompanionAssignment[]> {
    return new RegistryLoaders(context).assignmentsFor(child.id, info);
  }

  @Guarded()
  @FieldResolver(() => Worker, { nullable: true, description: 'The companion (pendamping) who follows the child now.' })
  currentCompanion(@Root() child: Child, @Ctx() context: RequestContext, @Info() info: GraphQLResolveInfo): Worker | null | Promise<Worker | null> {
    const loaders = new RegistryLoaders(context);
    return whenReady(loaders.assignmentsFor(child.id), (assignments) => {
      const current = assignments.find((assignment) => !assignment.endedOn);
      return current ? loaders.workerFor(current.companion.id, info) : null;
    });
  }

  @Guarded()
  @FieldResolver(() => [ChildNeed], { description: 'Needs and where they stand. Health needs only for roles that care for the child.' })
  needs(@Root() child: Child, @Ctx() context: RequestContext, @Info() info: GraphQLResolveInfo): ChildNeed[] | Promise<ChildNeed[]> {
    const seesHealth = mayUse(context.actor, PARTIAL_FIELD_POLICY.healthNeeds);
    return whenReady(new RegistryLoaders(context).needsFor(child.id, info), (needs) => (seesHealth ? needs : needs.filter((need) => need.kind !== ChildNeedKind.HEALTH)));
  }

  @Guarded()
  @FieldResolver(() => [Measurement], { description: 'Weight and height over time, newest first.' })
  measurements(@Root() child: Child, @Ctx() context: RequestContext): Measurement[] | Promise<Measurement[]> {
    return new RegistryLoaders(context).measurementsByChild.loadNow(child.id);
  }

  @Guarded()
  @FieldResolver(() => [DevelopmentAssessment], { description: 'Development assessments, newest first.' })
  developmentAssessments(@Root() child: Child, @Ctx() context: RequestContext): DevelopmentAssessment[] | Promise<DevelopmentAssessment[]> {
    return new RegistryLoaders(context).assessmentsByChild.loadNow(child.id);
  }

  @Guarded()
  @FieldResolver(() => [DevelopmentDomain], { description: 'Domains whose score fell between the two latest assessments: a regression to look at.' })
  async developmentRegressions(@Root() child: Child, @Ctx() context: RequestContext): Promise<DevelopmentDomain[]> {
    const [latest, previous] = await new RegistryLoaders(context).assessmentsByChild.load(child.id);
    if (!latest || !previous) return [];
    return latest.scores
      .filter((score) => {
        const before = previous.scores.find((earlier) => earlier.domain === score.domain);
        return before !== undefined && score.score < before.score;
      })
      .map((score) => score.domain);
  }

  @Guarded()
  @FieldResolver(() => [CustomFieldValue], { description: 'Admin-defined profile fields you may read that have a value.' })
  async customFields(@Root() child: Child, @Ctx() context: RequestContext): Promise<CustomFieldValue[]> {
    const definitions = await readableFieldDefinitions(context);
    return definitions
      .filter((definition) => child.customFieldValues[definition.key] !== undefined)
      .map((definition) => {
        const value = child.customFieldValues[definition.key];
        return {
          key: definition.key,
          labelId: definition.labelId,
          labelEn: definition.labelEn,
          type: definition.type,
          textValue: definition.type === ProfileFieldType.TEXT || definition.type === ProfileFieldType.CHOICE ? String(value) : null,
          numberValue: definition.type === ProfileFieldType.NUMBER ? Number(value) : null,
          dateValue: definition.type === ProfileFieldType.DATE ? String(value) : null,
          booleanValue: definition.type === ProfileFieldType.BOOLEAN ? Boolean(value) : null,
        };
      });
  }
}

