/**
 * The GraphQL documents each server is loaded with: the same data, in each API's own names. PostGraphile 4
 * and 5 (with its v4-compatible preset) share one document; the limit endpoint reads `operationName`.
 */
export const LINDUNGI_PROFILE_PAGE = `query ChildProfilePage($first: Int!) {
  children(first: $first, orderBy: NAME) {
    nodes {
      id fullName dateOfBirth sex area riskLevel careArrangement
      guardians { relationship isCaregiver guardian { id fullName phone } }
      currentPlacement { institution { id name type } }
      currentCompanion { id fullName phone }
      needs { kind status }
      recentProgressReports(last: 5) { periodStart status submittedAt }
    }
  }
}`;

export const POSTGRAPHILE_PROFILE_PAGE = `query ChildProfilePage($first: Int!) {
  allChildren(first: $first, orderBy: [FULL_NAME_ASC, ID_ASC]) {
    nodes {
      id fullName dateOfBirth sex area riskLevel careArrangement
      guardians: childGuardiansByChildId(orderBy: [CREATED_AT_ASC, ID_ASC]) { nodes { relationship isCaregiver guardian: guardianByGuardianId { id fullName phone } } }
      currentPlacement: placementsByChildId(condition: { endedOn: null }, first: 1) { nodes { institution: institutionByInstitutionId { id name type } } }
      currentCompanion: companionAssignmentsByChildId(condition: { endedOn: null }, first: 1) { nodes { worker: workerByCompanionId { id fullName phone } } }
      needs: childNeedsByChildId(orderBy: [CREATED_AT_ASC, ID_ASC]) { nodes { kind status } }
      recentProgressReports: progressReportsByChildId(orderBy: PERIOD_START_DESC, first: 5) { nodes { periodStart status submittedAt } }
    }
  }
}`;

export const LINDUNGI_CHILD_FOUR_LEVELS = `query ChildFourLevels($id: ID!) {
  child(id: $id) {
    id fullName
    guardians { relationship guardian { id fullName
      children { relationship child { id fullName
        currentPlacement { institution { id name } }
        currentCompanion { id fullName } } } } }
    currentPlacement { institution { id name currentPlacements { child { id fullName } } } }
    currentCompanion { id fullName caseload { child { id fullName } } }
  }
}`;

export const POSTGRAPHILE_CHILD_FOUR_LEVELS = `query ChildFourLevels($id: UUID!) {
  child: childById(id: $id) {
    id fullName
    guardians: childGuardiansByChildId(orderBy: [CREATED_AT_ASC, ID_ASC]) { nodes { relationship guardian: guardianByGuardianId { id fullName
      children: childGuardiansByGuardianId(orderBy: [CREATED_AT_ASC, ID_ASC]) { nodes { relationship child: childByChildId { id fullName
        currentPlacement: placementsByChildId(condition: { endedOn: null }, first: 1) { nodes { institution: institutionByInstitutionId { id name } } }
        currentCompanion: companionAssignmentsByChildId(condition: { endedOn: null }, first: 1) { nodes { worker: workerByCompanionId { id fullName } } } } } } } } }
    currentPlacement: placementsByChildId(condition: { endedOn: null }, first: 1) { nodes { institution: institutionByInstitutionId { id name
      currentPlacements: placementsByInstitutionId(condition: { endedOn: null }, orderBy: [STARTED_ON_ASC, ID_ASC]) { nodes { child: childByChildId { id fullName } } } } } }
    currentCompanion: companionAssignmentsByChildId(condition: { endedOn: null }, first: 1) { nodes { worker: workerByCompanionId { id fullName
      caseload: companionAssignmentsByCompanionId(condition: { endedOn: null }, orderBy: [STARTED_ON_ASC, ID_ASC]) { nodes { child: childByChildId { id fullName } } } } } }
  }
}`;
