import { randomUUID } from 'node:crypto';
import type { ChildGuardian } from '../../src/children/child-links.entities';
import { GuardianRelationship } from '../../src/children/child-links.entities';
import { ChildCareService } from '../../src/children/child-care.service';
import type { Child } from '../../src/children/child.entity';
import { CareArrangement, LegalBasis, PksaProgramme, RiskLevel, Sex } from '../../src/children/child.enums';
import { ChildService } from '../../src/children/child.service';
import type { Institution } from '../../src/institutions/institution.entity';
import { InstitutionType } from '../../src/institutions/institution.enums';
import { InstitutionService } from '../../src/institutions/institution.service';
import { JakartaArea } from '../../src/shared/auth/roles';
import type { Worker } from '../../src/workers/worker.entity';
import { WorkerKind } from '../../src/workers/worker.entity';
import { WorkerService } from '../../src/workers/worker.service';
import { systemContext } from './factories';
import type { TestApp } from './test-app';

/** Registry records of a test's own, written through the services as the command line would. */
export async function createInstitution(app: TestApp, area: JakartaArea, type = InstitutionType.LKSA): Promise<Institution> {
  return new InstitutionService(systemContext(app)).register({ name: `LKSA Test ${randomUUID().slice(0, 6)}`, type, area, capacity: 60 });
}

export async function createWorker(app: TestApp, kind: WorkerKind, area: JakartaArea, institution?: Institution): Promise<Worker> {
  return new WorkerService(systemContext(app)).register({ fullName: `Pekerja ${randomUUID().slice(0, 6)}`, kind, area, institutionId: institution?.id });
}

export interface ChildDetails {
  fullName?: string;
  area?: JakartaArea;
  dateOfBirth?: string;
  programmes?: PksaProgramme[];
  riskLevel?: RiskLevel;
  careArrangement?: CareArrangement;
  nik?: string;
  address?: string;
}

export async function createChild(app: TestApp, details: ChildDetails = {}): Promise<Child> {
  const outcome = await new ChildService(systemContext(app)).register({
    fullName: details.fullName ?? `Anak ${randomUUID().slice(0, 8)}`,
    sex: Sex.FEMALE,
    legalBasis: LegalBasis.PUBLIC_TASK,
    area: details.area ?? JakartaArea.JAKARTA_TIMUR,
    dateOfBirth: details.dateOfBirth,
    programmes: details.programmes,
    riskLevel: details.riskLevel,
    careArrangement: details.careArrangement,
    nik: details.nik,
    address: details.address,
    confirmNotDuplicate: true,
  });
  return outcome.child as Child;
}

export async function linkGuardian(app: TestApp, child: Child, guardianId?: string, relationship = GuardianRelationship.PARENT): Promise<ChildGuardian> {
  return new ChildCareService(systemContext(app)).linkGuardian({
    childId: child.id,
    guardianId,
    fullName: guardianId ? undefined : `Ibu ${randomUUID().slice(0, 6)}`,
    phone: '+62 812 0000 0000',
    relationship,
    isCaregiver: true,
  });
}

export async function place(app: TestApp, child: Child, institution: Institution, startedOn = '2026-01-05'): Promise<void> {
  await new ChildCareService(systemContext(app)).placeInInstitution({ childId: child.id, institutionId: institution.id, startedOn });
}

export async function assignCompanion(app: TestApp, child: Child, companion: Worker, startedOn = '2026-01-05'): Promise<void> {
  await new ChildCareService(systemContext(app)).assignCompanion({ childId: child.id, companionId: companion.id, startedOn });
}

export { CareArrangement, GuardianRelationship, InstitutionType, JakartaArea, PksaProgramme, RiskLevel, WorkerKind };
