import { ChecklistCertificateEntity } from '../certificates/certificate.entity';
import { ChecklistCaseEventEntity } from './case-event.entity';
import { ChecklistCaseReminderEntity } from './case-reminder.entity';
import { ChecklistCaseEntity } from './case.entity';
import { ChecklistDoNotIssueEntity, ChecklistGateRefusalEntity } from './gate.entity';

export { ChecklistCaseEntity } from './case.entity';
export { ChecklistCaseEventEntity } from './case-event.entity';
export { ChecklistCaseReminderEntity } from './case-reminder.entity';
export { ChecklistDoNotIssueEntity, ChecklistGateRefusalEntity, NATIONAL_PROVINCE } from './gate.entity';
export { ChecklistCertificateEntity } from '../certificates/certificate.entity';

/** Entities of cases, the negative-list gate and certificates. */
export const caseEntities = [
  ChecklistCaseEntity,
  ChecklistCaseEventEntity,
  ChecklistCaseReminderEntity,
  ChecklistGateRefusalEntity,
  ChecklistDoNotIssueEntity,
  ChecklistCertificateEntity,
];
