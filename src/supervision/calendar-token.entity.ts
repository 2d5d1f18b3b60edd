import { Entity, Property } from '@mikro-orm/core';
import { BaseEntity } from '../shared/database/base.entity';

/**
 * A staff member's secret calendar address. Only the SHA-256 of the token is stored: the token is shown
 * once, when issued; issuing a new one replaces the old one (the old address stops working).
 */
@Entity({ tableName: 'calendar_token' })
export class CalendarToken extends BaseEntity {
  @Property({ type: 'uuid', unique: true })
  staffAccountId!: string;

  @Property({ type: 'string', length: 64, unique: true })
  tokenHash!: string;
}
