import type { DataSource } from 'typeorm';
import { RequestContext } from '@xiangzhi/server/core';
import { ImportHousehold, ImportRow } from '../excel/import-rows';
import { Relation, Residency } from '../registry.enums';
import { HouseholdHistoryService } from './household-history.service';
import { HouseholdImportWriter } from './household-import.writer';
import { HouseholdStore } from './household-store';
import { IdNumberCipher } from './id-number-cipher';
import { checkMember, MemberDraft } from './member-rules';

/** A household for `loadHouseholds` (the first member with relation HEAD is the head). */
export interface HouseholdDraft {
  gridCode?: string | null;
  address: string;
  residency: Residency;
  residentSince?: string | null;
  participating: boolean;
  members: MemberDraft[];
}

/**
 * Bulk-loads households of one village without Nest (demo and synthetic data, `npm run data:synth`), through the
 * same writer as the Excel import: card numbers, encrypted ID numbers, history rows, one transaction. Members are
 * checked like any input (a bad ID number throws); ID numbers already registered are refused by the database.
 */
export async function loadHouseholds(
  dataSource: DataSource,
  cipher: IdNumberCipher,
  villageCode: string,
  drafts: HouseholdDraft[],
  ctx: RequestContext = RequestContext.system('bulk-load'),
): Promise<{ households: number; members: number }> {
  const store = new HouseholdStore(cipher);
  const writer = new HouseholdImportWriter(store, new HouseholdHistoryService(dataSource));
  const households: ImportHousehold[] = drafts.map((d, i) => {
    const rows = d.members.map((m, j): ImportRow => {
      const checked = checkMember(m);
      if (!checked.ok) throw new Error(`household ${i} member ${j}: ${JSON.stringify(checked.problem)}`);
      return {
        number: j,
        cells: [],
        errors: [],
        key: String(i),
        isHead: checked.member.relation === Relation.HEAD,
        member: checked.member,
        hash: null,
        gridCode: d.gridCode ?? null,
        address: d.address,
        residency: d.residency,
        residentSince: d.residentSince ?? null,
        participating: d.participating,
      };
    });
    const head = rows.find((r) => r.isHead);
    if (!head) throw new Error(`household ${i} has no head`);
    return {
      key: String(i),
      head,
      rows: [head, ...rows.filter((r) => r !== head)],
      gridCode: d.gridCode ?? null,
      address: d.address,
      residency: d.residency,
      residentSince: d.residentSince ?? null,
      participating: d.participating,
    };
  });
  const members = await dataSource.transaction((em) =>
    writer.insert(em, ctx, villageCode, households, async () => undefined),
  );
  return { households: households.length, members };
}
