import type {
  HouseholdName,
  Objection,
  ObjectionDecision,
  ObjectionStatus,
  PublicationDetail,
  PublicationLine,
  StaffObjectionInput,
} from '@xiangzhi/points/data-access';
import { reasonText } from './periods';

/** The statuses of the queue, in the order of the tabs. */
export const OBJECTION_STATUSES: readonly ObjectionStatus[] = ['FILED', 'INVESTIGATED', 'UPHELD', 'DISMISSED'];

/** The queue a user starts on: reviewers the objections to investigate, the town those to decide. */
export function defaultObjectionStatus(canReview: boolean, canApprove: boolean): ObjectionStatus | null {
  if (canReview) return 'FILED';
  if (canApprove) return 'INVESTIGATED';
  return null;
}

/** What the review group may do now: investigate a FILED objection. */
export function canInvestigate(objection: Pick<Objection, 'status'>, canReview: boolean): boolean {
  return canReview && objection.status === 'FILED';
}

/** What the town may do now: decide an INVESTIGATED objection. */
export function canDecide(objection: Pick<Objection, 'status'>, canApprove: boolean): boolean {
  return canApprove && objection.status === 'INVESTIGATED';
}

/** A decision as sent to the API, or null while the decision or its reason (2+ characters) is missing. */
export function decisionArgs(
  decision: ObjectionDecision | null,
  reason: string,
): { decision: ObjectionDecision; reason: string } | null {
  const text = reasonText(reason);
  return decision && text ? { decision, reason: text } : null;
}

/** The form of an objection brought to staff in person. */
export interface StaffObjectionForm {
  publicationId: string | null;
  householdId: string | null;
  entryId: string | null;
  content: string;
}

/** The API input of a staff-recorded objection, or null while the board, household or text (2–1000) is missing. */
export function staffObjectionInput(form: StaffObjectionForm): StaffObjectionInput | null {
  const content = form.content.trim();
  if (!form.publicationId || !form.householdId || content.length < 2 || content.length > 1000) return null;
  return { publicationId: form.publicationId, householdId: form.householdId, entryId: form.entryId, content };
}

/** The board line an objection concerns, when it names an entry on that board. */
export function objectionLine(
  objection: Pick<Objection, 'entryId'>,
  board: Pick<PublicationDetail, 'lines'> | undefined,
): PublicationLine | null {
  if (!objection.entryId || !board) return null;
  return board.lines.find((l) => l.entryId === objection.entryId) ?? null;
}

/** A household as staff read it: head and card number. */
export function householdText(household: HouseholdName | undefined, fallback: string): string {
  if (!household) return fallback;
  return household.head ? `${household.head.name}（${household.cardNumber}）` : household.cardNumber;
}
