import { Max, Min } from 'class-validator';
import { ArgsType, type ClassType, Field, Int, ObjectType } from 'type-graphql';

@ObjectType({ description: 'Where a page ends, to ask for the next one.' })
export class PageInfo {
  @Field()
  hasNextPage!: boolean;

  @Field(() => String, { nullable: true, description: 'Pass as `after` to get the next page.' })
  endCursor!: string | null;
}

@ArgsType()
export class PageArgs {
  @Field(() => Int, { defaultValue: 20, description: 'Page size, 1 to 100.' })
  @Min(1, { message: 'first must be at least 1' })
  @Max(100, { message: 'first must be at most 100' })
  first = 20;

  @Field(() => String, { nullable: true, description: "The previous page's `pageInfo.endCursor`." })
  after?: string;
}

export interface Page<Item> {
  nodes: Item[];
  pageInfo: PageInfo;
  totalCount: number;
}

/** A keyset-paginated list of `Item` (stable under inserts, one query for the page and one for the count). */
export function Connection<Item extends object>(itemClass: ClassType<Item>) {
  @ObjectType()
  abstract class ConnectionClass implements Page<Item> {
    @Field(() => [itemClass])
    nodes!: Item[];

    @Field(() => PageInfo)
    pageInfo!: PageInfo;

    @Field(() => Int, { description: 'How many items match, across all pages.' })
    totalCount!: number;
  }
  return ConnectionClass;
}
