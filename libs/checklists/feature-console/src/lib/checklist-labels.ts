import type { ConsoleChecklistStatus } from '@xiangzhi/checklists/data-access';

/** Tag colours of the version statuses. */
export const STATUS_COLOURS: Readonly<Record<ConsoleChecklistStatus, string>> = {
  DRAFT: 'default',
  SUBMITTED: 'processing',
  PUBLISHED: 'success',
  REJECTED: 'error',
  SUPERSEDED: 'warning',
};
