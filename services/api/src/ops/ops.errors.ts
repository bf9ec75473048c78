/**
 * Why a backup or a restore stopped. Stable names, so scripts and tests can
 * branch on them; the message says the same for people.
 */
export const OpsErrorCode = {
  /** The database has no Verbund schema (no migration was ever applied). */
  NO_SCHEMA: 'NO_SCHEMA',
  /** The output file exists already; a backup never overwrites one. */
  OUTPUT_EXISTS: 'OUTPUT_EXISTS',
  /** Rows cannot be put in an order the foreign keys accept (tables or rows that reference each other in a cycle, or a table without a primary key). */
  UNORDERABLE: 'UNORDERABLE',
  /** A document listed in the database is missing from the document folder or differs from its recorded size or checksum. */
  DOCUMENT_MISMATCH: 'DOCUMENT_MISMATCH',
  /** The file is not a Verbund backup, or it is damaged or truncated. */
  ARCHIVE_INVALID: 'ARCHIVE_INVALID',
  /** The archive was written by a newer format version than this code reads. */
  ARCHIVE_UNSUPPORTED: 'ARCHIVE_UNSUPPORTED',
  /** The archive's schema contains migrations this code does not have. */
  UNKNOWN_MIGRATIONS: 'UNKNOWN_MIGRATIONS',
  /** The target database already holds rows, or has migrations the backup predates. */
  DATABASE_NOT_EMPTY: 'DATABASE_NOT_EMPTY',
  /** The target document folder already holds documents. */
  DOCUMENTS_NOT_EMPTY: 'DOCUMENTS_NOT_EMPTY',
  /** After the archive's migrations, the target's tables or columns differ from the archive's. */
  SCHEMA_MISMATCH: 'SCHEMA_MISMATCH',
  /** Restored row counts or document checksums differ from what the archive recorded. */
  VERIFICATION_FAILED: 'VERIFICATION_FAILED',
  /** The database refused the restore's statements (a row breaks a constraint, the connection dropped); it was rolled back. */
  LOAD_FAILED: 'LOAD_FAILED',
} as const;
export type OpsErrorCode = (typeof OpsErrorCode)[keyof typeof OpsErrorCode];

/** An expected failure of `backup` or `restore`; the message is meant for the operator and names what to do. */
export class OpsError extends Error {
  constructor(
    readonly code: OpsErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'OpsError';
  }
}
