/** A value of a CSV cell. */
export type CsvValue = string | number | boolean | null | undefined;

/**
 * One CSV field (RFC 4180): quoted when it holds the separator, a quote or a
 * line break, with quotes doubled. A text that a spreadsheet would run as a
 * formula (starting with `=`, `+`, `-`, `@`, a tab or a carriage return) gets a
 * leading apostrophe, so an organisation's name cannot smuggle one in.
 */
export function csvField(value: CsvValue, separator = ','): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  let text = value;
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return text.includes(separator) || /["\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** A CSV document: a header line, then one line per row, lines ended by CRLF as RFC 4180 asks. */
export function toCsv(header: readonly string[], rows: Iterable<readonly CsvValue[]>, separator = ','): string {
  const line = (cells: readonly CsvValue[]) => cells.map((cell) => csvField(cell, separator)).join(separator);
  const lines = [line(header)];
  for (const row of rows) lines.push(line(row));
  return `${lines.join('\r\n')}\r\n`;
}
