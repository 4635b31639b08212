import iconv from 'iconv-lite';
import { parse } from 'csv-parse/sync';

/**
 * Reading the Department for Education's "Get Information about Schools"
 * (GIAS) establishment CSV as the council downloads it: Windows-1252, not
 * UTF-8 ("St Joseph’s" has a curly apostrophe as byte 0x92), about 130
 * columns, read by their header names.
 */

/** Columns that only a GIAS establishment extract has together: how `npm run import` tells one from other CSV. */
export const giasSignatureColumns = ['URN', 'EstablishmentName', 'EstablishmentStatus (name)', 'TypeOfEstablishment (name)', 'LA (code)'] as const;

/**
 * The file's text. GIAS writes Windows-1252; a file someone opened and saved
 * again in a spreadsheet may be UTF-8 (often with a byte-order mark), so valid
 * UTF-8 is read as UTF-8 and anything else as Windows-1252.
 */
export function decodeGiasFile(bytes: Uint8Array): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return new TextDecoder('utf-8').decode(bytes.subarray(3));
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return iconv.decode(Buffer.from(bytes), 'windows-1252');
  }
}

/** The header row's column names, or [] when the text has none. */
export function headerRow(text: string): string[] {
  const [header] = parse(text, { to_line: 1, relax_column_count: true, bom: true }) as string[][];
  return (header ?? []).map((name) => name.trim());
}

/** True when a CSV header row is a GIAS establishment extract's. */
export function isGiasHeader(header: readonly string[]): boolean {
  return giasSignatureColumns.every((column) => header.includes(column));
}

/** One establishment: its cells by column name, and its line in the file (for messages when the URN itself is bad). */
export interface GiasRow {
  line: number;
  cells: Record<string, string>;
}

/** Every data row, by column name, trimmed. Throws with the line number when the CSV itself is broken (an unclosed quote). */
export function giasRows(text: string): GiasRow[] {
  const records = parse(text, { columns: (h: string[]) => h.map((c) => c.trim()), skip_empty_lines: true, bom: true, trim: true, info: true }) as {
    record: Record<string, string>;
    info: { lines: number };
  }[];
  return records.map(({ record, info }) => ({ line: info.lines, cells: record }));
}
