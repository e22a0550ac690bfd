import { Controller, Get, Param, ParseUUIDPipe, Res } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { Public } from '@xiangzhi/server/core';
import { renderNoticePdf } from './notice-pdf';
import { PublicationsService } from './publications.service';

/** The printable notice of a board (public: it holds masked names and neutral wording only). */
@Controller('api/points/publications')
export class NoticeController {
  constructor(private readonly publications: PublicationsService) {}

  @Get(':id/notice.pdf')
  @Public()
  async notice(@Param('id', new ParseUUIDPipe()) id: string, @Res() reply: FastifyReply) {
    const publication = await this.publications.get(null, id);
    const pdf = await renderNoticePdf(await this.publications.content(publication), publication.hash);
    const name = `积分公示-${publication.villageName}-${publication.year}-${publication.fromMonth}.pdf`;
    return reply
      .header('content-type', 'application/pdf')
      .header('x-content-type-options', 'nosniff')
      .header('content-disposition', `inline; filename*=UTF-8''${encodeURIComponent(name)}`)
      .header('content-length', String(pdf.length))
      .send(pdf);
  }
}
