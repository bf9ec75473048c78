import { type ClassType, Field, Int, ObjectType } from 'type-graphql';
import { badInput } from '../errors/domain-error.js';

/** Relay page information. */
@ObjectType({ simpleResolvers: true })
export class PageInfo {
  @Field(() => Boolean)
  hasNextPage!: boolean;

  @Field(() => Boolean)
  hasPreviousPage!: boolean;

  @Field(() => String, { nullable: true })
  startCursor?: string | null;

  @Field(() => String, { nullable: true })
  endCursor?: string | null;
}

/**
 * Cursors are opaque to clients; inside they hold the position in the ordered
 * result, so any sort order (relevance included) pages consistently.
 */
export const cursor = {
  encode: (offset: number) => Buffer.from(`o:${offset}`).toString('base64url'),
  decode: (value: string | null | undefined, field = 'after'): number => {
    if (!value) return 0;
    const match = /^o:(\d{1,9})$/.exec(Buffer.from(value, 'base64url').toString());
    if (!match) throw badInput(field, 'Invalid cursor', 'INVALID_CURSOR');
    return Number(match[1]) + 1;
  },
};

/** Builds edges and page info for a page of items fetched with one extra row. */
export function toPage<T>(rows: T[], first: number, offset: number) {
  const items = rows.slice(0, first);
  const edges = items.map((node, i) => ({ node, cursor: cursor.encode(offset + i) }));
  return {
    edges,
    pageInfo: {
      hasNextPage: rows.length > first,
      hasPreviousPage: offset > 0,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
}

@ObjectType({ simpleResolvers: true, description: 'A value of a facet and how many results have it.' })
export class FacetCount {
  @Field(() => String, { description: 'Enum value or reference id.' })
  value!: string;

  @Field(() => Int)
  count!: number;
}

/** The edge of a Relay connection over `Node`; subclass it with the edge's GraphQL name. */
export function Edge<TNode extends object>(Node: ClassType<TNode>) {
  @ObjectType()
  abstract class EdgeType {
    @Field(() => Node)
    node!: TNode;

    @Field(() => String)
    cursor!: string;
  }
  return EdgeType;
}

/** A Relay connection of `EdgeOf` edges with the total; subclass it with the connection's GraphQL name. */
export function Connection<TEdge extends object>(EdgeOf: ClassType<TEdge>) {
  @ObjectType()
  abstract class ConnectionType {
    @Field(() => [EdgeOf])
    edges!: TEdge[];

    @Field(() => PageInfo)
    pageInfo!: PageInfo;

    @Field(() => Int)
    totalCount!: number;
  }
  return ConnectionType;
}
