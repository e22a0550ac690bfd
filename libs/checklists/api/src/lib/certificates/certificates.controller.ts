import { Controller, Get, Param, ParseUUIDPipe, Res } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { Allow, Ctx, Permission, RequestContext } from '@xiangzhi/server/core';
import { ChecklistCertificatesService } from './certificates.service';

/**
 * `GET /api/checklists/certificates/:id/certificate.pdf` — the printable certificate (staff with CHECKLIST_READ in
 * the village's region). The QR code opens `<PUBLIC_BASE_URL>/verify/<serial>` on the portal.
 */
@Controller('api/checklists/certificates')
export class ChecklistCertificatesController {
  constructor(private readonly certificates: ChecklistCertificatesService) {}

  @Get(':id/certificate.pdf')
  @Allow(Permission.CHECKLIST_READ)
  async certificatePdf(
    @Ctx() ctx: RequestContext,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Res() reply: FastifyReply,
  ) {
    const { serial, pdf } = await this.certificates.pdf(ctx, id);
    return reply
      .header('content-type', 'application/pdf')
      .header('x-content-type-options', 'nosniff')
      .header('cache-control', 'no-store')
      .header('content-disposition', `inline; filename*=UTF-8''${encodeURIComponent(`证明-${serial}.pdf`)}`)
      .header('content-length', String(pdf.length))
      .send(pdf);
  }
}
