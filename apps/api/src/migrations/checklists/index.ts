import { CreateChecklists1796313991413 } from './1796313991413-create-checklists';
import { CreateChecklistCases1796346857386 } from './1796346857386-create-checklist-cases';
import { CreateChecklistOversight1796346878424 } from './1796346878424-create-checklist-oversight';

/** Migrations of the checklist domain, oldest first. */
export const checklistsMigrations: Array<new () => unknown> = [
  CreateChecklists1796313991413,
  CreateChecklistCases1796346857386,
  CreateChecklistOversight1796346878424,
];
