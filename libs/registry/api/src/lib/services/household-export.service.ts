import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Writable } from 'node:stream';
import { DataSource, In } from 'typeorm';
import {
  AuditService,
  overlapsScope,
  Permission,
  RequestContext,
  scopeCondition,
  scopePrefix,
} from '@xiangzhi/server/core';
import {
  GENDER_LABELS,
  IMPORT_COLUMNS,
  RELATION_LABELS,
  RESIDENCY_LABELS,
  todayIso,
  withIdCheckChar,
} from '@xiangzhi/registry/util';
import { HouseholdEntity } from '../entities/household.entity';
import { MemberEntity } from '../entities/member.entity';
import { SheetSpec, workbookBuffer, writeWorkbook } from '../excel/workbook';
import { RegistryErrors } from '../registry.errors';

const WIDTHS = [22, 8, 10, 22, 6, 12, 10, 14, 18, 30, 12, 12, 8];
const BATCH = 1000;

/** A checked, audited export waiting to be streamed. */
export interface ExportPlan {
  ctx: RequestContext;
  regionCode: string | undefined;
  fileName: string;
}

/** Rows of households whose 户编号 is this are examples and are skipped on import. */
export const EXAMPLE_KEY = '示例';

/** The Excel side of the register: the import template and the (masked) export. */
@Injectable()
export class HouseholdExportService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  /** The import template: the header row, an example household, and a sheet explaining every column. */
  async template(ctx: RequestContext): Promise<Buffer> {
    ctx.requirePermission(Permission.HOUSEHOLD_IMPORT);
    const id1 = withIdCheckChar('15062619800101001');
    const id2 = withIdCheckChar('15062619820202002');
    const id3 = withIdCheckChar('15062620100303003');
    return workbookBuffer([
      {
        name: '户籍台账',
        headers: IMPORT_COLUMNS,
        widths: WIDTHS,
        rows: [
          [
            EXAMPLE_KEY,
            '是',
            '张三',
            id1,
            '男',
            '1980-01-01',
            '户主',
            '13800000000',
            '001',
            '某某村1组8号',
            '本地户籍',
            '',
            '是',
          ],
          [EXAMPLE_KEY, '否', '李四', id2, '女', '1982-02-02', '配偶', '', '', '', '', '', ''],
          [EXAMPLE_KEY, '否', '张小五', id3, '', '', '子女', '', '', '', '', '', ''],
        ],
      },
      {
        name: '填写说明',
        headers: ['列', '是否必填', '说明'],
        widths: [14, 10, 90],
        rows: COLUMN_HELP,
      },
    ]);
  }

  /**
   * Checks an export of the register of a region (or of the whole scope) and records it in the audit log;
   * `write` then streams it. ID numbers and phones are masked; the card number is the 户编号.
   */
  async prepareExport(ctx: RequestContext, regionCode: string | undefined): Promise<ExportPlan> {
    const actor = ctx.requirePermission(Permission.HOUSEHOLD_READ);
    if (regionCode !== undefined && !/^\d{12}(\d{3})?$/.test(regionCode))
      throw RegistryErrors.regionNotFound(regionCode);
    if (regionCode && !overlapsScope(ctx, regionCode)) throw RegistryErrors.scope(regionCode);
    const region = regionCode ?? actor.regionCode;
    await this.dataSource.transaction(async (em) => {
      await this.audit.record(em, ctx, 'exportHouseholds', { regionCode: region }, [
        {
          targetType: 'household_export',
          targetId: region,
          regionCode: region,
          summary: { format: 'xlsx', masked: true },
        },
      ]);
    });
    return { ctx, regionCode, fileName: `户籍台账-${region}-${todayIso().replace(/-/g, '')}.xlsx` };
  }

  /** Streams a prepared export into `output` (ended when done). */
  async write(plan: ExportPlan, output: Writable): Promise<void> {
    const sheet: SheetSpec = {
      name: '户籍台账',
      headers: IMPORT_COLUMNS,
      widths: WIDTHS,
      rows: this.rows(plan.ctx, plan.regionCode),
    };
    await writeWorkbook(output, [sheet]);
  }

  /** Member rows in card-number order, read in batches of households (keyset paging). */
  private async *rows(ctx: RequestContext, regionCode: string | undefined): AsyncGenerator<Array<string | null>> {
    let after = '';
    for (;;) {
      const scope = scopeCondition(ctx, 'h.scope_code');
      const qb = this.dataSource.manager
        .createQueryBuilder(HouseholdEntity, 'h')
        .where(scope.sql, scope.params)
        .andWhere('h.card_number > :after', { after })
        .orderBy('h.card_number')
        .limit(BATCH);
      if (regionCode) qb.andWhere('h.scope_code LIKE :prefix', { prefix: `${scopePrefix(regionCode)}%` });
      const households = await qb.getMany();
      if (households.length === 0) return;
      const members = await this.dataSource.manager.find(MemberEntity, {
        where: { householdId: In(households.map((h) => h.id)), active: true },
        order: { relation: 'ASC', createdAt: 'ASC', name: 'ASC' },
      });
      const byHousehold = new Map<string, MemberEntity[]>();
      for (const m of members) byHousehold.set(m.householdId, [...(byHousehold.get(m.householdId) ?? []), m]);
      for (const h of households) {
        for (const m of byHousehold.get(h.id) ?? []) {
          const isHead = m.id === h.headMemberId;
          yield [
            h.cardNumber,
            isHead ? '是' : '否',
            m.name,
            m.idNumberMasked,
            GENDER_LABELS[m.gender],
            m.birthDate,
            RELATION_LABELS[m.relation],
            m.phoneMasked,
            isHead ? h.gridCode : null,
            isHead ? h.address : null,
            isHead ? RESIDENCY_LABELS[h.residency] : null,
            isHead ? h.residentSince : null,
            isHead ? (h.participating ? '是' : '否') : null,
          ];
        }
      }
      after = households[households.length - 1].cardNumber;
      if (households.length < BATCH) return;
    }
  }
}

const COLUMN_HELP: string[][] = [
  ['户编号', '必填', '同一户的成员填相同的户编号（任意文字，文件内每户唯一）。户编号为“示例”的行导入时跳过。'],
  ['户主标记', '必填', '户主所在行填“是”，其他成员填“否”。每户有且只有一位户主。'],
  ['姓名', '必填', '不超过40个字。'],
  [
    '身份证号',
    '必填',
    '18位居民身份证号，末位可为X；请设置为文本格式，避免数字格式丢失末几位。系统校验校验位，重复或已登记的号码不能导入。',
  ],
  ['性别', '选填', '男/女；不填时按身份证号确定，填写时须与身份证号一致。'],
  ['出生日期', '选填', '格式 YYYY-MM-DD；不填时按身份证号确定，填写时须与身份证号一致。'],
  ['与户主关系', '必填', '户主/配偶/子女/父母/孙子女/兄弟姐妹/其他；户主行填“户主”。'],
  ['联系电话', '选填', '11位手机号或带区号的固定电话。'],
  ['网格编号', '选填*', '本村网格的15位代码或3位序号（如 001）；只在户主行填写。'],
  ['住址', '必填*', '不超过200个字；只在户主行填写（其他行可留空，填写时须与户主行一致）。'],
  ['户籍类型', '必填*', '本地户籍 / 非本地户籍；只在户主行填写。'],
  [
    '居住起始日期',
    '非本地户籍必填*',
    '来本村居住的日期，格式 YYYY-MM-DD。非本地户籍居住满6个月并经村委会接纳后方可参与积分。',
  ],
  ['参与积分', '必填*', '是/否；非本地户籍导入时须填“否”，接纳后由系统开启。'],
  ['错误', '—', '错误报告中的附加列，说明每行的问题；改正后可直接重新导入（该列会被忽略）。'],
];
