import { IdNumberCipher } from '@xiangzhi/registry/api';
import { ComplaintThrottle } from './complaint-throttle';
import { OversightLoaders } from './oversight.loaders';
import { ChecklistComplaintResolver } from './resolvers/complaint.resolver';
import { ChecklistInspectionResolver } from './resolvers/inspection.resolver';
import { ChecklistOversightResolver } from './resolvers/oversight.resolver';
import { PublicChecklistComplaintResolver } from './resolvers/public-complaint.resolver';
import { ComplaintsService } from './services/complaints.service';
import { InspectionsService } from './services/inspections.service';
import { OversightViewService } from './services/oversight-view.service';

/** Resolvers of oversight (also used to emit the schema). */
export const oversightResolvers = [
  ChecklistInspectionResolver,
  ChecklistComplaintResolver,
  PublicChecklistComplaintResolver,
  ChecklistOversightResolver,
];

/** Services of oversight for the checklists module, besides the resolvers (the cipher of contacts is the registry's, keyed by the config). */
export const oversightProviders = [
  InspectionsService,
  ComplaintsService,
  OversightViewService,
  OversightLoaders,
  ComplaintThrottle,
  IdNumberCipher,
];
