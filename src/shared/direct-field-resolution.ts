import { type EntityProperty, MetadataStorage, ReferenceKind } from '@mikro-orm/core';
import { type GraphQLField, type GraphQLFieldResolver, type GraphQLResolveInfo, type GraphQLSchema, isObjectType } from 'graphql';
import { type ContainerType, getMetadataStorage } from 'type-graphql';
import { isNotedPerField } from '../audit/access-recorder';
import { policyOf, type PolicyEntry } from '../authorization-policy';
import { mayUse, refusalFor } from './auth/auth-checker';
import { assertIdsWellFormed } from './malformed-ids';
import type { RequestContext } from './request-context';

type PropertyHolder = Record<string, unknown>;
type Arguments = Record<string, unknown>;
type FieldResolverMetadata = ReturnType<typeof getMetadataStorage>['fieldResolvers'][number];
type ParamMetadata = NonNullable<FieldResolverMetadata['params']>[number];
type Resolve = GraphQLFieldResolver<PropertyHolder, RequestContext, Arguments>;
// A resolver class as type-graphql holds it: constructed without arguments by its container.
type ResolverClass = new () => object;

/**
 * One instance per resolver class, as type-graphql's own container keeps them; passed to `buildSchema`
 * as its container, so the direct resolvers below call the very objects type-graphql calls.
 */
export class ResolverInstances implements ContainerType {
  private readonly instances = new Map<ResolverClass, object>();

  get(resolverClass: ResolverClass): object {
    let instance = this.instances.get(resolverClass);
    if (!instance) {
      instance = new resolverClass();
      this.instances.set(resolverClass, instance);
    }
    return instance;
  }
}

/**
 * type-graphql runs its auth middleware and the global middlewares (audit, malformed ids) around every
 * field as a chain of async functions: about ten promises per field, each one also tracked by Node's
 * async hooks (MikroORM's AsyncLocalStorage turns them on), several hundred fields on a profile page,
 * and most of a read's CPU went there (BENCHMARKS.md). Every step of that chain is synchronous work for
 * a field of a record: the policy lookup, the malformed-id check, the audit note after the value. This
 * gives such fields a resolver doing the same steps in the same order, directly:
 * - plain properties (no policy entry, no arguments): the value, noted for the audit when on record; a
 *   property with nothing to check or note gets no resolver at all (graphql-jit then reads it inline);
 * - guarded properties: the policy check, then the same;
 * - resolver methods whose parameters are the root, the context, the info or scalar arguments: the
 *   policy check, the id check, the method on type-graphql's own instance, the audit note after its value.
 * Fields with their own middleware, input-object or `@Args` parameters, custom parameter decorators or
 * methods on the object type class keep type-graphql's resolver; so does any call whose root is not yet
 * an instance of the class the method declares, or whose argument is an object (type-graphql converts
 * and validates those).
 */
export function resolveFieldsDirectly(schema: GraphQLSchema, resolverClasses: readonly ResolverClass[], instances: ResolverInstances): void {
  const storage = getMetadataStorage();
  for (const objectType of storage.objectTypes) {
    const type = schema.getType(objectType.name);
    if (!isObjectType(type)) continue;
    const graphQLFields = type.getFields();
    for (const field of declaredFields(objectType.target)) {
      const graphQLField = graphQLFields[field.schemaName];
      if (!graphQLField?.resolve || (field.middlewares?.length ?? 0) > 0) continue;
      // The resolver type-graphql chose for this field (schema-generator.js does the same search).
      const method = storage.fieldResolvers.find(
        (resolver) =>
          (resolver.kind === 'internal' || resolverClasses.includes(resolver.target as ResolverClass)) &&
          resolver.getObjectType?.() === field.target &&
          resolver.methodName === field.name,
      );
      const coordinate = `${type.name}.${graphQLField.name}`;
      if (!method) {
        if (graphQLField.args.length > 0) continue;
        const policy = field.roles === undefined ? null : policyOf(coordinate);
        if (policy === null && !isNotedPerField(type.name, graphQLField.name) && field.name === graphQLField.name && isColumnProperty(field.target, field.name)) {
          // Nothing to check or note, and a column's value (never a promise or a function): the default
          // resolver reads the same property, and graphql-jit then reads it inline, without a resolver
          // call and its resolve info (most of a page's fields).
          graphQLField.resolve = undefined;
          continue;
        }
        graphQLField.resolve = propertyRead(type.name, graphQLField.name, field.name, policy);
        continue;
      }
      if (method.kind !== 'external' || (method.middlewares?.length ?? 0) > 0) continue;
      const readers = parameterReaders(method.params ?? []);
      if (!readers) continue;
      const instance = instances.get(method.target as ResolverClass) as Record<string, (...parameters: unknown[]) => unknown>;
      graphQLField.resolve = methodCall({
        typeName: type.name,
        field: graphQLField as GraphQLField<PropertyHolder, RequestContext, Arguments>,
        policy: method.roles === undefined ? null : policyOf(coordinate),
        readers,
        call: (parameters) => instance[method.methodName](...parameters),
        chain: graphQLField.resolve as Resolve,
      });
    }
  }
}

type ObjectTypeMetadata = ReturnType<typeof getMetadataStorage>['objectTypes'][number];
type FieldMetadata = NonNullable<ObjectTypeMetadata['fields']>[number];

/** An object type class's fields with those it inherits from object type classes it extends (an entity's id and timestamps). */
export function declaredFields(objectTypeClass: unknown): FieldMetadata[] {
  const storage = getMetadataStorage();
  const fields = new Map<string, FieldMetadata>();
  for (let target: unknown = objectTypeClass; typeof target === 'function' && target !== Function.prototype; target = Object.getPrototypeOf(target)) {
    const declared = storage.objectTypes.find((candidate) => candidate.target === target);
    for (const field of declared?.fields ?? []) if (!fields.has(field.schemaName)) fields.set(field.schemaName, field);
  }
  return [...fields.values()];
}

/**
 * Whether a class's property is an entity's column as MikroORM's decorators declared it (not a relation,
 * not lazy): its value is there as it is, never a promise, which is all graphql-jit's inline read handles
 * (a getter such as a page's `totalCount` may return one).
 */
function isColumnProperty(target: unknown, property: string): boolean {
  if (typeof target !== 'function' || !Object.hasOwn(target, MetadataStorage.PATH_SYMBOL)) return false;
  const declared = MetadataStorage.getMetadataFromDecorator(target).properties[property as never] as EntityProperty | undefined;
  return declared?.kind === ReferenceKind.SCALAR && !declared.lazy;
}

/** The policy check type-graphql's auth middleware makes through the auth checker, for a field of a record. */
function authorize(context: RequestContext, policy: PolicyEntry | null | undefined): void {
  // null: the field carries no policy (not guarded); undefined: guarded but not in the table, so refused.
  if (policy === null || mayUse(context.actor, policy)) return;
  throw refusalFor(context.actor);
}

function propertyRead(typeName: string, fieldName: string, property: string, policy: PolicyEntry | null | undefined): Resolve {
  const onRecord = isNotedPerField(typeName, fieldName);
  if (policy === null && !onRecord) return (root) => root[property];
  return (root, _args, context) => {
    authorize(context, policy);
    const value = root[property];
    if (onRecord) context.audit.noteField(typeName, fieldName, root);
    return value;
  };
}

/** Marks a call type-graphql must make itself: a conversion or validation the direct path does not do. */
const NEEDS_CHAIN = Symbol('needs type-graphql');
type ParameterReader = (root: PropertyHolder, args: Arguments, context: RequestContext, info: GraphQLResolveInfo) => unknown;

/** Readers of a method's parameters in order, or null when one of them is of a kind only type-graphql reads. */
function parameterReaders(params: readonly ParamMetadata[]): ParameterReader[] | null {
  const readers: ParameterReader[] = [];
  for (const param of [...params].sort((a, b) => a.index - b.index)) {
    switch (param.kind) {
      case 'root': {
        const { propertyName } = param;
        const declared = param.getType?.();
        readers.push((root) => {
          const value = propertyName ? (root[propertyName] as unknown) : root;
          // type-graphql copies a root that is not an instance of the declared class into a new one.
          if (typeof declared === 'function' && value !== null && value !== undefined && !(value instanceof declared)) return NEEDS_CHAIN;
          return value;
        });
        break;
      }
      case 'context': {
        const { propertyName } = param;
        readers.push((_root, _args, context) => (propertyName ? (context as unknown as PropertyHolder)[propertyName] : context));
        break;
      }
      case 'info':
        readers.push((_root, _args, _context, info) => info);
        break;
      case 'arg': {
        if (param.validateFn) return null;
        const { name } = param;
        // A scalar or enum value is passed on as is; objects and lists are converted and validated.
        readers.push((_root, args) => (args[name] !== null && typeof args[name] === 'object' ? NEEDS_CHAIN : args[name]));
        break;
      }
      default:
        return null;
    }
  }
  return readers;
}

interface MethodCall {
  typeName: string;
  field: GraphQLField<PropertyHolder, RequestContext, Arguments>;
  policy: PolicyEntry | null | undefined;
  readers: ParameterReader[];
  call(parameters: unknown[]): unknown;
  /** type-graphql's resolver of the field, for the calls the direct path leaves to it. */
  chain: Resolve;
}

function methodCall({ typeName, field, policy, readers, call, chain }: MethodCall): Resolve {
  const onRecord = isNotedPerField(typeName, field.name);
  const hasArguments = field.args.length > 0;
  return (root, args, context, info) => {
    const parameters = readers.map((read) => read(root, args, context, info));
    if (parameters.includes(NEEDS_CHAIN)) return chain(root, args, context, info);
    authorize(context, policy);
    if (hasArguments) assertIdsWellFormed(field.args, args);
    const result = call(parameters);
    if (!onRecord) return result;
    if (result instanceof Promise) {
      return result.then((value: unknown) => {
        context.audit.noteField(typeName, field.name, root);
        return value;
      });
    }
    context.audit.noteField(typeName, field.name, root);
    return result;
  };
}
