import ExcelJS from 'exceljs';
import { PassThrough, Readable, Writable } from 'node:stream';
import { importHeaderMatches, IMPORT_COLUMNS } from '@xiangzhi/registry/util';
import { RegistryErrors } from '../registry.errors';

/** Text of a cell as exceljs reads it (rich text, formulas, hyperlinks, dates, numbers). */
export function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return value ? '是' : '否';
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    const v = value as { richText?: Array<{ text?: string }>; text?: unknown; result?: unknown; error?: unknown };
    if (Array.isArray(v.richText))
      return v.richText
        .map((r) => r.text ?? '')
        .join('')
        .trim();
    if ('result' in v) return cellText(v.result);
    if ('text' in v) return cellText(v.text);
  }
  return '';
}

/** Whether a numeric cell held a number too long for a double (an ID number typed as a number loses digits). */
export function isLossyNumber(value: unknown): boolean {
  return typeof value === 'number' && Math.abs(value) >= 1e15;
}

export interface SheetRow {
  /** 1-based row number in the sheet. */
  number: number;
  /** Raw cell values, index 0 = column A. */
  values: unknown[];
}

/**
 * Streams the rows of the first worksheet of an .xlsx held in memory. The header row is checked against the
 * import layout; `onRow` gets every following non-empty row. Refuses with IMPORT_NOT_EXCEL (not a readable
 * workbook), IMPORT_COLUMNS_MISMATCH, IMPORT_TOO_MANY_ROWS.
 */
export async function readImportSheet(
  data: Buffer,
  onRow: (row: SheetRow) => Promise<void> | void,
  options: { maxRows: number; headerOnly?: boolean },
): Promise<number> {
  const source = Readable.from([data]);
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(source, {
    worksheets: 'emit',
    sharedStrings: 'cache',
    styles: 'cache',
    hyperlinks: 'ignore',
    entries: 'ignore',
  });
  let sawSheet = false;
  let header: string[] | null = null;
  let count = 0;
  try {
    for await (const sheet of reader) {
      sawSheet = true;
      for await (const row of sheet) {
        const values = ((row.values as unknown[]) ?? []).slice(1);
        if (!header) {
          header = values.map(cellText);
          if (!importHeaderMatches(header)) throw RegistryErrors.importColumnsMismatch(IMPORT_COLUMNS, header);
          if (options.headerOnly) return 0;
          continue;
        }
        if (values.slice(0, IMPORT_COLUMNS.length).every((v) => cellText(v) === '')) continue;
        count++;
        if (count > options.maxRows) throw RegistryErrors.importTooManyRows(options.maxRows);
        await onRow({ number: row.number, values });
      }
      break; // the first worksheet only
    }
  } catch (err) {
    if ((err as { code?: string }).code?.startsWith('IMPORT_')) throw err;
    // leaving the reader early (header-only check) can make the zip stream fail as it is torn down: the header was
    // already read and accepted, so that failure says nothing about the file
    if (options.headerOnly && header && importHeaderMatches(header)) return 0;
    throw RegistryErrors.importNotExcel();
  } finally {
    source.destroy();
  }
  if (!sawSheet) throw RegistryErrors.importNotExcel();
  if (!header) throw RegistryErrors.importColumnsMismatch(IMPORT_COLUMNS, []);
  return count;
}

/** Header style shared by the generated workbooks. */
function styleHeader(row: ExcelJS.Row): void {
  row.font = { bold: true };
  row.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8F0FE' } };
}

export interface SheetSpec {
  name: string;
  headers: readonly string[];
  widths?: readonly number[];
  rows: Iterable<Array<string | number | null>> | AsyncIterable<Array<string | number | null>>;
}

/** Writes sheets with the streaming writer into `output` (a file response or a buffer collector). */
export async function writeWorkbook(output: Writable, sheets: SheetSpec[]): Promise<void> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: output, useSharedStrings: false, useStyles: true });
  for (const spec of sheets) {
    const sheet = workbook.addWorksheet(spec.name, { views: [{ state: 'frozen', ySplit: 1 }] });
    sheet.columns = spec.headers.map((h, i) => ({ header: h, key: String(i), width: spec.widths?.[i] ?? 14 }));
    // text format for every column: ID numbers and codes must never become numbers
    sheet.columns.forEach((c) => (c.numFmt = '@'));
    styleHeader(sheet.getRow(1));
    sheet.getRow(1).commit();
    for await (const values of spec.rows) sheet.addRow(values.map((v) => (v === null ? '' : v))).commit();
    sheet.commit();
  }
  await workbook.commit();
}

/** The same, collected into a Buffer. */
export async function workbookBuffer(sheets: SheetSpec[]): Promise<Buffer> {
  const chunks: Buffer[] = [];
  const sink = new PassThrough();
  sink.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<void>((resolve, reject) => {
    sink.on('end', resolve);
    sink.on('error', reject);
  });
  await writeWorkbook(sink, sheets); // the writer ends the stream
  await done;
  return Buffer.concat(chunks);
}
