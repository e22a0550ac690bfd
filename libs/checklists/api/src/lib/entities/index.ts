import { ChecklistListTypeEntity } from './list-type.entity';
import { ChecklistVersionEventEntity } from './version-event.entity';
import { ChecklistVersionEntity } from './version.entity';
import { caseEntities } from '../cases/case-entities';
import { oversightEntities } from '../oversight/entities';

export { ALL_COUNTIES, ChecklistListTypeEntity } from './list-type.entity';
export { ChecklistVersionEntity } from './version.entity';
export { ChecklistVersionEventEntity } from './version-event.entity';

/** Entities of the checklist system. */
export const checklistEntities = [
  ChecklistListTypeEntity,
  ChecklistVersionEntity,
  ChecklistVersionEventEntity,
  ...caseEntities,
  ...oversightEntities,
];
