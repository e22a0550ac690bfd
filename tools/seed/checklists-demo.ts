/**
 * Checklist demo data (清单制, seed 002) of 图克镇 and its 10 嘎查村, all through the real services with the audit
 * written as the GraphQL mutations write it: the town drafts its four templates (checklists-demo.data.ts), fills them
 * and publishes them; eight 嘎查村 adopt them (all or most items, a few adapted to the village), submit with reason and
 * legal basis and are approved by the town; 木肯淖尔嘎查 waits for approval, 图克社区 has drafts; one village has a
 * second version of its certificate list (the first superseded), one a rejected change. Then cases, refusals,
 * certificates, an inspection and complaints (checklists-demo.cases.ts).
 * The village adaptations, offices and step time limits are EXAMPLES.
 */
import type { INestApplicationContext } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import { ChecklistDraftSource, ChecklistVersionsService } from '@xiangzhi/checklists/api';
import type { ChecklistItemContent } from '@xiangzhi/checklists/util';
import { AuditService, RequestContext, Role } from '@xiangzhi/server/core';
import { DEMO_TOWNS, villageCode, type DemoTown } from './demo-towns';
import { seedChecklistCases, seedChecklistOversight, userCtx } from './checklists-demo.cases';
import { TEMPLATE_BASIS, TEMPLATE_REASON, TUKE_TEMPLATES } from './checklists-demo.data';

const LIST_TYPES = ['AUTONOMY', 'ASSISTED_GOVERNMENT', 'NEGATIVE', 'CERTIFICATE'] as const;
type ListType = (typeof LIST_TYPES)[number];

/** Villages (by index in towns.data.json) whose lists the town approves; 8 is submitted, 9 has drafts. */
const APPROVED = [0, 1, 2, 3, 4, 5, 6, 7];
const SUBMITTED = 8;
const DRAFT = 9;

const VILLAGE_REASON = (name: string) =>
  `依据图克镇清单模板（图政发〔2022〕141号）编制${name}清单，经嘎查村“两委”研究、村民代表会议讨论，结合本嘎查村实际调整部分事项`;
const VILLAGE_BASIS =
  '《中华人民共和国村民委员会组织法》第二十四条、第二十七条；农经发〔2021〕4号；图政发〔2022〕141号';

const clone = <T>(v: T): T => JSON.parse(JSON.stringify(v)) as T;

/** One item of the template, changed by `edit` (a village's adaptation). */
function adapted(type: ListType, code: string, edit: (i: ChecklistItemContent) => void): ChecklistItemContent {
  const item = clone(TUKE_TEMPLATES[type].find((i) => i.code === code) as ChecklistItemContent);
  edit(item);
  return item;
}

/**
 * How each village adapts the templates: the items it leaves out and the items it changes (EXAMPLES: a pastoral
 * 嘎查's grassland rules, a faster time limit, its own office hours). 图克社区 is a town community without
 * contracted land: it leaves out the land and homestead items.
 */
function adaptation(index: number): Partial<Record<ListType, { omit?: string[]; upsert?: ChecklistItemContent[] }>> {
  switch (index) {
    case 0:
      return {
        AUTONOMY: {
          upsert: [
            adapted('AUTONOMY', 'ZZ-004', (i) => {
              i.conditions +=
                '；图克嘎查草场承包以户为单位，确权面积以第二轮草原承包经营权确权登记为准，禁牧、草畜平衡区域按旗草原部门核定执行';
            }),
          ],
        },
        CERTIFICATE: {
          upsert: [
            adapted('CERTIFICATE', 'ZM-003', (i) => {
              i.consultation = '图克嘎查党群服务中心一楼便民服务窗口';
            }),
          ],
        },
      };
    case 1:
      return {
        ASSISTED_GOVERNMENT: {
          upsert: [
            adapted('ASSISTED_GOVERNMENT', 'XZ-006', (i) => {
              i.timeLimit = { text: '20日内（当事人同意延长的除外）', days: 20 };
              const mediate = i.flow?.steps.find((s) => s.id === 'mediate');
              if (mediate) mediate.timeLimitDays = 12;
              i.notes = '乌兰什巴台嘎查设“草原纠纷调解点”，草场边界纠纷邀请嘎查老党员、老模范参与调解';
            }),
          ],
        },
      };
    case 2:
      return { AUTONOMY: { omit: ['ZZ-010'] } };
    case 3:
      return {
        CERTIFICATE: {
          upsert: [
            adapted('CERTIFICATE', 'ZM-004', (i) => {
              i.timeLimit = { text: '3个工作日', days: 3, counting: 'WORKING' };
              const meeting = i.flow?.steps.find((s) => s.id === 'meeting');
              if (meeting) meeting.timeLimitDays = 0;
            }),
          ],
        },
      };
    case 4:
      return {
        AUTONOMY: {
          upsert: [
            adapted('AUTONOMY', 'ZZ-001', (i) => {
              i.conditions += '；梅林庙嘎查误工补贴标准每年一月底前公布，全年不超过集体经济收益的百分之十';
            }),
          ],
        },
      };
    case 5:
      return { ASSISTED_GOVERNMENT: { omit: ['XZ-005'] } };
    case 6:
      return {
        ASSISTED_GOVERNMENT: {
          upsert: [
            adapted('ASSISTED_GOVERNMENT', 'XZ-009', (i) => {
              i.name = '嘎查村综合服务站代办事项（养老保险、医疗保险参保登记，草原生态补奖信息采集等）';
              i.keywords = [...(i.keywords ?? []), '草原补奖', '生态补奖'];
            }),
          ],
        },
      };
    case 7:
      return { CERTIFICATE: { omit: ['ZM-004'] } };
    case 9:
      return {
        AUTONOMY: { omit: ['ZZ-004', 'ZZ-006'] },
        ASSISTED_GOVERNMENT: { omit: ['XZ-010'] },
      };
    default:
      return {};
  }
}

/** Loads the checklist demo data of 图克镇 (after the users; the other demo towns have no lists). */
export async function seedChecklistsDemo(app: INestApplicationContext, ds: DataSource, log: (m: string) => void) {
  const town = DEMO_TOWNS.find((t) => t.key === 'tuke');
  if (!town) return;
  const versions = app.get(ChecklistVersionsService, { strict: false });
  const audit = app.get(AuditService, { strict: false });

  /** Runs one service call in a transaction with its audit rows, as the mutation interceptor does. */
  async function run<T>(
    ctx: RequestContext,
    operation: string,
    args: Record<string, unknown>,
    work: () => Promise<T>,
  ): Promise<T> {
    return ds.transaction(async (em) => {
      ctx.em = em;
      ctx.auditNotes.length = 0;
      try {
        const result = await work();
        await audit.record(em, ctx, operation, args, ctx.auditNotes);
        return result;
      } finally {
        ctx.em = undefined;
        ctx.auditNotes.length = 0;
      }
    });
  }

  const townCtx = await userCtx(ds, `${town.key}.town`, Role.TOWN_SUPERVISOR, town.town.code);
  const counts = { templates: 0, published: 0, submitted: 0, drafts: 0, rejected: 0, superseded: 0 };

  // the town's four templates: a draft from the examples, filled with the catalogue, published by the town
  for (const listType of LIST_TYPES) {
    const draft = await run(townCtx, 'createChecklistDraft', { regionCode: town.town.code, listType }, () =>
      versions.createDraft(townCtx, {
        regionCode: town.town.code,
        listType,
        source: ChecklistDraftSource.EXAMPLES,
      }),
    );
    const items = TUKE_TEMPLATES[listType];
    const removeItemCodes = draft.items.map((i) => i.code).filter((c) => !items.some((i) => i.code === c));
    await run(townCtx, 'updateChecklistDraft', { id: draft.id }, () =>
      versions.updateDraft(townCtx, {
        id: draft.id,
        upsertItems: items.map(asInput),
        removeItemCodes,
        changeReason: TEMPLATE_REASON,
        legalBasis: TEMPLATE_BASIS,
      }),
    );
    await run(townCtx, 'publishChecklistTemplate', { id: draft.id }, () =>
      versions.publishTemplate(townCtx, draft.id, TEMPLATE_REASON, TEMPLATE_BASIS),
    );
    counts.templates++;
  }

  // the 嘎查村: village actions by the demo village administrator, scoped to the village it acts for (the demo has
  // one village administrator per town, in its first village; the points demo does the same)
  for (let index = 0; index < town.villages.length; index++) {
    const village = villageCode(town, index);
    const name = town.villages[index];
    const villageCtx = await userCtx(ds, `${town.key}.admin`, Role.VILLAGE_ADMIN, village);
    const plan = adaptation(index);
    for (const listType of LIST_TYPES) {
      const change = plan[listType] ?? {};
      const template = TUKE_TEMPLATES[listType];
      const itemCodes = change.omit ? template.map((i) => i.code).filter((c) => !change.omit?.includes(c)) : null;
      const draft = await run(villageCtx, 'adoptChecklistTemplate', { villageCode: village, listType, itemCodes }, () =>
        versions.adopt(villageCtx, { villageCode: village, listType, itemCodes }),
      );
      if (change.upsert?.length) {
        await run(villageCtx, 'updateChecklistDraft', { id: draft.id }, () =>
          versions.updateDraft(villageCtx, { id: draft.id, upsertItems: change.upsert?.map(asInput) }),
        );
      }
      if (index === DRAFT) {
        counts.drafts++;
        continue;
      }
      await run(villageCtx, 'submitChecklist', { id: draft.id }, () =>
        versions.submit(villageCtx, draft.id, VILLAGE_REASON(name), VILLAGE_BASIS),
      );
      if (index === SUBMITTED) {
        counts.submitted++;
        continue;
      }
      await run(townCtx, 'approveChecklist', { id: draft.id }, () =>
        versions.approve(townCtx, draft.id, '经图克镇乡村振兴办审核，符合法律法规和政策规定，同意上墙公布'),
      );
      counts.published++;
    }
    if (index === 0) await secondCertificateVersion(town, village, villageCtx);
    if (index === 1) await rejectedNegativeChange(village, villageCtx);
  }
  log(
    `${town.town.name}: ${counts.templates} list templates published; village lists: ${counts.published} approved ` +
      `(${APPROVED.length} 嘎查村), ${counts.submitted} awaiting approval, ${counts.drafts} drafts, ` +
      `${counts.superseded} superseded, ${counts.rejected} rejected`,
  );

  const c = await seedChecklistCases(app, ds, town, run);
  log(
    `${town.town.name}: ${c.cases} cases (${c.open} open, ${c.overdue} overdue, ${c.closed} closed), ` +
      `${c.refusals} requests refused by the gate, ${c.certificates} certificates (${c.revoked} revoked)`,
  );
  const o = await seedChecklistOversight(app, ds, town, run);
  log(`${town.town.name}: ${o.inspections} inspections with ${o.findings} findings, ${o.complaints} complaints`);

  /** 动态调整: 图克嘎查 shortens a certificate's time limit; the town approves, the first version is superseded. */
  async function secondCertificateVersion(t: DemoTown, village: string, ctx: RequestContext) {
    const draft = await run(ctx, 'createChecklistDraft', { regionCode: village, listType: 'CERTIFICATE' }, () =>
      versions.createDraft(ctx, {
        regionCode: village,
        listType: 'CERTIFICATE',
        source: ChecklistDraftSource.PUBLISHED,
      }),
    );
    const item = adapted('CERTIFICATE', 'ZM-002', (i) => {
      i.timeLimit = { text: '3个工作日', days: 3, counting: 'WORKING' };
      const meeting = i.flow?.steps.find((s) => s.id === 'meeting');
      if (meeting) meeting.timeLimitDays = 0;
      i.notes = '发展党员外调函当场受理，“两委”研究与受理审核同日进行';
    });
    await run(ctx, 'updateChecklistDraft', { id: draft.id }, () =>
      versions.updateDraft(ctx, { id: draft.id, upsertItems: [asInput(item)] }),
    );
    const reason = `${t.villages[0]}优化入党外调政审证明办理流程，办结时限由5个工作日缩短为3个工作日`;
    await run(ctx, 'submitChecklist', { id: draft.id }, () =>
      versions.submit(ctx, draft.id, reason, '《中国共产党发展党员工作细则》；图政发〔2022〕141号（清单动态调整）'),
    );
    await run(townCtx, 'approveChecklist', { id: draft.id }, () =>
      versions.approve(townCtx, draft.id, '同意缩短办结时限'),
    );
    counts.published++;
    counts.superseded++;
  }

  /** A change the town refuses: 乌兰什巴台嘎查 asks to drop a negative item; the list on the wall stays. */
  async function rejectedNegativeChange(village: string, ctx: RequestContext) {
    const draft = await run(ctx, 'createChecklistDraft', { regionCode: village, listType: 'NEGATIVE' }, () =>
      versions.createDraft(ctx, { regionCode: village, listType: 'NEGATIVE', source: ChecklistDraftSource.PUBLISHED }),
    );
    await run(ctx, 'updateChecklistDraft', { id: draft.id }, () =>
      versions.updateDraft(ctx, { id: draft.id, removeItemCodes: ['FM-004'] }),
    );
    await run(ctx, 'submitChecklist', { id: draft.id }, () =>
      versions.submit(
        ctx,
        draft.id,
        '本嘎查村已实行网格化管理，填表报数由网格员承担，删除该负面事项',
        '图政发〔2022〕141号',
      ),
    );
    await run(townCtx, 'rejectChecklist', { id: draft.id }, () =>
      versions.reject(
        townCtx,
        draft.id,
        '工作负面事项是上级部门不得向嘎查村摊派的事项，属于减轻基层负担的硬性要求，嘎查村不得自行删减（中共中央办公厅 国务院办公厅《关于规范村级组织工作事务、机制牌子和证明事项的意见》）',
      ),
    );
    counts.rejected++;
  }
}

type ChecklistItemInput = NonNullable<Parameters<ChecklistVersionsService['updateDraft']>[1]['upsertItems']>[number];

/** An item as the editor sends it (the stored shape is the input shape; optional fields may be absent). */
function asInput(item: ChecklistItemContent): ChecklistItemInput {
  return clone(item) as unknown as ChecklistItemInput;
}
