import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import type { LoaderFactory } from '@xiangzhi/server/core';
import { PointsPublicationLineEntity } from './publication.entity';
import { PublicationsService } from './publications.service';

@Injectable()
export class PublicationLoaders {
  constructor(private readonly publications: PublicationsService) {}

  /** The lines of publications (one query per request). */
  readonly linesByPublication: LoaderFactory<string, PointsPublicationLineEntity[]> = () =>
    new DataLoader(async (ids) => {
      const lines = await this.publications.lines(ids);
      const by = new Map<string, PointsPublicationLineEntity[]>(ids.map((id) => [id, []]));
      for (const l of lines) by.get(l.publicationId)?.push(l);
      return ids.map((id) => by.get(id) ?? []);
    });
}
