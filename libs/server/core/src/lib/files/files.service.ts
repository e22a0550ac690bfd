import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { createHash, randomUUID } from 'node:crypto';
import { createReadStream, promises as fs } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Readable } from 'node:stream';
import { DataSource, EntityManager } from 'typeorm';
import { AppConfig } from '../config/app-config';
import type { RequestContext } from '../context/request-context';
import { Permission } from '../auth/roles';
import { NotFoundError, ValidationError } from '../errors/domain-error';
import { sniffContentType } from './file-type';
import { StoredFileEntity } from './stored-file.entity';
import { AuditService } from '../audit/audit.service';

export interface StoredFileInfo {
  id: string;
  name: string;
  size: number;
  contentType: string;
}

/** Keeps uploaded and generated files under DATA_DIR, content-addressed by id, and serves them within scope. */
@Injectable()
export class FilesService {
  private readonly root: string;

  constructor(
    private readonly config: AppConfig,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {
    this.root = resolve(config.values.DATA_DIR);
  }

  /** Stores an upload after checking its size and its type by magic bytes. */
  async saveUpload(ctx: RequestContext, name: string, data: Buffer): Promise<StoredFileInfo> {
    const actor = ctx.requirePermission(Permission.FILE_UPLOAD);
    if (data.length === 0) throw new ValidationError('FILE_EMPTY');
    if (data.length > this.config.values.UPLOAD_LIMIT_BYTES) {
      throw new ValidationError('FILE_TOO_LARGE', { limit: this.config.values.UPLOAD_LIMIT_BYTES });
    }
    const type = sniffContentType(data.subarray(0, 16), name);
    if (!type) throw new ValidationError('FILE_TYPE_NOT_ALLOWED');
    return this.dataSource.transaction(async (em) => {
      const info = await this.write(em, ctx, name, type, data, actor.regionCode, 'UPLOAD');
      await this.audit.record(em, ctx, 'uploadFile', { name: info.name }, [
        {
          targetType: 'file',
          targetId: info.id,
          regionCode: actor.regionCode,
          summary: { size: info.size, contentType: type },
        },
      ]);
      return info;
    });
  }

  /** Stores a file the product made (PDF, report) for the given region. */
  async saveGenerated(
    em: EntityManager,
    ctx: RequestContext,
    name: string,
    contentType: string,
    data: Buffer,
    regionCode: string,
  ): Promise<StoredFileInfo> {
    return this.write(em, ctx, name, contentType, data, regionCode, 'GENERATED');
  }

  private async write(
    em: EntityManager,
    ctx: RequestContext,
    name: string,
    contentType: string,
    data: Buffer,
    regionCode: string,
    kind: 'UPLOAD' | 'GENERATED',
  ): Promise<StoredFileInfo> {
    const id = randomUUID();
    const key = join(id.slice(0, 2), id);
    await fs.mkdir(join(this.root, id.slice(0, 2)), { recursive: true });
    await fs.writeFile(join(this.root, key), data, { mode: 0o600 });
    const safeName = name.replace(/[\\/\p{Cc}]/gu, '_').slice(0, 200) || 'file';
    await em.insert(StoredFileEntity, {
      id,
      name: safeName,
      contentType,
      size: data.length,
      sha256: createHash('sha256').update(data).digest('hex'),
      regionCode,
      ownerId: ctx.actor?.userId && ctx.actor.username !== 'system' ? ctx.actor.userId : null,
      kind,
      storageKey: key,
    });
    return { id, name: safeName, size: data.length, contentType };
  }

  /**
   * The file's record, if the caller's scope contains its region or the caller uploaded it (a grid worker is bound
   * to a village but sees only their grids); else NOT_FOUND, revealing nothing.
   */
  async find(ctx: RequestContext, id: string): Promise<StoredFileEntity> {
    const actor = ctx.requireActor();
    if (!/^[0-9a-f-]{36}$/i.test(id)) throw new NotFoundError('FILE_NOT_FOUND');
    const row = await (ctx.em ?? this.dataSource.manager).findOne(StoredFileEntity, { where: { id } });
    const own = !!row && row.ownerId !== null && row.ownerId === actor.userId;
    if (!row || (!own && !ctx.inScope(row.regionCode))) throw new NotFoundError('FILE_NOT_FOUND');
    return row;
  }

  async read(ctx: RequestContext, id: string): Promise<Buffer> {
    const row = await this.find(ctx, id);
    return fs.readFile(join(this.root, row.storageKey));
  }

  async open(ctx: RequestContext, id: string): Promise<{ file: StoredFileEntity; stream: Readable }> {
    const file = await this.find(ctx, id);
    return { file, stream: createReadStream(join(this.root, file.storageKey)) };
  }
}
