/**
 * A list-size-aware cost estimate of an operation, in the spirit of demand control (`@cost`,
 * `@listSize` with `slicingArguments: ["first"]` and `sizedFields: ["edges"]`), read straight from
 * the schema: every object, interface or union a field returns costs 1 (scalars and enums 0), a
 * list multiplies the cost of what it holds by its size, and sizes multiply through nesting. A
 * list's size is its `first` argument (a literal, a variable, or the schema's default); a
 * connection's `first` sizes its `edges`; a list without `first` is assumed to hold
 * `assumedListSize` items. Fragments on different types are all counted (an upper bound), so no
 * arrangement of fragments makes an operation look cheaper than it can be.
 */
import {
  getNamedType,
  getNullableType,
  isCompositeType,
  isListType,
  isObjectType,
  isInterfaceType,
  Kind,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import { getArgumentValues } from 'graphql/execution/values.js';

export interface CostEstimateOptions {
  /** Items assumed in a list that has no `first` argument (facets, reasons, cities). */
  assumedListSize: number;
  /** Cost of each top-level mutation field on top of what it selects: a write costs more than a read. */
  mutationWeight: number;
}

export const DEFAULT_COST_ESTIMATE_OPTIONS: CostEstimateOptions = { assumedListSize: 10, mutationWeight: 10 };

/** The argument that slices a list or connection. */
const SLICING_ARGUMENT = 'first';
/** The fields of a connection whose size is the connection's slicing argument. */
const SIZED_FIELDS = new Set(['edges', 'nodes']);

export function estimateCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Readonly<Record<string, unknown>>,
  options: CostEstimateOptions = DEFAULT_COST_ESTIMATE_OPTIONS,
): number {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  // A fragment's cost depends only on the size its `edges` inherit; remembering it keeps fragments
  // that spread each other twice over from costing exponential time to estimate.
  const fragmentCosts = new Map<string, number>();
  const expanding = new Set<string>();

  const sliceOf = (field: GraphQLField<unknown, unknown>, node: FieldNode): number | undefined => {
    if (!field.args.some((argument) => argument.name === SLICING_ARGUMENT)) return undefined;
    try {
      const value = getArgumentValues(field, node, variables as Record<string, unknown>)[SLICING_ARGUMENT];
      return typeof value === 'number' && value >= 0 ? value : undefined;
    } catch {
      return undefined; // an ill-typed argument is the subgraph's to refuse; cost it as unsliced
    }
  };

  const selectionCost = (selectionSet: SelectionSetNode, parentType: GraphQLCompositeType, inheritedSize: number | undefined): number => {
    let total = 0;
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) {
        total += fieldCost(selection, parentType, inheritedSize);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const type = selection.typeCondition ? schema.getType(selection.typeCondition.name.value) : parentType;
        if (type && isCompositeType(type)) total += selectionCost(selection.selectionSet, type, inheritedSize);
      } else {
        total += fragmentCost(selection.name.value, inheritedSize);
      }
    }
    return total;
  };

  const fragmentCost = (name: string, inheritedSize: number | undefined): number => {
    const memoKey = `${name}:${inheritedSize ?? ''}`;
    const known = fragmentCosts.get(memoKey);
    if (known !== undefined) return known;
    const fragment = fragments.get(name);
    // A cycle or an unknown fragment fails validation anyway; it adds nothing here.
    if (!fragment || expanding.has(name)) return 0;
    const type = schema.getType(fragment.typeCondition.name.value);
    if (!type || !isCompositeType(type)) return 0;
    expanding.add(name);
    const cost = selectionCost(fragment.selectionSet, type, inheritedSize);
    expanding.delete(name);
    fragmentCosts.set(memoKey, cost);
    return cost;
  };

  const fieldCost = (node: FieldNode, parentType: GraphQLCompositeType, inheritedSize: number | undefined): number => {
    if (!isObjectType(parentType) && !isInterfaceType(parentType)) return 0; // a union selects only __typename directly
    const field = parentType.getFields()[node.name.value];
    if (!field) return 0; // __typename and introspection fields
    const returned = getNamedType(field.type);
    const slice = sliceOf(field, node);
    const isList = isListType(getNullableType(field.type));
    const size = isList ? (slice ?? (SIZED_FIELDS.has(node.name.value) ? inheritedSize : undefined) ?? options.assumedListSize) : 1;
    const own = isCompositeType(returned) ? 1 : 0;
    // A connection (not itself a list) passes its slice on to its `edges`.
    const children = node.selectionSet && isCompositeType(returned) ? selectionCost(node.selectionSet, returned, isList ? undefined : slice) : 0;
    return size * (own + children);
  };

  const rootType = schema.getRootType(operation.operation);
  if (!rootType) return 0;
  if (operation.operation !== 'mutation') return selectionCost(operation.selectionSet, rootType, undefined);
  return operation.selectionSet.selections.reduce(
    (total, selection) => total + (selection.kind === Kind.FIELD ? options.mutationWeight : 0) + selectionCost({ kind: Kind.SELECTION_SET, selections: [selection] }, rootType, undefined),
    0,
  );
}
