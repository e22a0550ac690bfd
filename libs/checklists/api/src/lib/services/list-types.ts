import { In, type EntityManager } from 'typeorm';
import { sortListTypes, type ListTypeDefinition, type ListTypeKind } from '@xiangzhi/checklists/util';
import { ChecklistErrors } from '../checklists.errors';
import { ALL_COUNTIES, ChecklistListTypeEntity } from '../entities/list-type.entity';

/**
 * The list types enabled for a county, in display order: the rows for every county, overridden (or switched off)
 * by the county's own rows of the same code, plus the county's extra lists.
 */
export async function listTypesOf(
  em: EntityManager,
  countyCode: string,
  options: { includeDisabled?: boolean } = {},
): Promise<Array<ListTypeDefinition & { enabled: boolean }>> {
  const rows = await em.find(ChecklistListTypeEntity, {
    where: { countyCode: In([...new Set([ALL_COUNTIES, countyCode])]) },
  });
  const byCode = new Map<string, ChecklistListTypeEntity>();
  for (const r of rows.filter((r) => r.countyCode === ALL_COUNTIES)) byCode.set(r.code, r);
  for (const r of rows.filter((r) => r.countyCode !== ALL_COUNTIES)) byCode.set(r.code, r);
  return sortListTypes(
    [...byCode.values()]
      .filter((r) => r.enabled || options.includeDisabled)
      .map((r) => ({
        enabled: r.enabled,
        code: r.code,
        nameZh: r.nameZh,
        nameEn: r.nameEn,
        order: r.displayOrder,
        kind: r.kind as ListTypeKind,
      })),
  );
}

/** The enabled list type with this code for the county, or CHECKLIST_LIST_TYPE_UNKNOWN. */
export async function requireListType(
  em: EntityManager,
  countyCode: string,
  code: string,
): Promise<ListTypeDefinition> {
  const found = (await listTypesOf(em, countyCode)).find((t) => t.code === code);
  if (!found) throw ChecklistErrors.listTypeUnknown(code);
  return found;
}
