import type { FieldReads } from '../shared/selected-columns';

/**
 * What the field resolvers of the registry's types read of their record (`FieldReads`): the profile
 * statement and the loaders read only the columns a query's selection needs, and these say which.
 * `always` holds what the loaders group by and what the child's own fields read of its lists
 * (`currentPlacement` and `currentCompanion` look for the one not ended, `needs` hides health needs by kind).
 * A link's own id is read only when the query asks for it: no resolver needs it (a page of 20 children
 * carried about 100 of them; without them the profile page's statement cost PostgreSQL a fifth less).
 */
export const CHILD_GUARDIAN_READS: FieldReads = { always: ['child', 'guardian'], resolvers: { guardian: ['guardian'], child: ['child'] } };
export const PLACEMENT_READS: FieldReads = { always: ['child', 'institution', 'endedOn'], resolvers: { institution: ['institution'], child: ['child'] } };
export const ASSIGNMENT_READS: FieldReads = { always: ['child', 'companion', 'endedOn'], resolvers: { companion: ['companion'], child: ['child'] } };
export const NEED_READS: FieldReads = { always: ['child', 'kind'], resolvers: {} };
export const GUARDIAN_READS: FieldReads = { always: ['id'], resolvers: { phone: ['phone'], address: ['address'], children: ['id'] } };
export const INSTITUTION_READS: FieldReads = { always: ['id'], resolvers: { currentPlacements: ['id'] } };
export const WORKER_READS: FieldReads = { always: ['id'], resolvers: { caseload: ['id'], institution: ['institution'] } };

/**
 * The child's own columns (`select` of the profile statement). `always`: its key, and its name and
 * registration time, which the page's cursors are made of (`ORDERS` in `child.queries.ts`). The profile's
 * lists, reports and timeline are found by the child's id alone; a field of a child added later and not
 * listed here makes the statement read every column (and `test/selected-columns.test.ts` fails).
 */
export const CHILD_READS: FieldReads = {
  always: ['id', 'fullName', 'createdAt'],
  resolvers: {
    ageInYears: ['dateOfBirth'],
    kecamatan: ['kecamatanCode'],
    kelurahan: ['kelurahanCode'],
    guardians: [],
    placements: [],
    currentPlacement: [],
    companionAssignments: [],
    currentCompanion: [],
    needs: [],
    measurements: [],
    developmentAssessments: [],
    developmentRegressions: [],
    recentProgressReports: [],
    customFields: ['customFieldValues'],
    timeline: [],
  },
};
