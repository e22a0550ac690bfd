import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In } from 'typeorm';
import {
  matchDoNotIssue,
  negativeGate,
  type ChecklistItemContent,
  type DoNotIssueItem,
  type GateDecision,
  type GateLists,
  type GateRefusalCode,
  type GateRequest,
} from '@xiangzhi/checklists/util';
import {
  AuditService,
  countyCodeOf,
  overlapsScope,
  PageArgs,
  RequestContext,
  scopePrefix,
} from '@xiangzhi/server/core';
import { requireChecklist } from '../checklist-access';
import { ChecklistListKind, ChecklistVersionStatus } from '../checklists.enums';
import { ChecklistVersionEntity } from '../entities/version.entity';
import { listTypesOf } from '../services/list-types';
import { textOrNull } from '../services/version-rules';
import type { CheckChecklistRequestInput, ChecklistDoNotIssueInput } from './case.input';
import { provinceOf } from './case-rules';
import { ChecklistRequestKind } from './cases.enums';
import { CaseErrors } from './cases.errors';
import { ChecklistDoNotIssueEntity, ChecklistGateRefusalEntity, NATIONAL_PROVINCE } from './gate.entity';
import type {
  ChecklistDoNotIssueEntryModel,
  ChecklistGateCheckModel,
  ChecklistGateMatchModel,
  ChecklistGateRefusalInfoModel,
  ChecklistGateRefusalPageModel,
} from './gate.model';

/** The village's lists in force as the gate reads them. */
export interface VillageGateLists extends Required<Pick<GateLists, 'negative' | 'assistedGovernment' | 'certificate'>> {
  doNotIssue: DoNotIssueItem[];
}

/** What a refusal records. */
export interface RefusalRecord {
  villageCode: string;
  kind: ChecklistRequestKind;
  text: string;
  department: string | null;
  itemCode: string | null;
  code: GateRefusalCode;
  matchedCode: string | null;
  matchedName: string | null;
  basis: string;
  alternative: string | null;
}

/** The refused decision's item and basis in the shape the API shows and records. */
export function refusalOf(
  decision: Extract<GateDecision, { allowed: false }>,
  request: {
    villageCode: string;
    kind: ChecklistRequestKind;
    text: string;
    department: string | null;
    itemCode: string | null;
  },
): RefusalRecord {
  return {
    ...request,
    code: decision.code,
    matchedCode: decision.doNotIssue?.code ?? decision.item?.code ?? null,
    matchedName: decision.doNotIssue?.name ?? decision.item?.name ?? null,
    basis: decision.basis,
    alternative: decision.doNotIssue?.alternative ?? null,
  };
}

/**
 * The negative-list gate (DOMAIN.md §4): certificate requests that name the do-not-issue list (national default
 * plus the province's own rows) or a NEGATIVE item of the village's list in force are refused, as are tasks a
 * department pushes down that are not on the village's ASSISTED_GOVERNMENT list. Each refusal shows the matched
 * item and its basis and is recorded in its own transaction (with its audit row), so that the refused mutation's
 * rollback cannot lose it.
 */
@Injectable()
export class ChecklistGateService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  /** The village's published NEGATIVE, ASSISTED_GOVERNMENT and CERTIFICATE items and the do-not-issue list. */
  async listsOf(em: EntityManager, villageCode: string): Promise<VillageGateLists> {
    const types = await listTypesOf(em, countyCodeOf(villageCode));
    const versions = await em.find(ChecklistVersionEntity, {
      where: { regionCode: villageCode, status: ChecklistVersionStatus.PUBLISHED },
    });
    const itemsOf = (pick: (code: string, kind: string) => boolean): ChecklistItemContent[] =>
      versions.filter((v) => types.some((t) => t.code === v.listType && pick(t.code, t.kind))).flatMap((v) => v.items);
    return {
      negative: itemsOf((_, kind) => kind === ChecklistListKind.NEGATIVE),
      certificate: itemsOf((_, kind) => kind === ChecklistListKind.CERTIFICATE),
      assistedGovernment: itemsOf((code) => code === 'ASSISTED_GOVERNMENT'),
      doNotIssue: await this.doNotIssueOf(em, provinceOf(villageCode)),
    };
  }

  /** The do-not-issue list in effect in a province: the national rows, overridden or extended by the province's. */
  async doNotIssueOf(em: EntityManager, provinceCode: string): Promise<DoNotIssueItem[]> {
    return (await this.effectiveRows(em, provinceCode))
      .filter((r) => r.enabled)
      .map((r) => ({
        code: r.code,
        name: r.name,
        keywords: r.keywords,
        ...(r.exceptions.length > 0 ? { exceptions: r.exceptions } : {}),
        basis: r.basis,
        alternative: r.alternative,
      }));
  }

  /** Checks a request (GraphQL `checkChecklistRequest`): the decision; a refusal is recorded first. */
  async check(ctx: RequestContext, input: CheckChecklistRequestInput): Promise<ChecklistGateCheckModel> {
    requireChecklist(ctx, 'CASE');
    const villageCode = input.villageCode;
    if (!ctx.inScope(villageCode)) throw CaseErrors.outOfScope();
    const text = input.text.trim();
    if (!text) throw CaseErrors.requestTextRequired();
    const em = this.dataSource.manager;
    const lists = await this.listsOf(em, villageCode);
    const request: GateRequest = {
      kind: input.kind,
      text,
      ...(input.itemCode ? { itemCode: input.itemCode } : {}),
      ...(textOrNull(input.department) ? { fromDepartment: textOrNull(input.department) as string } : {}),
    };
    const decision = negativeGate(request, lists);
    const matches = this.matches(text, lists);
    if (decision.allowed) {
      ctx.note({
        targetType: 'checklistRequest',
        targetId: villageCode,
        regionCode: villageCode,
        summary: { kind: input.kind, allowed: true, itemCode: decision.item.code },
      });
      return { allowed: true, itemCode: decision.item.code, itemName: decision.item.name, refusal: null, matches };
    }
    const refusal = await this.refuse(
      ctx,
      refusalOf(decision, {
        villageCode,
        kind: input.kind,
        text,
        department: textOrNull(input.department),
        itemCode: input.itemCode ?? null,
      }),
    );
    return { allowed: false, itemCode: null, itemName: null, refusal, matches };
  }

  /**
   * Records a refusal in its own transaction (never the caller's: the refused mutation rolls back) with its audit
   * row, and notes it in the caller's audit too.
   */
  async refuse(ctx: RequestContext, r: RefusalRecord): Promise<ChecklistGateRefusalInfoModel> {
    const actor = ctx.requireActor();
    const id = await this.dataSource.transaction(async (em) => {
      const row = await em.save(
        em.create(ChecklistGateRefusalEntity, {
          regionCode: r.villageCode,
          requestedBy: actor.userId,
          requestKind: r.kind,
          requestText: r.text.slice(0, 1000),
          department: r.department,
          itemCode: r.itemCode,
          refusalCode: r.code,
          matchedCode: r.matchedCode,
          matchedName: r.matchedName,
          policyBasis: r.basis.slice(0, 1000),
        }),
      );
      await this.audit.record(em, ctx, 'checklistGateRefusal', { villageCode: r.villageCode, kind: r.kind }, [
        {
          targetType: 'checklistGateRefusal',
          targetId: row.id,
          regionCode: r.villageCode,
          summary: { code: r.code, matchedCode: r.matchedCode, itemCode: r.itemCode },
        },
      ]);
      return row.id;
    });
    ctx.note({
      targetType: 'checklistGateRefusal',
      targetId: id,
      regionCode: r.villageCode,
      summary: { code: r.code, matchedCode: r.matchedCode },
    });
    return {
      code: r.code,
      itemCode: r.matchedCode,
      itemName: r.matchedName,
      basis: r.basis,
      alternative: r.alternative,
      refusalId: id,
    };
  }

  /** Refused requests of a region (a village, or a town / county for all its villages), newest first. */
  async refusals(ctx: RequestContext, regionCode: string, page: PageArgs): Promise<ChecklistGateRefusalPageModel> {
    requireChecklist(ctx, 'READ');
    if (!ctx.inScope(regionCode)) throw CaseErrors.outOfScope();
    const [items, total] = await this.dataSource.manager
      .createQueryBuilder(ChecklistGateRefusalEntity, 'r')
      .where('r.region_code LIKE :prefix', { prefix: `${scopePrefix(regionCode)}%` })
      .orderBy('r.requested_at', 'DESC')
      .addOrderBy('r.id', 'ASC')
      .offset(page.offset)
      .limit(page.first)
      .getManyAndCount();
    return { items, total };
  }

  /** The do-not-issue list in effect for a province (default: the caller's), with disabled overrides. */
  async doNotIssue(ctx: RequestContext, provinceCode?: string | null): Promise<ChecklistDoNotIssueEntryModel[]> {
    const actor = requireChecklist(ctx, 'READ');
    const province =
      provinceCode ?? (actor.regionCode === NATIONAL_PROVINCE ? NATIONAL_PROVINCE : provinceOf(actor.regionCode));
    this.requireProvinceCode(province);
    if (province !== NATIONAL_PROVINCE && !overlapsScope(ctx, province)) throw CaseErrors.outOfScope();
    return (await this.effectiveRows(this.dataSource.manager, province)).map(toEntry);
  }

  /** Adds or changes a province's entry (or, for the system administrator, the national default). */
  async upsertDoNotIssue(ctx: RequestContext, input: ChecklistDoNotIssueInput): Promise<ChecklistDoNotIssueEntryModel> {
    const actor = requireChecklist(ctx, 'PROVINCE');
    this.requireProvinceCode(input.provinceCode);
    if (!ctx.inScope(input.provinceCode)) throw CaseErrors.outOfScope();
    const name = input.name.trim();
    const basis = input.basis.trim();
    if (!name) throw CaseErrors.doNotIssueInvalid('name');
    if (!basis) throw CaseErrors.doNotIssueInvalid('basis');
    const clean = (words: string[]) => [...new Set(words.map((w) => w.trim()).filter((w) => w !== ''))];
    const em = ctx.em ?? this.dataSource.manager;
    await em.query(
      `INSERT INTO checklist_do_not_issue
         (province_code, code, name, keywords, exceptions, basis, alternative, enabled, display_order, updated_by, updated_at)
       VALUES ($1::varchar, $2::varchar, $3, $4::jsonb, $5::jsonb, $6, $7, $8,
               COALESCE((SELECT display_order FROM checklist_do_not_issue WHERE province_code = $9::varchar AND code = $2::varchar),
                        (SELECT COALESCE(MAX(display_order), 0) + 10 FROM checklist_do_not_issue
                          WHERE province_code IN ($1::varchar, $9::varchar))), $10, now())
       ON CONFLICT (province_code, code) DO UPDATE SET name = EXCLUDED.name, keywords = EXCLUDED.keywords,
         exceptions = EXCLUDED.exceptions, basis = EXCLUDED.basis, alternative = EXCLUDED.alternative,
         enabled = EXCLUDED.enabled, updated_by = EXCLUDED.updated_by, updated_at = now()`,
      [
        input.provinceCode,
        input.code,
        name,
        JSON.stringify(clean(input.keywords)),
        JSON.stringify(clean(input.exceptions)),
        basis,
        input.alternative.trim(),
        input.enabled,
        NATIONAL_PROVINCE,
        actor.userId,
      ],
    );
    const row = await em.findOneByOrFail(ChecklistDoNotIssueEntity, {
      provinceCode: input.provinceCode,
      code: input.code,
    });
    ctx.note({
      targetType: 'checklistDoNotIssue',
      targetId: row.id,
      regionCode: input.provinceCode,
      summary: { code: row.code, name: row.name, enabled: row.enabled },
    });
    return toEntry(row);
  }

  /** Entries of the do-not-issue list and NEGATIVE items the text mentions (what the gate saw). */
  private matches(text: string, lists: VillageGateLists): ChecklistGateMatchModel[] {
    const banned = matchDoNotIssue(text, lists.doNotIssue).map((d) => ({
      source: 'DO_NOT_ISSUE',
      code: d.code,
      name: d.name,
      basis: d.basis,
    }));
    const negative = lists.negative
      .filter((item) => {
        const d = negativeGate({ kind: 'TASK', text }, { negative: [item] });
        return !d.allowed && d.code === 'CHECKLIST_NEGATIVE_ITEM';
      })
      .map((i) => ({ source: 'NEGATIVE_ITEM', code: i.code, name: i.name, basis: i.basis?.trim() || i.policyBasis }));
    return [...banned, ...negative];
  }

  private requireProvinceCode(code: string): void {
    if (code !== NATIONAL_PROVINCE && code.slice(2) !== '0000000000') throw CaseErrors.provinceInvalid(code);
  }

  private async effectiveRows(em: EntityManager, provinceCode: string): Promise<ChecklistDoNotIssueEntity[]> {
    const rows = await em.find(ChecklistDoNotIssueEntity, {
      where: { provinceCode: In([...new Set([NATIONAL_PROVINCE, provinceCode])]) },
    });
    const byCode = new Map<string, ChecklistDoNotIssueEntity>();
    for (const r of rows.filter((r) => r.provinceCode === NATIONAL_PROVINCE)) byCode.set(r.code, r);
    for (const r of rows.filter((r) => r.provinceCode !== NATIONAL_PROVINCE)) byCode.set(r.code, r);
    return [...byCode.values()].sort((a, b) => a.displayOrder - b.displayOrder || a.code.localeCompare(b.code));
  }
}

function toEntry(r: ChecklistDoNotIssueEntity): ChecklistDoNotIssueEntryModel {
  return {
    code: r.code,
    name: r.name,
    keywords: r.keywords,
    exceptions: r.exceptions,
    basis: r.basis,
    alternative: r.alternative,
    enabled: r.enabled,
    provinceCode: r.provinceCode,
  };
}
