import { Controller, Get, Query, Res } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { FastifyReply } from 'fastify';
import { DataSource } from 'typeorm';
import { RegionEntity } from '@xiangzhi/registry/api';
import { Allow, Ctx, Permission, RequestContext, ValidationError, XLSX_TYPE } from '@xiangzhi/server/core';
import { EntriesService } from '../services/entries.service';
import { rankingPeriodLabel, rankingWorkbook } from './ranking-workbook';

function intParam(value: string | undefined, name: string, min: number, max: number): number | null {
  if (value === undefined || value === '') return null;
  const n = Number(value);
  if (!Number.isInteger(n) || n < min || n > max) throw new ValidationError('VALIDATION_FAILED', { fields: [name] });
  return n;
}

/** `GET /api/points/rankings.xlsx?villageCode=&year=&fromMonth=&toMonth=`: a village ranking as Excel. */
@Controller('api/points')
export class RankingsController {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly entries: EntriesService,
  ) {}

  @Get('rankings.xlsx')
  @Allow(Permission.POINTS_READ)
  async export(
    @Ctx() ctx: RequestContext,
    @Query('villageCode') villageCode: string | undefined,
    @Query('year') year: string | undefined,
    @Query('fromMonth') fromMonth: string | undefined,
    @Query('toMonth') toMonth: string | undefined,
    @Res() reply: FastifyReply,
  ) {
    if (!villageCode || !/^\d{12}$/.test(villageCode))
      throw new ValidationError('VALIDATION_FAILED', { fields: ['villageCode'] });
    const y = intParam(year, 'year', 2000, 2100);
    if (y === null) throw new ValidationError('VALIDATION_FAILED', { fields: ['year'] });
    const ranking = await this.entries.ranking(
      ctx,
      villageCode,
      y,
      intParam(fromMonth, 'fromMonth', 1, 12),
      intParam(toMonth, 'toMonth', 1, 12),
    );
    const village = await this.dataSource.manager.findOneBy(RegionEntity, { code: villageCode });
    const name = village?.name ?? villageCode;
    const data = await rankingWorkbook(name, ranking);
    const file = `积分排名-${name}-${rankingPeriodLabel(ranking)}.xlsx`;
    return reply
      .header('content-type', XLSX_TYPE)
      .header('x-content-type-options', 'nosniff')
      .header('cache-control', 'no-store')
      .header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(file)}`)
      .header('content-length', String(data.length))
      .send(data);
  }
}
