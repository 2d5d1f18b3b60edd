import { registerEnumType } from 'type-graphql';

/** Who receives a programme's second share (DOMAIN.md, "Aid"): the companion, the institution or the guardian. */
export enum BeneficiaryKind {
  COMPANION = 'COMPANION',
  INSTITUTION = 'INSTITUTION',
  GUARDIAN = 'GUARDIAN',
}
registerEnumType(BeneficiaryKind, {
  name: 'BeneficiaryKind',
  description: 'Who receives the second share of a grant (200,000 IDR in 2015): set by the programme.',
  valuesConfig: {
    COMPANION: { description: "The child's companion (pendamping)." },
    INSTITUTION: { description: 'The institution the child is placed in, per child.' },
    GUARDIAN: { description: 'The relative who is the guardian (wali) and caregiver, per child.' },
  },
});

/** Where an aid grant stands. Payments are possible only while APPROVED, DISBURSED or REINSTATED. */
export enum AidGrantStatus {
  PROPOSED = 'PROPOSED',
  APPROVED = 'APPROVED',
  DISBURSED = 'DISBURSED',
  SUSPENDED = 'SUSPENDED',
  REINSTATED = 'REINSTATED',
  TERMINATED = 'TERMINATED',
}
registerEnumType(AidGrantStatus, {
  name: 'AidGrantStatus',
  description: 'Where an aid grant stands. Payments are recorded only while APPROVED, DISBURSED or REINSTATED.',
  valuesConfig: {
    PROPOSED: { description: 'Proposed by a social worker or supervisor; waits for another supervisor to approve it.' },
    APPROVED: { description: 'Approved by a supervisor other than the proposer; nothing paid yet.' },
    DISBURSED: { description: 'At least one payment was recorded.' },
    SUSPENDED: { description: 'Payments stopped, with a reason category and detail.' },
    REINSTATED: { description: 'Payments allowed again after a suspension.' },
    TERMINATED: { description: 'Ended for good; the child may get a new grant for the programme year.' },
  },
});

/** Why a grant is suspended. */
export enum SuspensionReason {
  OVERDUE_REPORT = 'OVERDUE_REPORT',
  MISUSE_INVESTIGATION = 'MISUSE_INVESTIGATION',
  SPOT_CHECK = 'SPOT_CHECK',
  OTHER = 'OTHER',
}
registerEnumType(SuspensionReason, {
  name: 'SuspensionReason',
  description: 'Why a grant is suspended.',
  valuesConfig: {
    OVERDUE_REPORT: { description: "The companion's accountability report on the child is overdue (DOMAIN.md promise 5)." },
    MISUSE_INVESTIGATION: { description: 'A complaint of misused funds is being investigated.' },
    SPOT_CHECK: { description: 'A spot check found something to clear up first.' },
    OTHER: { description: 'Another reason, told in the detail.' },
  },
});

/** Which share of a grant a ledger entry pays: the child's, or the second share to its beneficiary kind. */
export enum LedgerShare {
  CHILD = 'CHILD',
  COMPANION = 'COMPANION',
  INSTITUTION = 'INSTITUTION',
  GUARDIAN = 'GUARDIAN',
}
registerEnumType(LedgerShare, {
  name: 'LedgerShare',
  description: "Which share a ledger entry pays: the child's share, or the second share (which must be the grant's beneficiary kind).",
});

/** How the public transparency figures are grouped. */
export enum TransparencyGrouping {
  PROGRAMME = 'PROGRAMME',
  AREA = 'AREA',
  INSTITUTION = 'INSTITUTION',
}
registerEnumType(TransparencyGrouping, {
  name: 'TransparencyGrouping',
  description: 'How the transparency figures are grouped.',
  valuesConfig: {
    PROGRAMME: { description: 'Per PKSA programme.' },
    AREA: { description: "Per area of DKI Jakarta (the child's area when the grant was proposed)." },
    INSTITUTION: { description: 'Per institution receiving the second share; grants paid to a companion or guardian form one group without an institution.' },
  },
});
