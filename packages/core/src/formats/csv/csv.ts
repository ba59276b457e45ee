/*
 * RFC 4180 CSV, written here because core may not depend on a CSV library. The reader is
 * forgiving the way spreadsheets need: BOM, CRLF/LF/CR, quoted fields with embedded newlines
 * and doubled quotes, and a stray quote inside an unquoted field kept as text.
 */

/** A CSV problem the reader recovered from. */
export interface CsvProblem {
  /** 1-based physical line where the problem starts. */
  readonly line: number;
  readonly message: string;
}

/** Rows of fields, plus problems the reader recovered from. */
export interface ParsedCsv {
  readonly rows: string[][];
  /** 1-based physical line each row starts on (differs from the row number when fields hold newlines). */
  readonly lines: number[];
  readonly problems: CsvProblem[];
}

const QUOTE = 34;
const COMMA = 44;
const LF = 10;
const CR = 13;

/**
 * Parses CSV text into rows of string fields. Never throws: an unterminated quoted field
 * runs to the end of the text and is reported in `problems`. Blank lines are skipped.
 */
export function parseCsv(text: string, delimiter = ','): ParsedCsv {
  const src = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const delim = delimiter.charCodeAt(0) || COMMA;
  const rows: string[][] = [];
  const lines: number[] = [];
  const problems: CsvProblem[] = [];
  let row: string[] = [];
  let field = '';
  let line = 1;
  let rowLine = 1;
  let i = 0;
  const n = src.length;
  const endRow = (): void => {
    row.push(field);
    field = '';
    // A line with nothing on it is a blank line, not a row with one empty field.
    if (!(row.length === 1 && row[0] === '')) {
      rows.push(row);
      lines.push(rowLine);
    }
    row = [];
  };
  while (i < n) {
    const c = src.charCodeAt(i);
    if (c === QUOTE && field === '') {
      const start = line;
      i++;
      let closed = false;
      let chunkStart = i;
      while (i < n) {
        const q = src.charCodeAt(i);
        if (q === QUOTE) {
          field += src.slice(chunkStart, i);
          if (src.charCodeAt(i + 1) === QUOTE) {
            field += '"';
            i += 2;
            chunkStart = i;
            continue;
          }
          i++;
          closed = true;
          break;
        }
        if (q === LF || (q === CR && src.charCodeAt(i + 1) !== LF)) line++;
        i++;
      }
      if (!closed) {
        field += src.slice(chunkStart, i);
        problems.push({
          line: start,
          message: 'a quoted field is never closed; it runs to the end of the file',
        });
      }
      // Text after a closing quote ("a"b) is kept, as spreadsheets do.
      while (i < n) {
        const t = src.charCodeAt(i);
        if (t === delim || t === LF || t === CR) break;
        field += src[i];
        i++;
      }
      continue;
    }
    if (c === delim) {
      row.push(field);
      field = '';
      i++;
      continue;
    }
    if (c === LF || c === CR) {
      endRow();
      i += c === CR && src.charCodeAt(i + 1) === LF ? 2 : 1;
      line++;
      rowLine = line;
      continue;
    }
    let j = i + 1;
    while (j < n) {
      const t = src.charCodeAt(j);
      if (t === delim || t === LF || t === CR) break;
      j++;
    }
    field += src.slice(i, j);
    i = j;
  }
  if (field !== '' || row.length > 0) endRow();
  return { rows, lines, problems };
}

/** A CSV table read with its header row: each record keyed by column name. */
export interface CsvTable {
  /** Column names as written, trimmed. */
  readonly header: string[];
  readonly records: Record<string, string>[];
  /** 1-based row number of each record, counting the header as row 1. */
  readonly rowNumbers: number[];
  readonly problems: CsvProblem[];
}

/**
 * Reads CSV text whose first row names the columns. Short rows get empty strings for the
 * missing columns; extra fields are dropped and reported.
 */
export function parseCsvTable(text: string): CsvTable {
  const parsed = parseCsv(text);
  const [headerRow = [], ...body] = parsed.rows;
  const header = headerRow.map((name) => name.trim());
  const problems = [...parsed.problems];
  const records: Record<string, string>[] = [];
  const rowNumbers: number[] = [];
  body.forEach((row, k) => {
    const record: Record<string, string> = {};
    header.forEach((name, col) => {
      record[name] = row[col] ?? '';
    });
    if (row.length > header.length && row.slice(header.length).some((value) => value.trim() !== '')) {
      problems.push({
        line: parsed.lines[k + 1] ?? 0,
        message: `row ${k + 2} has ${row.length} fields but the header has ${header.length}; the extra ones are ignored`,
      });
    }
    records.push(record);
    rowNumbers.push(k + 2);
  });
  return { header, records, rowNumbers, problems };
}

/** Quotes one field when RFC 4180 requires it (comma, quote, CR or LF) or it has edge spaces. */
export function csvField(value: string): string {
  return /[",\r\n]|^\s|\s$/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** Writes rows as RFC 4180 CSV with CRLF line ends and a final CRLF. */
export function writeCsv(rows: readonly (readonly string[])[]): string {
  return rows.map((row) => `${row.map(csvField).join(',')}\r\n`).join('');
}

/**
 * Decodes file bytes for the CSV reader: UTF-8 (BOM or not) when valid, else Windows-1252,
 * which is how spreadsheet exports of federal data such as the SAMHSA directories arrive.
 */
export function decodeCsvBytes(bytes: Uint8Array): { text: string; encoding: 'utf-8' | 'windows-1252' } {
  try {
    return {
      text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes),
      encoding: 'utf-8',
    };
  } catch {
    return { text: new TextDecoder('windows-1252').decode(bytes), encoding: 'windows-1252' };
  }
}
