import { Controller, Get, Param, Query, Res } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { Allow, Ctx, Permission, Public, RequestContext } from '@xiangzhi/server/core';
import { posterFileName } from './poster-format';
import { renderPosterPdf } from './poster-pdf';
import type { PosterDocument, PosterSize } from './poster-types';
import { posterSize, PostersService } from './posters.service';

/**
 * Posters of the lists on the wall (上墙), printable A4 or A3 portrait PDFs:
 * `GET /api/checklists/versions/:id/poster.pdf?size=A3|A4` — any version the caller may read (CHECKLIST_READ, scoped
 * like the API; drafts say 未生效 in the title block);
 * `GET /api/public/checklists/:villageCode/:listType/poster.pdf?size=A3|A4` — no sign-in: the version in force.
 * The size defaults to A4; any other value is CHECKLIST_POSTER_SIZE_INVALID (400).
 */
@Controller()
export class ChecklistPostersController {
  constructor(private readonly posters: PostersService) {}

  @Get('api/checklists/versions/:id/poster.pdf')
  @Allow(Permission.CHECKLIST_READ)
  async versionPoster(
    @Ctx() ctx: RequestContext,
    @Param('id') id: string,
    @Query('size') sizeParam: string | undefined,
    @Res() reply: FastifyReply,
  ) {
    const size = posterSize(sizeParam);
    const document = await this.posters.ofVersion(ctx, id);
    return send(reply, document, size, await renderPosterPdf(document, size), 'no-store');
  }

  @Get('api/public/checklists/:villageCode/:listType/poster.pdf')
  @Public()
  async publicPoster(
    @Param('villageCode') villageCode: string,
    @Param('listType') listType: string,
    @Query('size') sizeParam: string | undefined,
    @Res() reply: FastifyReply,
  ) {
    const size = posterSize(sizeParam);
    const { document, pdf } = await this.posters.inForcePdf(villageCode, listType, size);
    return send(reply, document, size, pdf, 'public, max-age=300');
  }
}

function send(reply: FastifyReply, d: PosterDocument, size: PosterSize, body: Buffer, cache: string) {
  return reply
    .header('content-type', 'application/pdf')
    .header('x-content-type-options', 'nosniff')
    .header('cache-control', cache)
    .header('content-disposition', `inline; filename*=UTF-8''${encodeURIComponent(posterFileName(d, size))}`)
    .header('content-length', String(body.length))
    .send(body);
}
