import { CreateChecklists1796313991413 } from './1796313991413-create-checklists';

/** Migrations of the checklist domain, oldest first. */
export const checklistsMigrations: Array<new () => unknown> = [CreateChecklists1796313991413];
