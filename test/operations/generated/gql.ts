/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "query IntrospectionProbe {\n  __schema {\n    queryType {\n      name\n    }\n  }\n}": typeof types.IntrospectionProbeDocument,
    "query Me {\n  me {\n    id\n    email\n    displayName\n    roles\n    area\n    active\n  }\n}\n\nquery Typename {\n  __typename\n}\n\nquery StaffAccounts($first: Int!, $after: String, $active: Boolean, $role: StaffRole) {\n  staffAccounts(first: $first, after: $after, active: $active, role: $role) {\n    nodes {\n      id\n      email\n      roles\n      active\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    totalCount\n  }\n}\n\nquery StaffAccount($id: ID!) {\n  staffAccount(id: $id) {\n    id\n    email\n    active\n    deactivationReason\n  }\n}\n\nmutation CreateStaffAccount($input: CreateStaffAccountInput!) {\n  createStaffAccount(input: $input) {\n    id\n    email\n    displayName\n    roles\n    area\n    active\n  }\n}\n\nmutation ChangeStaffAccountAccess($input: ChangeStaffAccountAccessInput!) {\n  changeStaffAccountAccess(input: $input) {\n    id\n    roles\n    area\n  }\n}\n\nmutation DeactivateStaffAccount($input: DeactivateStaffAccountInput!) {\n  deactivateStaffAccount(input: $input) {\n    id\n    active\n    deactivatedAt\n    deactivationReason\n  }\n}\n\nmutation ReactivateStaffAccount($id: ID!) {\n  reactivateStaffAccount(id: $id) {\n    id\n    active\n  }\n}\n\nsubscription MyStaffAccountChanged {\n  myStaffAccountChanged {\n    id\n    roles\n    area\n    active\n  }\n}": typeof types.MeDocument,
};
const documents: Documents = {
    "query IntrospectionProbe {\n  __schema {\n    queryType {\n      name\n    }\n  }\n}": types.IntrospectionProbeDocument,
    "query Me {\n  me {\n    id\n    email\n    displayName\n    roles\n    area\n    active\n  }\n}\n\nquery Typename {\n  __typename\n}\n\nquery StaffAccounts($first: Int!, $after: String, $active: Boolean, $role: StaffRole) {\n  staffAccounts(first: $first, after: $after, active: $active, role: $role) {\n    nodes {\n      id\n      email\n      roles\n      active\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    totalCount\n  }\n}\n\nquery StaffAccount($id: ID!) {\n  staffAccount(id: $id) {\n    id\n    email\n    active\n    deactivationReason\n  }\n}\n\nmutation CreateStaffAccount($input: CreateStaffAccountInput!) {\n  createStaffAccount(input: $input) {\n    id\n    email\n    displayName\n    roles\n    area\n    active\n  }\n}\n\nmutation ChangeStaffAccountAccess($input: ChangeStaffAccountAccessInput!) {\n  changeStaffAccountAccess(input: $input) {\n    id\n    roles\n    area\n  }\n}\n\nmutation DeactivateStaffAccount($input: DeactivateStaffAccountInput!) {\n  deactivateStaffAccount(input: $input) {\n    id\n    active\n    deactivatedAt\n    deactivationReason\n  }\n}\n\nmutation ReactivateStaffAccount($id: ID!) {\n  reactivateStaffAccount(id: $id) {\n    id\n    active\n  }\n}\n\nsubscription MyStaffAccountChanged {\n  myStaffAccountChanged {\n    id\n    roles\n    area\n    active\n  }\n}": types.MeDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query IntrospectionProbe {\n  __schema {\n    queryType {\n      name\n    }\n  }\n}"): (typeof documents)["query IntrospectionProbe {\n  __schema {\n    queryType {\n      name\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Me {\n  me {\n    id\n    email\n    displayName\n    roles\n    area\n    active\n  }\n}\n\nquery Typename {\n  __typename\n}\n\nquery StaffAccounts($first: Int!, $after: String, $active: Boolean, $role: StaffRole) {\n  staffAccounts(first: $first, after: $after, active: $active, role: $role) {\n    nodes {\n      id\n      email\n      roles\n      active\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    totalCount\n  }\n}\n\nquery StaffAccount($id: ID!) {\n  staffAccount(id: $id) {\n    id\n    email\n    active\n    deactivationReason\n  }\n}\n\nmutation CreateStaffAccount($input: CreateStaffAccountInput!) {\n  createStaffAccount(input: $input) {\n    id\n    email\n    displayName\n    roles\n    area\n    active\n  }\n}\n\nmutation ChangeStaffAccountAccess($input: ChangeStaffAccountAccessInput!) {\n  changeStaffAccountAccess(input: $input) {\n    id\n    roles\n    area\n  }\n}\n\nmutation DeactivateStaffAccount($input: DeactivateStaffAccountInput!) {\n  deactivateStaffAccount(input: $input) {\n    id\n    active\n    deactivatedAt\n    deactivationReason\n  }\n}\n\nmutation ReactivateStaffAccount($id: ID!) {\n  reactivateStaffAccount(id: $id) {\n    id\n    active\n  }\n}\n\nsubscription MyStaffAccountChanged {\n  myStaffAccountChanged {\n    id\n    roles\n    area\n    active\n  }\n}"): (typeof documents)["query Me {\n  me {\n    id\n    email\n    displayName\n    roles\n    area\n    active\n  }\n}\n\nquery Typename {\n  __typename\n}\n\nquery StaffAccounts($first: Int!, $after: String, $active: Boolean, $role: StaffRole) {\n  staffAccounts(first: $first, after: $after, active: $active, role: $role) {\n    nodes {\n      id\n      email\n      roles\n      active\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    totalCount\n  }\n}\n\nquery StaffAccount($id: ID!) {\n  staffAccount(id: $id) {\n    id\n    email\n    active\n    deactivationReason\n  }\n}\n\nmutation CreateStaffAccount($input: CreateStaffAccountInput!) {\n  createStaffAccount(input: $input) {\n    id\n    email\n    displayName\n    roles\n    area\n    active\n  }\n}\n\nmutation ChangeStaffAccountAccess($input: ChangeStaffAccountAccessInput!) {\n  changeStaffAccountAccess(input: $input) {\n    id\n    roles\n    area\n  }\n}\n\nmutation DeactivateStaffAccount($input: DeactivateStaffAccountInput!) {\n  deactivateStaffAccount(input: $input) {\n    id\n    active\n    deactivatedAt\n    deactivationReason\n  }\n}\n\nmutation ReactivateStaffAccount($id: ID!) {\n  reactivateStaffAccount(id: $id) {\n    id\n    active\n  }\n}\n\nsubscription MyStaffAccountChanged {\n  myStaffAccountChanged {\n    id\n    roles\n    area\n    active\n  }\n}"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;