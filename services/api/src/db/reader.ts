import { CompiledQuery } from 'kysely';
import { DomainError, ErrorCode } from '../errors/domain-error.js';
import { type EntityManager, requestStatements, statementCounter } from './orm.js';
import type { Sql } from './sql.js';

/**
 * Runs the read models' statements: plain rows, bind parameters sent apart
 * from the text (the ORM's `execute` formats values into the SQL string and
 * hydrates nothing here anyway), counted like every other statement.
 */
export class SqlReader {
  /** Any EntityManager of the ORM will do: only its connection pool is used, never its identity map. */
  constructor(private readonly em: Pick<EntityManager, 'getConnection'>) {}

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
      const result = await this.em.getConnection().getClient().executeQuery(CompiledQuery.raw(text, values));
      return result.rows as T[];
    } catch (error) {
      // 57014: the statement ran past statement_timeout and was cancelled.
      if ((error as { code?: string }).code === '57014') throw requestTimeout();
      throw error;
    }
  }
}

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
