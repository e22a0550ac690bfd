import { ChecklistCertificatesController } from '../certificates/certificates.controller';
import {
  ChecklistCertificateResolver,
  PublicChecklistCertificateResolver,
} from '../certificates/certificates.resolver';
import { ChecklistCertificatesService } from '../certificates/certificates.service';
import { ChecklistCaseLoaders } from './case.loaders';
import { ChecklistCaseResolver, PublicChecklistCaseResolver } from './cases.resolver';
import { ChecklistCasesService } from './cases.service';
import { ChecklistGateService } from './gate.service';
import { ChecklistRemindersService } from './reminders.service';

/** Resolvers of cases, the gate and certificates (also used to emit the schema). */
export const caseResolvers = [
  ChecklistCaseResolver,
  PublicChecklistCaseResolver,
  ChecklistCertificateResolver,
  PublicChecklistCertificateResolver,
];

/** Services of cases, the gate, reminders and certificates (exported by the module for seeds and other domains). */
export const caseServices = [
  ChecklistCasesService,
  ChecklistGateService,
  ChecklistRemindersService,
  ChecklistCertificatesService,
];

export const caseProviders = [...caseServices, ChecklistCaseLoaders];

export const caseControllers = [ChecklistCertificatesController];
