import { Controller, Get, Logger, Query, Res } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { PassThrough } from 'node:stream';
import { Allow, Ctx, Permission, RequestContext, XLSX_TYPE } from '@xiangzhi/server/core';
import { HouseholdExportService } from './services/household-export.service';

function attachment(reply: FastifyReply, name: string): FastifyReply {
  return reply
    .header('content-type', XLSX_TYPE)
    .header('x-content-type-options', 'nosniff')
    .header('cache-control', 'no-store')
    .header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(name)}`);
}

/** REST downloads of the register workbooks (fetched by the web apps with the bearer token). */
@Controller('api/registry/households')
export class HouseholdFilesController {
  private readonly logger = new Logger('HouseholdExport');

  constructor(private readonly excel: HouseholdExportService) {}

  /** The import template (户籍台账导入模板.xlsx): header row, an example household, column notes. */
  @Get('import-template.xlsx')
  @Allow(Permission.HOUSEHOLD_IMPORT)
  async template(@Ctx() ctx: RequestContext, @Res() reply: FastifyReply) {
    const data = await this.excel.template(ctx);
    return attachment(reply, '户籍台账导入模板.xlsx').header('content-length', String(data.length)).send(data);
  }

  /** `?regionCode=` (optional): the register of a region within the caller's scope, masked, streamed. */
  @Get('export.xlsx')
  @Allow(Permission.HOUSEHOLD_READ)
  async export(
    @Ctx() ctx: RequestContext,
    @Query('regionCode') regionCode: string | undefined,
    @Res() reply: FastifyReply,
  ) {
    const plan = await this.excel.prepareExport(ctx, regionCode || undefined);
    const stream = new PassThrough();
    this.excel.write(plan, stream).catch((err: Error) => {
      this.logger.error(err);
      stream.destroy(err);
    });
    return attachment(reply, plan.fileName).send(stream);
  }
}
