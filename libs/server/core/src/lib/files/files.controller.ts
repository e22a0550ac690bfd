import { Controller, Get, Param, Post, Req, Res } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Allow, Ctx } from '../auth/decorators';
import { Permission } from '../auth/roles';
import type { RequestContext } from '../context/request-context';
import { ValidationError } from '../errors/domain-error';
import { FilesService } from './files.service';

/** REST upload and download of files; GraphQL carries their ids. */
@Controller('api/files')
export class FilesController {
  constructor(private readonly files: FilesService) {}

  @Post()
  @Allow(Permission.FILE_UPLOAD)
  async upload(@Ctx() ctx: RequestContext, @Req() req: FastifyRequest) {
    if (!req.isMultipart()) throw new ValidationError('FILE_MULTIPART_REQUIRED');
    let name: string;
    let data: Buffer;
    try {
      const part = await req.file();
      if (!part) throw new ValidationError('FILE_MISSING');
      name = part.filename;
      data = await part.toBuffer();
    } catch (err) {
      if (err instanceof ValidationError) throw err;
      // over UPLOAD_LIMIT_BYTES, or a malformed or truncated multipart body: bad input, never a 500
      if ((err as { code?: unknown }).code === 'FST_REQ_FILE_TOO_LARGE') throw new ValidationError('FILE_TOO_LARGE');
      throw new ValidationError('FILE_MULTIPART_INVALID');
    }
    return this.files.saveUpload(ctx, name, data);
  }

  @Get(':id')
  @Allow(Permission.FILE_READ)
  async download(@Ctx() ctx: RequestContext, @Param('id') id: string, @Res() reply: FastifyReply) {
    const { file, stream } = await this.files.open(ctx, id);
    reply
      .header('content-type', file.contentType)
      .header('content-length', String(file.size))
      .header('x-content-type-options', 'nosniff')
      .header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(file.name)}`);
    return reply.send(stream);
  }
}
