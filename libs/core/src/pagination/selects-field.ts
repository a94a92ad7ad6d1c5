import { GraphQLResolveInfo, Kind, SelectionSetNode } from 'graphql';

function selects(
  set: SelectionSetNode | undefined,
  name: string,
  info: GraphQLResolveInfo,
  seen: Set<string>,
): boolean {
  return (set?.selections ?? []).some((selection) => {
    switch (selection.kind) {
      case Kind.FIELD:
        return selection.name.value === name;
      case Kind.INLINE_FRAGMENT:
        return selects(selection.selectionSet, name, info, seen);
      case Kind.FRAGMENT_SPREAD: {
        const fragment = info.fragments[selection.name.value];
        if (!fragment || seen.has(fragment.name.value)) return false;
        seen.add(fragment.name.value);
        return selects(fragment.selectionSet, name, info, seen);
      }
    }
  });
}

/**
 * Whether the field being resolved selects `name` among its own fields (through fragments too),
 * e.g. a connection's `totalCount`, so a read can fetch it in the same statement. A field kept
 * out by `@skip`/`@include` may still count as selected: that only fetches a little more.
 */
export function selectsField(info: GraphQLResolveInfo, name: string): boolean {
  return info.fieldNodes.some((node) => selects(node.selectionSet, name, info, new Set()));
}
