import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import type { LoaderFactory, RequestContext } from '@xiangzhi/server/core';
import type { ChecklistVersionEventModel } from './models/version.model';
import { ChecklistReadsService } from './services/checklist-reads.service';

/** Per-request DataLoaders of the checklist domain: a page of versions costs one query for all their events. */
@Injectable()
export class ChecklistLoaders {
  private readonly eventsFactory: LoaderFactory<string, ChecklistVersionEventModel[]> = () =>
    new DataLoader(async (ids) => {
      const map = await this.reads.eventsOf(ids);
      return ids.map((id) => map.get(id) ?? []);
    });

  constructor(private readonly reads: ChecklistReadsService) {}

  /** The event log of a version, oldest first. */
  events(ctx: RequestContext): DataLoader<string, ChecklistVersionEventModel[]> {
    return ctx.loader(this.eventsFactory);
  }
}
