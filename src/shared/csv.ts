/** CSV for spreadsheets (RFC 4180), protected against formula injection. */

/**
 * Separator: `;`. The report goes to landlords who open it in Excel with French settings, whose
 * list separator is `;` (the comma is the decimal separator there); a `,` file opens as a single
 * column. Quoting otherwise follows RFC 4180 (CRLF line ends, fields holding the separator, a
 * quote or a line break are quoted, quotes doubled).
 */
export const CSV_SEPARATOR = ';';
/** RFC 4180 line end. */
export const CSV_LINE_END = '\r\n';
/** Byte-order mark, so that Excel reads the file as UTF-8 (accents of commune names). */
export const UTF8_BOM = '\uFEFF';

export type CsvCell = string | number | null | undefined;

/**
 * Characters that make a spreadsheet read a cell as a formula (CSV / formula injection, OWASP):
 * = + - @, and tab or carriage return.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * One CSV field. Text starting like a formula is neutralised by prefixing a single quote `'`;
 * then the field is quoted when it holds the separator, a double quote, CR or LF (quotes are
 * doubled). Numbers are written as they are (a negative number is data, not a formula);
 * null and undefined give an empty field.
 */
export function csvField(value: CsvCell, separator: string = CSV_SEPARATOR): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new RangeError(`not a finite number: ${value}`);
    return String(value);
  }
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  const mustQuote = text.includes(separator) || text.includes('"') || text.includes('\n') || text.includes('\r');
  return mustQuote ? `"${text.replace(/"/g, '""')}"` : text;
}

/** CSV text of rows of fields (RFC 4180, `;` by default, CRLF after every record). */
export function toCsv(rows: readonly (readonly CsvCell[])[], options: { separator?: string; bom?: boolean } = {}): string {
  const separator = options.separator ?? CSV_SEPARATOR;
  if (separator.length !== 1 || separator === '"' || separator === '\r' || separator === '\n') {
    throw new RangeError(`unusable CSV separator: ${JSON.stringify(separator)}`);
  }
  const body = rows.map((row) => row.map((cell) => csvField(cell, separator)).join(separator) + CSV_LINE_END).join('');
  return (options.bom ? UTF8_BOM : '') + body;
}
