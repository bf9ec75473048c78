import type { Config } from '../config/config.js';

/** Where a command reads or writes, for its output; a password in the URL is masked. */
export function describeDatabase(database: Config['database']): string {
  if (database.kind === 'pglite') return `embedded database in ${database.dataDir}`;
  const url = new URL(database.url);
  if (url.password) url.password = '***';
  return `PostgreSQL server ${url.toString()}`;
}

/** `2.4 MB`, `512 B`: sizes for people. */
export function formatBytes(bytes: number): string {
  const units = ['B', 'kB', 'MB', 'GB', 'TB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit++;
  }
  return unit === 0 ? `${bytes} B` : `${value.toFixed(1)} ${units[unit]}`;
}

/** One line per table with its row count, aligned, tables in the order given. */
export function formatTableCounts(tables: readonly { name: string; rows: number }[], indent = '    '): string {
  const width = Math.max(0, ...tables.map((t) => t.name.length));
  const digits = Math.max(0, ...tables.map((t) => t.rows.toLocaleString('en').length));
  return tables.map((t) => `${indent}${t.name.padEnd(width)}  ${t.rows.toLocaleString('en').padStart(digits)}`).join('\n');
}
