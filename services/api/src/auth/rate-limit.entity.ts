import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';

export const RATE_LIMIT_TABLE = 'rate_limit';

/**
 * A throttling counter of `rate-limiter-flexible`'s PostgreSQL store, mapped
 * only so the migration that creates its table agrees with the entities. The
 * library reads and writes it; the app never does. Columns as the library
 * expects them: `expire` is a Unix time in milliseconds.
 */
@Entity({ tableName: RATE_LIMIT_TABLE })
@Index({ name: 'rate_limit_expire_index', properties: ['expire'] })
export class RateLimitCounter {
  @PrimaryKey({ type: 'string', length: 255 })
  key!: string;

  @Property({ type: 'integer', default: 0 })
  points!: number;

  @Property({ type: 'bigint', nullable: true })
  expire?: string | null;
}
