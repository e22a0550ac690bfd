import type { EntityManager } from 'typeorm';

/** A column of a bulk insert: its name and PostgreSQL type (the parameter is an array of that type). */
export type BulkColumn<T> = [column: string, pgType: string, value: (row: T) => unknown];

/**
 * `INSERT … SELECT * FROM unnest($1::type[], …)`: one statement and one parameter per column for a whole chunk,
 * far cheaper than multi-row VALUES for tens of thousands of rows.
 */
export async function bulkInsert<T>(
  em: EntityManager,
  table: string,
  columns: Array<BulkColumn<T>>,
  rows: T[],
  chunkSize = 5000,
  onChunk?: (inserted: number) => Promise<void>,
): Promise<void> {
  const names = columns.map(([c]) => `"${c}"`).join(', ');
  const casts = columns.map(([, type], i) => `$${i + 1}::${type}[]`).join(', ');
  const sql = `INSERT INTO "${table}" (${names}) SELECT * FROM unnest(${casts})`;
  for (let i = 0; i < rows.length; i += chunkSize) {
    const chunk = rows.slice(i, i + chunkSize);
    await em.query(
      sql,
      columns.map(([, , value]) => chunk.map((r) => value(r) ?? null)),
    );
    if (onChunk) await onChunk(Math.min(i + chunkSize, rows.length));
  }
}

/** Rows of an `UPDATE … RETURNING` (TypeORM answers `[rows, count]` for UPDATE and DELETE on PostgreSQL). */
export async function updateReturning<T>(em: EntityManager, sql: string, params: unknown[]): Promise<T[]> {
  const result = (await em.query(sql, params)) as unknown[];
  return (Array.isArray(result[0]) ? result[0] : result) as T[];
}
