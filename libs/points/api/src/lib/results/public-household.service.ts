import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { RegionEntity } from '@xiangzhi/registry/api';
import { maskName } from '@xiangzhi/registry/util';
import { MemberEntity } from '@xiangzhi/registry/api';
import type { RequestContext } from '@xiangzhi/server/core';
import { ObjectionsService } from '../objections/objections.service';
import type { PublicEntryModel, PublicHouseholdPointsModel } from './results.models';

/** What a resident sees of their own household on the portal, after proving it with the card and phone digits. */
@Injectable()
export class PublicHouseholdService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly objections: ObjectionsService,
  ) {}

  async view(ctx: RequestContext, cardNumber: string, phoneLast4: string): Promise<PublicHouseholdPointsModel> {
    const em = this.dataSource.manager;
    const household = await this.objections.householdByCard(em, cardNumber, phoneLast4, ctx.ip);
    const [head, village, entries, objections] = await Promise.all([
      household.headMemberId ? em.findOneBy(MemberEntity, { id: household.headMemberId }) : null,
      em.findOneBy(RegionEntity, { code: household.regionCode }),
      em.query(
        `SELECT e.id, to_char(e.occurred_on, 'YYYY-MM-DD') AS "occurredOn", e.item_name AS "itemName",
                e.public_wording AS "publicWording", e.item_kind::text AS kind, e.points,
                s.status::text AS status, e.reversal_of AS "reversalOf"
           FROM points_entry e JOIN points_entry_state s ON s.entry_id = e.id
          WHERE e.household_id = $1 AND s.status IN ('APPROVED', 'PUBLISHED')
          ORDER BY e.occurred_on DESC, e.recorded_at DESC
          LIMIT 200`,
        [household.id],
      ) as Promise<PublicEntryModel[]>,
      this.objections.forHousehold(em, household.id),
    ]);
    return {
      household: maskName(head?.name ?? ''),
      villageName: village?.name ?? '',
      entries,
      objections,
    };
  }
}
