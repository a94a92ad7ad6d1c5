import {
  DocumentNode,
  FieldNode,
  FragmentDefinitionNode,
  getNamedType,
  getNullableType,
  GraphQLField,
  GraphQLSchema,
  isCompositeType,
  isInterfaceType,
  isListType,
  isObjectType,
  Kind,
  OperationDefinitionNode,
  SelectionSetNode,
  valueFromASTUntyped,
} from 'graphql';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '@chn/core';

/** How many items a list without `first` is counted as holding: the documented page size. */
const UNPAGED_LIST_SIZE = MAX_PAGE_SIZE;

type Variables = Readonly<Record<string, unknown>>;

interface Walk {
  schema: GraphQLSchema;
  fragments: Map<string, FragmentDefinitionNode>;
  variables: Variables;
}

function pageSize(field: FieldNode, variables: Variables): number | undefined {
  const arg = field.arguments?.find((a) => a.name.value === 'first' || a.name.value === 'last');
  if (!arg) return undefined;
  const value: unknown = valueFromASTUntyped(arg.value, variables);
  return typeof value === 'number' && value > 0 ? value : DEFAULT_PAGE_SIZE;
}

function isPaged(definition: GraphQLField<unknown, unknown>): boolean {
  return definition.args.some((a) => a.name === 'first' || a.name === 'last');
}

/**
 * Objects a selection can return, each counted once per copy its enclosing lists can hold.
 * `pageOfParent` is the page size of the paged field whose object holds this selection: the lists
 * inside a connection (its `edges`) hold that many items, not a page each.
 */
function countObjects(
  walk: Walk,
  selectionSet: SelectionSetNode,
  typeName: string,
  copies: number,
  pageOfParent: number | undefined,
  visiting: Set<string>,
): number {
  const type = walk.schema.getType(typeName);
  let total = 0;
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.INLINE_FRAGMENT) {
      const on = selection.typeCondition?.name.value ?? typeName;
      total += countObjects(walk, selection.selectionSet, on, copies, pageOfParent, visiting);
      continue;
    }
    if (selection.kind === Kind.FRAGMENT_SPREAD) {
      const name = selection.name.value;
      const fragment = walk.fragments.get(name);
      // A fragment that spreads itself is refused by validation; this only keeps the walk finite.
      if (!fragment || visiting.has(name)) continue;
      const on = fragment.typeCondition.name.value;
      visiting.add(name);
      total += countObjects(walk, fragment.selectionSet, on, copies, pageOfParent, visiting);
      visiting.delete(name);
      continue;
    }
    if (!selection.selectionSet || !(isObjectType(type) || isInterfaceType(type))) continue;
    const definition = type.getFields()[selection.name.value];
    if (!definition) continue;
    const returned = getNamedType(definition.type);
    if (!isCompositeType(returned)) continue;
    const page = isPaged(definition)
      ? (pageSize(selection, walk.variables) ?? DEFAULT_PAGE_SIZE)
      : undefined;
    const listSize = isListType(getNullableType(definition.type))
      ? (page ?? pageOfParent ?? UNPAGED_LIST_SIZE)
      : 1;
    const here = copies * listSize;
    total += here + countObjects(walk, selection.selectionSet, returned.name, here, page, visiting);
  }
  return total;
}

/**
 * The most objects an operation's answer can hold: every object or list item counts one for each
 * copy of it the enclosing lists can return; scalars are free. A list holds at most its `first`
 * (the default page size when left out), the edges of a page as many as the page, and a list
 * without `first` counts as the documented page size.
 */
export function queryCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Variables = {},
): number {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION)
      fragments.set(definition.name.value, definition);
  }
  const root = schema.getRootType(operation.operation);
  if (!root) return 0;
  return countObjects(
    { schema, fragments, variables },
    operation.selectionSet,
    root.name,
    1,
    undefined,
    new Set(),
  );
}
