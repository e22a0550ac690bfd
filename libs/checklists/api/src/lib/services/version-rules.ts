import { validateItem, type ChecklistItemContent, type ListTypeDefinition } from '@xiangzhi/checklists/util';
import { ChecklistErrors } from '../checklists.errors';

/**
 * Checks items against the rules of their list (`validateItem`, which runs `validateFlow` on each chart) and refuses
 * the first invalid one with its coded problem. `publishing`: the list goes on the wall, so it may not be empty and
 * handled items need their flow chart (照单办事、按图操作); drafts may be incomplete in those two ways only.
 */
/** Problems a draft may keep while it is edited (its flow chart); none may remain on submission or publication. */
const DRAFT_TOLERATED: ReadonlySet<string> = new Set([
  'CHECKLIST_ITEM_FLOW_INVALID',
  'CHECKLIST_ITEM_FLOW_EXCEEDS_TIME_LIMIT',
]);

export function checkItems(
  type: ListTypeDefinition,
  items: readonly ChecklistItemContent[],
  options: { publishing: boolean },
): void {
  if (options.publishing && items.length === 0) throw ChecklistErrors.empty();
  const seen = new Set<string>();
  for (const item of items) {
    if (seen.has(item.code)) throw ChecklistErrors.itemDuplicate(item.code);
    seen.add(item.code);
    // a draft may hold a chart that is still being drawn; it is checked whole when submitted or published
    const problems = validateItem(type, item, { requireFlow: options.publishing }).filter(
      (p) => options.publishing || !DRAFT_TOLERATED.has(p.code),
    );
    if (problems.length > 0) throw ChecklistErrors.itemInvalid(item.code, problems);
  }
}

/** A deep copy (items are stored as JSON, so nothing in them is lost). */
export const clone = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

/** Trimmed text, or null when blank. */
export const textOrNull = (value: string | null | undefined): string | null => value?.trim() || null;
