import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import type { LoaderFactory, RequestContext } from '@xiangzhi/server/core';
import type { ChecklistComplaintEventModel } from './models/complaint.model';
import type { ChecklistFindingModel, ChecklistInspectionEventModel } from './models/inspection.model';
import { ComplaintsService } from './services/complaints.service';
import { InspectionsService } from './services/inspections.service';

/** Per-request DataLoaders of oversight: a page of inspections costs one query for all their findings, one for events. */
@Injectable()
export class OversightLoaders {
  private readonly findingsFactory: LoaderFactory<string, ChecklistFindingModel[]> = () =>
    new DataLoader(async (ids) => {
      const map = await this.inspections.findingsOf(ids);
      return ids.map((id) => map.get(id) ?? []);
    });

  private readonly inspectionEventsFactory: LoaderFactory<string, ChecklistInspectionEventModel[]> = () =>
    new DataLoader(async (ids) => {
      const map = await this.inspections.eventsOf(ids);
      return ids.map((id) => map.get(id) ?? []);
    });

  private readonly complaintEventsFactory: LoaderFactory<string, ChecklistComplaintEventModel[]> = () =>
    new DataLoader(async (ids) => {
      const map = await this.complaints.eventsOf(ids);
      return ids.map((id) => map.get(id) ?? []);
    });

  constructor(
    private readonly inspections: InspectionsService,
    private readonly complaints: ComplaintsService,
  ) {}

  findings(ctx: RequestContext): DataLoader<string, ChecklistFindingModel[]> {
    return ctx.loader(this.findingsFactory);
  }

  inspectionEvents(ctx: RequestContext): DataLoader<string, ChecklistInspectionEventModel[]> {
    return ctx.loader(this.inspectionEventsFactory);
  }

  complaintEvents(ctx: RequestContext): DataLoader<string, ChecklistComplaintEventModel[]> {
    return ctx.loader(this.complaintEventsFactory);
  }
}
