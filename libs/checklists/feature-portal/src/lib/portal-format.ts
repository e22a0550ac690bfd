import type { PortalChecklistItem } from '@xiangzhi/checklists/data-access';
import { isValidPhone, normalizePhone } from '@xiangzhi/registry/util';

/** A date as a day in China Standard Time: 2026年12月4日, or 4 Dec 2026 in English. */
export function formatDay(iso: string | null | undefined, lang: string): string {
  if (!iso) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  return new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : 'zh-CN', {
    timeZone: 'Asia/Shanghai',
    year: 'numeric',
    month: lang === 'en' ? 'short' : 'long',
    day: 'numeric',
  }).format(date);
}

/** Field keys of an item as shown on the page (translated as `checklistsPortal.fields.<key>`). */
export type ItemFieldKey =
  | 'category'
  | 'forbidden'
  | 'basis'
  | 'policyBasis'
  | 'purpose'
  | 'conditions'
  | 'materials'
  | 'timeLimit'
  | 'responsibleBody'
  | 'guidingUnit'
  | 'oversight'
  | 'fee'
  | 'disclosure'
  | 'sample'
  | 'notes'
  | 'consultation';

/** One field of an item: plain text, a list (materials) or labelled parts (oversight, disclosure). */
export interface ItemField {
  key: ItemFieldKey;
  text?: string;
  list?: string[];
  parts?: { label: string; value: string }[];
}

const filled = (v: string | null | undefined): v is string => typeof v === 'string' && v.trim() !== '';

/**
 * The fields of an item in the order of published lists (the poster's order), leaving out what is empty: a forbidden
 * matter shows what and why; a certificate its purpose and wording. `parts` labels are translation keys.
 */
export function itemFields(item: PortalChecklistItem): ItemField[] {
  const out: ItemField[] = [];
  const text = (key: ItemFieldKey, value: string | null | undefined) => {
    if (filled(value)) out.push({ key, text: value.trim() });
  };
  text('category', item.category);
  text('forbidden', item.forbidden);
  text('basis', item.basis);
  text('policyBasis', item.policyBasis);
  text('purpose', item.purpose);
  text('conditions', item.conditions);
  const materials = item.materials.filter(filled);
  if (materials.length > 0) out.push({ key: 'materials', list: materials });
  text('timeLimit', item.timeLimit.text);
  text('responsibleBody', item.responsibleBody);
  text('guidingUnit', item.guidingUnit);
  const oversight = (['who', 'ofWhom', 'how'] as const)
    .filter((k) => filled(item.oversight[k]))
    .map((k) => ({ label: `checklistsPortal.oversight.${k}`, value: item.oversight[k] }));
  if (oversight.length > 0) out.push({ key: 'oversight', parts: oversight });
  text('fee', item.fee);
  const disclosure = (['what', 'how'] as const)
    .filter((k) => filled(item.disclosure[k]))
    .map((k) => ({ label: `checklistsPortal.disclosure.${k}`, value: item.disclosure[k] }));
  if (disclosure.length > 0) out.push({ key: 'disclosure', parts: disclosure });
  text('sample', item.sample);
  text('notes', item.notes);
  text('consultation', item.consultation);
  return out;
}

/**
 * A calendar day the API sends as text (2026-12-04, or a full timestamp): 2026年12月4日, or 4 Dec 2026 in English.
 * Anything else is shown as sent.
 */
export function formatDate(value: string | null | undefined, lang: string): string {
  if (!value) return '';
  const day = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!day) return formatDay(value, lang) || value;
  // noon UTC is the same day in China
  return formatDay(`${day[1]}-${day[2]}-${day[3]}T12:00:00Z`, lang);
}

/** A complaint's limits as the server checks them (oversight.errors.ts): subject 2–60, text 5–2000, phone or none. */
export const COMPLAINT_LIMITS = { subject: [2, 60], text: [5, 2000] } as const;

/** Which fields of a complaint the server would refuse (empty when it may be sent). */
export function complaintProblems(c: {
  subject: string;
  text: string;
  contact: string;
}): Array<'subject' | 'text' | 'contact'> {
  const problems: Array<'subject' | 'text' | 'contact'> = [];
  const len = (s: string) => [...s.trim()].length;
  const [smin, smax] = COMPLAINT_LIMITS.subject;
  const [tmin, tmax] = COMPLAINT_LIMITS.text;
  if (len(c.subject) < smin || len(c.subject) > smax) problems.push('subject');
  if (len(c.text) < tmin || len(c.text) > tmax) problems.push('text');
  const contact = normalizePhone(c.contact.trim());
  if (contact !== '' && !isValidPhone(contact)) problems.push('contact');
  return problems;
}
