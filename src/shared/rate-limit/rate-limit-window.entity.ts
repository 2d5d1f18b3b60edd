import { Entity, PrimaryKey, PrimaryKeyProp, Property } from '@mikro-orm/core';

/** Hits per key (e.g. an action and a client address) per fixed time window; shared by every instance. */
@Entity({ tableName: 'rate_limit_window' })
export class RateLimitWindow {
  [PrimaryKeyProp]?: ['key', 'windowStart'];

  @PrimaryKey({ type: 'string', length: 200 })
  key!: string;

  @PrimaryKey({ type: 'datetime' })
  windowStart!: Date;

  @Property({ type: 'integer' })
  hits!: number;
}
