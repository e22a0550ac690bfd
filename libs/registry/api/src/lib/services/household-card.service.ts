import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import {
  AppConfig,
  FilesService,
  inTransaction,
  parentCode,
  Permission,
  RequestContext,
  scopeCondition,
} from '@xiangzhi/server/core';
import { cardPayload, todayIso } from '@xiangzhi/registry/util';
import { CardFace, renderCardsPdf } from '../cards/card-pdf';
import { HouseholdEntity } from '../entities/household.entity';
import { MemberEntity } from '../entities/member.entity';
import { RegionEntity } from '../entities/region.entity';
import { PrintHouseholdCardsInput } from '../dto/household-import.input';
import { StoredFileModel } from '../models/stored-file.model';
import { RegistryErrors } from '../registry.errors';
import { RegionService } from './region.service';

/** Most cards in one PDF. */
export const CARD_BATCH_LIMIT = 500;

/** The smallest region holding every village of the list (village, town, county), for the file's scope. */
export function commonRegion(villageCodes: string[]): string {
  const [first, ...rest] = villageCodes;
  if (rest.every((c) => c === first)) return first;
  if (rest.every((c) => c.slice(0, 9) === first.slice(0, 9))) return first.slice(0, 9) + '000';
  if (rest.every((c) => c.slice(0, 6) === first.slice(0, 6))) return first.slice(0, 6) + '000000';
  return first.slice(0, 2) + '0000000000';
}

/** Household points cards (积分信息卡) as a PDF, kept as a generated file. */
@Injectable()
export class HouseholdCardService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly config: AppConfig,
    private readonly files: FilesService,
    private readonly regions: RegionService,
  ) {}

  async print(ctx: RequestContext, input: PrintHouseholdCardsInput): Promise<StoredFileModel> {
    ctx.requirePermission(Permission.CARD_PRINT);
    const ids = input.householdIds ? [...new Set(input.householdIds)] : null;
    if ((ids === null) === !input.villageCode) throw RegistryErrors.cardSelectionRequired();
    if (ids && ids.length > CARD_BATCH_LIMIT) throw RegistryErrors.cardBatchTooLarge(CARD_BATCH_LIMIT);
    return inTransaction(this.dataSource, ctx, async (em) => {
      let households: HouseholdEntity[];
      if (ids) {
        households = await em.find(HouseholdEntity, { where: { id: In(ids) }, order: { cardNumber: 'ASC' } });
        if (households.length !== ids.length) throw RegistryErrors.householdNotFound();
        const outside = households.find((h) => !ctx.inScope(h.scopeCode));
        if (outside) throw RegistryErrors.targetOutOfScope();
      } else {
        const village = input.villageCode as string;
        ctx.assertInScope(village);
        await this.regions.requireVillage(em, village);
        const scope = scopeCondition(ctx, 'h.scope_code');
        households = await em
          .createQueryBuilder(HouseholdEntity, 'h')
          .where('h.region_code = :village', { village })
          .andWhere(scope.sql, scope.params)
          .orderBy('h.card_number')
          .limit(CARD_BATCH_LIMIT + 1)
          .getMany();
        if (households.length > CARD_BATCH_LIMIT) throw RegistryErrors.cardBatchTooLarge(CARD_BATCH_LIMIT);
      }
      if (households.length === 0) throw RegistryErrors.cardNothingToPrint();

      const headIds = households.map((h) => h.headMemberId).filter((id): id is string => !!id);
      const villageCodes = [...new Set(households.map((h) => h.regionCode))];
      const placeCodes = [...new Set(villageCodes.flatMap((v) => [v, parentCode(v), parentCode(parentCode(v) ?? '')]))];
      const [heads, places] = await Promise.all([
        headIds.length ? em.find(MemberEntity, { select: { id: true, name: true }, where: { id: In(headIds) } }) : [],
        em.find(RegionEntity, { select: { code: true, name: true }, where: { code: In(placeCodes.filter(Boolean)) } }),
      ]);
      const headName = new Map(heads.map((m) => [m.id, m.name]));
      const placeName = new Map(places.map((r) => [r.code, r.name]));
      const base = this.config.values.PUBLIC_BASE_URL;
      const faces: CardFace[] = households.map((h) => {
        const town = parentCode(h.regionCode) ?? '';
        const county = parentCode(town) ?? '';
        return {
          cardNumber: h.cardNumber,
          payload: cardPayload(base, h.cardNumber),
          villageName: placeName.get(h.regionCode) ?? h.regionCode,
          placeName: [placeName.get(county), placeName.get(town)].filter(Boolean).join(' '),
          headName: (h.headMemberId && headName.get(h.headMemberId)) || '',
        };
      });
      const pdf = await renderCardsPdf(faces, '积分信息卡');
      const region = commonRegion(villageCodes);
      const file = await this.files.saveGenerated(
        em,
        ctx,
        `积分信息卡-${region}-${todayIso()}.pdf`,
        'application/pdf',
        pdf,
        region,
      );
      ctx.note({
        targetType: 'file',
        targetId: file.id,
        regionCode: region,
        summary: { cards: households.length, first: households[0].cardNumber },
      });
      return file;
    });
  }
}
