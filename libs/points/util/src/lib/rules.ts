/**
 * Scheme rules that the editor enforces.
 *
 * Seed 002 三(一)3): 设置积分制惩罚措施不得侵害农牧民群众合法权利，不得剥夺农牧民群众依法享有的政府补贴和集体经济收益等.
 */
import type { SchemeItem } from './types';

/** What residents are entitled to by law: subsidies, social assistance, pensions, insurance, collective income. */
const ENTITLEMENT =
  '(?:政府补贴|补贴|补助|补偿款|补偿金|最低生活保障|低保|特困供养|养老金|养老保险|医保|医疗保险|分红|股金|集体经济收益|集体经济收入|集体收益|集体收入|惠农|救助|粮补|粮食直补|抚恤|优抚|退耕还林|生态补偿|征地补偿)';

/**
 * Taking away. A bare 扣 counts, but not 扣分 / 扣2分 / 扣二分 (a points deduction is what a NEGATIVE item does).
 */
const TAKING =
  '(?:扣发|扣减|扣除|扣留|扣押|扣(?![0-9０-９一二三四五六七八九十百两半]*分)|取消|停发|停止发放|停止享受|停止|减发|少发|缓发|暂停|暂缓发放|不予发放|不予享受|不得享受|不再享受|不予兑现|没收|剥夺|冻结|收回|追回)';

/** What may stand between a verb and its object without leaving the clause (no punctuation, short). */
const GAP_FORWARD = '[^，,。；;、：:！!？?（）()\\s]{0,8}?';

/** Between an entitlement and a following verb only such glue may stand (低保资格予以取消, 分红暂停). */
const GAP_BACKWARD = '(?:金|款|资金|待遇|资格|的|予以|被|一律|全部|将|按规定|当年|次年|)*';

/** An entitlement word that names an event or a topic, not the money: 分红会议, 低保政策宣传. */
const NOT_THE_MONEY = '(?!会议|大会|会|政策宣传|宣传|知识|公示|评议|申报|名单)';

const FORWARD = new RegExp(`${TAKING}${GAP_FORWARD}${ENTITLEMENT}${NOT_THE_MONEY}`);
/** The verb must not go on to an object of its own (骗取补贴取消兑换资格 takes the points, not the subsidy). */
const BACKWARD = new RegExp(
  `${ENTITLEMENT}${NOT_THE_MONEY}${GAP_BACKWARD}${TAKING}(?![^，,。；;、]*(?:积分|兑换|资格|评优|评先))`,
);

/**
 * Seed 002: a NEGATIVE (or VETO) item may never take away subsidies or collective income that residents are
 * entitled to by law (e.g. 扣发补贴, 取消集体经济分红, 停发低保). True when the item does so.
 * POSITIVE and BONUS items never take anything away. The name, category and public wording are each checked.
 */
export function takesEntitlement(item: Pick<SchemeItem, 'kind' | 'name' | 'category' | 'publicWording'>): boolean {
  if (item.kind !== 'NEGATIVE' && item.kind !== 'VETO') return false;
  return [item.name, item.category, item.publicWording].some((text) => FORWARD.test(text) || BACKWARD.test(text));
}
