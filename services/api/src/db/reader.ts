import { createHash } from 'node:crypto';
import { CompiledQuery } from 'kysely';
import type { Pool } from 'pg';
import { DomainError, ErrorCode } from '../errors/domain-error.js';
import { type EntityManager, requestStatements, statementCounter } from './orm.js';
import type { Sql } from './sql.js';

/**
 * Runs the read models' statements: plain rows, bind parameters sent apart
 * from the text (the ORM's `execute` formats values into the SQL string and
 * hydrates nothing here anyway), counted like every other statement.
 *
 * On a PostgreSQL server the statements are prepared once per connection
 * (named after their text): read models send the same few shapes over and
 * over, and PostgreSQL then skips parsing and planning them each time.
 */
export class SqlReader {
  private pool: Promise<Pool | undefined> | undefined;
  private readonly names = new Map<string, string>();

  /**
   * Any EntityManager of the ORM will do: only its connection pool (or its
   * open transaction) is used, never its identity map. `prepared` (on a PostgreSQL server) prepares
   * statements by name.
   */
  constructor(
    private readonly em: Pick<EntityManager, 'getConnection'> & Partial<Pick<EntityManager, 'getTransactionContext'>>,
    private readonly options: { prepared?: boolean } = {},
  ) {}

  /**
   * The rows of one statement. A request past its time budget (`deadline`,
   * epoch milliseconds) gets a typed error instead of more work.
   */
  async rows<T>(query: Sql, deadline?: number): Promise<T[]> {
    if (deadline !== undefined && Date.now() > deadline) throw requestTimeout();
    const { text, values } = query.compile();
    statementCounter.count++;
    const request = requestStatements.getStore();
    if (request) request.count++;
    if (process.env.SQL_DEBUG) console.log(text, values);
    try {
      const pool = this.options.prepared ? await this.postgresPool() : undefined;
      if (pool) return (await pool.query({ name: this.nameOf(text), text, values })).rows as T[];
      // Inside a transaction (a service checking a read rule before it writes), on the transaction's connection.
      const client = this.em.getTransactionContext?.() ?? this.em.getConnection().getClient();
      const result = await client.executeQuery(CompiledQuery.raw(text, values));
      return result.rows as T[];
    } catch (error) {
      // 57014: the statement ran past statement_timeout and was cancelled.
      if ((error as { code?: string }).code === '57014') throw requestTimeout();
      throw error;
    }
  }

  /** The server's `pg` pool, shared with the ORM. */
  private postgresPool(): Promise<Pool | undefined> {
    this.pool ??= this.em.getConnection().getNativeClient() as Promise<Pool>;
    return this.pool;
  }

  /** A statement's name: the same text, the same name, on every connection. Unnamed (not kept) beyond a bound. */
  private nameOf(text: string): string | undefined {
    let name = this.names.get(text);
    if (!name && this.names.size < MAX_PREPARED) {
      name = `r${createHash('sha1').update(text).digest('hex').slice(0, 20)}`;
      this.names.set(text, name);
    }
    return name;
  }
}

/** Read models send a bounded set of statement texts; this bound only guards against a code path that would not. */
const MAX_PREPARED = 2000;

export const requestTimeout = () =>
  new DomainError(ErrorCode.TIMEOUT, 'The request took too long and was stopped', { reason: 'REQUEST_TIMEOUT' });

/**
 * PostgreSQL's text form of `timestamptz` (`2026-11-21 04:34:50.123456+00`)
 * as a Date. The ORM's type parsers keep timestamps as text on both engines.
 */
export function timestamp(value: string | Date): Date;
export function timestamp(value: string | Date | null | undefined): Date | null;
export function timestamp(value: string | Date | null | undefined): Date | null {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return value;
  const iso = value.replace(' ', 'T');
  return new Date(/[+-]\d\d$/.test(iso) ? `${iso}:00` : iso);
}
