import { ChecklistComplaintEventEntity } from './complaint-event.entity';
import { ChecklistComplaintEntity } from './complaint.entity';
import { ChecklistFindingEntity } from './finding.entity';
import { ChecklistInspectionEventEntity } from './inspection-event.entity';
import { ChecklistInspectionEntity } from './inspection.entity';

export {
  ChecklistComplaintEntity,
  ChecklistComplaintEventEntity,
  ChecklistFindingEntity,
  ChecklistInspectionEntity,
  ChecklistInspectionEventEntity,
};

/** Entities of oversight (inspections, findings, complaints and their logs). */
export const oversightEntities = [
  ChecklistInspectionEntity,
  ChecklistFindingEntity,
  ChecklistInspectionEventEntity,
  ChecklistComplaintEntity,
  ChecklistComplaintEventEntity,
];
