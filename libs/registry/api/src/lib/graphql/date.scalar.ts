import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';
import { calendarDate } from '@xiangzhi/registry/util';

function parseDate(value: unknown): string {
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) {
    const iso = calendarDate(value.replace(/-/g, ''));
    if (iso) return iso;
  }
  throw new GraphQLError('A Date is a calendar date YYYY-MM-DD', { extensions: { code: 'VALIDATION_FAILED' } });
}

/** `Date`: a calendar date without time or zone, ISO 8601 `YYYY-MM-DD` (birth dates, residence and admission dates). */
export const GraphQLDate = new GraphQLScalarType<string, string>({
  name: 'Date',
  description: 'A calendar date, ISO 8601 (YYYY-MM-DD).',
  serialize: (value) => {
    if (value instanceof Date) return value.toISOString().slice(0, 10);
    return parseDate(value);
  },
  parseValue: parseDate,
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.STRING) {
      throw new GraphQLError('A Date is a string YYYY-MM-DD', { extensions: { code: 'VALIDATION_FAILED' } });
    }
    return parseDate(ast.value);
  },
});
