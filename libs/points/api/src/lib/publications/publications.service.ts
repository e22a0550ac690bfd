import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager, In } from 'typeorm';
import { PointsSchemeVersionEntity } from '../entities/scheme-version.entity';
import {
  canonicalJson,
  publicationHash,
  publicationPeriodOf,
  rankVillage,
  type EngineEntry,
} from '@xiangzhi/points/util';
import { RegionEntity, RegionLevelValue } from '@xiangzhi/registry/api';
import { maskName, todayIso } from '@xiangzhi/registry/util';
import { inTransaction, overlapsScope, Permission, RequestContext } from '@xiangzhi/server/core';
import { PointsErrors } from '../points.errors';
import { villageHouseholds, yearOpenings } from '../results/village-ledger';
import { SchemeService } from '../services/scheme.service';
import { ChainCheck, PublicationContent, publicationContent, verifyChain } from './publication-content';
import { PointsPublicationEntity, PointsPublicationLineEntity, PublishedRankingRow } from './publication.entity';
import { ResultErrors } from './publications.errors';

/** Adds `days` to an ISO date. */
export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

function lastDayOf(year: number, month: number): string {
  return new Date(Date.UTC(year, month, 0)).toISOString().slice(0, 10);
}

interface LineRow {
  entryId: string;
  household: string;
  member: string | null;
  wording: string;
  kind: string;
  points: number;
  occurredOn: string;
  reversalOf: string | null;
}

/**
 * 一季一公示: a village's board for a period — the entries approved since the last board (masked, neutral wording)
 * and the ranking of the year so far — written once, hash-chained to the village's previous board (T1).
 */
@Injectable()
export class PublicationsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly schemes: SchemeService,
  ) {}

  /** The scheme version in force for a village and year, or SCHEME_NONE_IN_FORCE. */
  async requireScheme(em: EntityManager, villageCode: string, year: number): Promise<PointsSchemeVersionEntity> {
    const v = await this.schemes.inForceFor(em, villageCode, year);
    if (!v) throw PointsErrors.noneInForce(villageCode, year);
    return v;
  }

  /** Publishes the boards of a village, or of every village of a town that has a scheme in force. */
  async publish(
    ctx: RequestContext,
    regionCode: string,
    year: number,
    fromMonth: number,
  ): Promise<PointsPublicationEntity[]> {
    const actor = ctx.requirePermission(Permission.POINTS_PUBLISH);
    if (!ctx.inScope(regionCode)) throw PointsErrors.targetOutOfScope();
    return inTransaction(this.dataSource, ctx, async (em) => {
      const region = await em.findOneBy(RegionEntity, { code: regionCode });
      if (!region) throw PointsErrors.targetOutOfScope();
      let villages: RegionEntity[];
      if (region.level === RegionLevelValue.VILLAGE) villages = [region];
      else if (region.level === RegionLevelValue.TOWN) {
        villages = await em.find(RegionEntity, {
          where: { parentCode: region.code, level: RegionLevelValue.VILLAGE },
          order: { code: 'ASC' },
        });
        const inForce = await this.schemes.inForceForVillages(
          em,
          villages.map((v) => v.code),
          year,
        );
        const done = new Set(
          (
            await em.findBy(PointsPublicationEntity, { villageCode: In(villages.map((v) => v.code)), year, fromMonth })
          ).map((p) => p.villageCode),
        );
        villages = villages.filter((v) => inForce.has(v.code) && !done.has(v.code));
      } else throw ResultErrors.notTownOrVillage(regionCode);
      const out: PointsPublicationEntity[] = [];
      for (const v of villages) out.push(await this.publishVillage(em, ctx, actor.userId, v, year, fromMonth));
      return out;
    });
  }

  private async publishVillage(
    em: EntityManager,
    ctx: RequestContext,
    userId: string,
    village: RegionEntity,
    year: number,
    fromMonth: number,
  ): Promise<PointsPublicationEntity> {
    const scheme = await this.requireScheme(em, village.code, year);
    const parameters = scheme.definition.parameters;
    const period = publicationPeriodOf(parameters, `${year}-${String(fromMonth).padStart(2, '0')}-01`);
    if (period.fromMonth !== fromMonth) throw ResultErrors.periodInvalid(fromMonth);
    const today = todayIso();
    if (`${year}-${String(fromMonth).padStart(2, '0')}-01` > today) throw ResultErrors.periodNotStarted();
    // one board at a time per village: the chain has one head
    await em.query(`SELECT pg_advisory_xact_lock(hashtext('points_publication:' || $1))`, [village.code]);
    if (await em.existsBy(PointsPublicationEntity, { villageCode: village.code, year, fromMonth }))
      throw ResultErrors.publicationExists(village.code);
    const previous = await em.findOne(PointsPublicationEntity, {
      where: { villageCode: village.code },
      order: { seq: 'DESC' },
    });
    const periodEnd = lastDayOf(period.year, period.toMonth);

    // One read of the village's ledger: what counts this year (for the ranking) and every approved entry not yet
    // on a board whose day lies before the period's end (the lines; late approvals of earlier periods included).
    const rows = (await em.query(
      `SELECT e.id, e.household_id AS "householdId", e.member_id AS "memberId", e.item_code AS "itemCode",
              e.item_kind::text AS kind, e.points, to_char(e.occurred_on, 'YYYY-MM-DD') AS "occurredOn",
              e.reversal_of AS "reversalOf", e.public_wording AS wording, s.status::text AS status
         FROM points_entry_state s
         JOIN points_entry e ON e.id = s.entry_id
        WHERE s.village_code = $1
          AND ((s.status IN ('APPROVED', 'PUBLISHED') AND s.occurred_on BETWEEN $2 AND $3)
               OR (s.status = 'APPROVED' AND s.occurred_on < $2))
        ORDER BY e.occurred_on, e.recorded_at, e.id`,
      [village.code, `${year}-01-01`, `${year}-12-31`],
    )) as Array<EngineEntry & { wording: string; status: string }>;
    const households = await villageHouseholds(em, village.code);
    const headOf = new Map(households.map((h) => [h.id, maskName(h.headName)]));
    const memberOf = new Map(households.flatMap((h) => h.members.map((m) => [m.id, maskName(m.name)] as const)));
    const lines: LineRow[] = rows
      .filter((e) => e.status === 'APPROVED' && e.occurredOn <= periodEnd)
      .map((e) => ({
        entryId: e.id,
        household: headOf.get(e.householdId) ?? '*',
        member: e.memberId ? (memberOf.get(e.memberId) ?? '*') : null,
        wording: e.wording,
        kind: e.kind,
        points: e.points,
        occurredOn: e.occurredOn,
        reversalOf: e.reversalOf ?? null,
      }));
    const ranking = rankVillage({
      parameters,
      households,
      entries: rows.filter((e) => e.occurredOn >= `${year}-01-01`),
      period: { year, fromMonth: 1, toMonth: period.toMonth },
      openings: await yearOpenings(em, village.code, year),
    });
    const rankingRows: PublishedRankingRow[] = ranking.rows.map((r) => ({
      rank: r.rank,
      household: headOf.get(r.householdId) ?? '*',
      value: r.value,
    }));

    const header = {
      id: randomUUID(),
      villageCode: village.code,
      villageName: village.name,
      seq: (previous?.seq ?? 0) + 1,
      year,
      fromMonth: period.fromMonth,
      toMonth: period.toMonth,
      schemeVersionId: scheme.id,
      rankingBasis: ranking.basis,
      publishedOn: today,
      objectionUntil: addDays(today, parameters.objectionWindowDays),
      ranking: rankingRows,
      previousHash: previous?.hash ?? null,
      publishedBy: userId,
    };
    const numbered = lines.map((l, i) => ({ ...l, lineNo: i + 1 }));
    const hash = await publicationHash(header.previousHash, publicationContent(header, numbered));
    await em.insert(PointsPublicationEntity, { ...header, hash });
    const ids = numbered.map((l) => l.entryId);
    if (numbered.length) {
      await em.query(
        `INSERT INTO points_publication_line
           (publication_id, line_no, entry_id, household, member, wording, kind, points, occurred_on, reversal_of)
         SELECT $1, * FROM unnest($2::int[], $3::uuid[], $4::varchar[], $5::varchar[], $6::varchar[], $7::varchar[],
                                  $8::int[], $9::date[], $10::uuid[])`,
        [
          header.id,
          numbered.map((l) => l.lineNo),
          ids,
          numbered.map((l) => l.household),
          numbered.map((l) => l.member),
          numbered.map((l) => l.wording),
          numbered.map((l) => l.kind),
          numbered.map((l) => l.points),
          numbered.map((l) => l.occurredOn),
          numbered.map((l) => l.reversalOf),
        ],
      );
      await em.query(
        `UPDATE points_entry_state SET status = 'PUBLISHED', publication_id = $1, published_at = now(),
                updated_at = now()
          WHERE entry_id = ANY($2::uuid[])`,
        [header.id, ids],
      );
      await em.query(
        `INSERT INTO points_entry_event (entry_id, action, actor_id, publication_id)
         SELECT id, 'PUBLISHED', $1, $2 FROM unnest($3::uuid[]) AS id`,
        [userId, header.id, ids],
      );
    }
    ctx.note({
      targetType: 'PointsPublication',
      targetId: header.id,
      regionCode: village.code,
      summary: { seq: header.seq, year, fromMonth, toMonth: period.toMonth, lines: numbered.length, hash },
    });
    return em.findOneByOrFail(PointsPublicationEntity, { id: header.id });
  }

  /** Boards of a village, newest first (staff: within scope; public: any village). */
  async list(
    ctx: RequestContext | null,
    villageCode: string,
    first: number,
    offset: number,
  ): Promise<{ items: PointsPublicationEntity[]; total: number }> {
    if (ctx) this.requireReadable(ctx, villageCode);
    const [items, total] = await this.dataSource.manager.findAndCount(PointsPublicationEntity, {
      where: { villageCode },
      order: { seq: 'DESC' },
      take: first,
      skip: offset,
    });
    return { items, total };
  }

  async get(ctx: RequestContext | null, id: string): Promise<PointsPublicationEntity> {
    const p = await this.dataSource.manager.findOneBy(PointsPublicationEntity, { id });
    if (!p) throw ResultErrors.publicationNotFound();
    if (ctx) this.requireReadable(ctx, p.villageCode);
    return p;
  }

  /** Staff read a village's boards when the village is in their scope or holds part of it (a grid worker's). */
  private requireReadable(ctx: RequestContext, villageCode: string): void {
    ctx.requirePermission(Permission.POINTS_READ);
    if (!overlapsScope(ctx, villageCode)) throw PointsErrors.targetOutOfScope();
  }

  lines(publicationIds: readonly string[]): Promise<PointsPublicationLineEntity[]> {
    return this.dataSource.manager
      .createQueryBuilder(PointsPublicationLineEntity, 'l')
      .where('l.publication_id = ANY(:ids)', { ids: [...publicationIds] })
      .orderBy('l.publication_id')
      .addOrderBy('l.line_no')
      .getMany();
  }

  /** The hashed content of a publication, rebuilt from what is stored now. */
  async content(publication: PointsPublicationEntity): Promise<PublicationContent> {
    return publicationContent(publication, await this.lines([publication.id]));
  }

  /** The canonical JSON of the content: what the browser hashes to verify a board. */
  async canonicalContent(publication: PointsPublicationEntity): Promise<string> {
    return canonicalJson(await this.content(publication));
  }

  /** Verifies a village's whole chain from what is stored now (T1). */
  async verify(villageCode: string): Promise<ChainCheck[]> {
    const pubs = await this.dataSource.manager.find(PointsPublicationEntity, {
      where: { villageCode },
      order: { seq: 'ASC' },
    });
    const lines = await this.lines(pubs.map((p) => p.id));
    const byPub = new Map<string, PointsPublicationLineEntity[]>();
    for (const l of lines) byPub.set(l.publicationId, [...(byPub.get(l.publicationId) ?? []), l]);
    return verifyChain(
      pubs.map((p) => ({
        seq: p.seq,
        hash: p.hash,
        previousHash: p.previousHash,
        content: publicationContent(p, byPub.get(p.id) ?? []),
      })),
    );
  }
}
