/**
 * Preset CHANGBA_000 — 武隆区长坝镇乡村治理暨新时代文明实践积分推广运用方案 (长坝府发〔2023〕18号, seed 000).
 *
 * - 二(二) 以户为单位积分 → subject HOUSEHOLD; no base points.
 * - 二(三) 正面清单和负面清单 … 平安建设、学习宣传、传统美德、环境卫生、公益行动、激励引导6大类 … 28项 → 6 categories,
 *   28 items (22 positive, 6 negative). The annex (附件1/2) was not published with the seed: names and values are
 *   examples from REFERENCE-DATA.md §1 built on the named items 遵纪守法、学习强国、会议活动、卫生环保、评比表彰、文明行为、
 *   志愿服务、宣传示范 (`example: true`).
 * - 二 末段 细则报镇乡村振兴办、宣传办同意后实施 → villageAdoption APPROVAL (the town agrees before it takes effect).
 * - 三(一) 一日一记录 … 提供相关证据 → evidence required for every item; 三(二) 一月一审核 → review monthly;
 *   三(三) 一季一公示 → publication quarterly; objection window: the seed sets no days → 20 (REFERENCE-DATA.md §2).
 * - 三(四) 半年一兑换 → two windows a year. The seed names no months: June and December, the months of the half-year
 *   reports (五(四) 每年6月20日前和12月5日前), the December window lying before 次年清零.
 * - 四 年度内积分可累积使用，次年清零重新积分 → ANNUAL_RESET; ranking by the household's points of the year.
 * - 四(一) 10分约折合人民币1.2元 → exchange value 10 points = 1.2 yuan; the whole balance may be exchanged.
 * - 四(二) 参加“最美庭院”… 评比的必须是累计获得积分高于平均分的农户 → ABOVE_VILLAGE_AVERAGE.
 * - 四(三) 列入黑榜，积分不予兑换 → the black list blocks exchange.
 */
import type { SchemeDefinition } from '../types';
import { itemsOf, type ItemRow } from './rows';

const ROWS: readonly ItemRow[] = [
  // 正面清单
  ['A01', '平安建设', '遵纪守法，全年无违法违纪行为', 'POSITIVE', 10, 10, 'HOUSEHOLD', 10, '遵纪守法'],
  ['A02', '平安建设', '参与平安巡逻、矛盾纠纷调解', 'POSITIVE', 2, 5, 'HOUSEHOLD', 10, '参与平安建设'],
  ['A03', '平安建设', '提供违法犯罪线索经查属实', 'POSITIVE', 5, 5, 'HOUSEHOLD', null, '参与平安建设'],
  ['B01', '学习宣传', '使用“学习强国”平台学习，当月达标', 'POSITIVE', 2, 2, 'HOUSEHOLD', 2, '参加学习'],
  ['B02', '学习宣传', '按时参加村民大会、院坝会等会议活动', 'POSITIVE', 2, 2, 'HOUSEHOLD', 6, '参加村务会议'],
  ['B03', '学习宣传', '参加新时代文明实践宣讲、夜校', 'POSITIVE', 5, 5, 'HOUSEHOLD', 10, '参加宣讲学习'],
  ['B04', '学习宣传', '宣传党的政策，示范带动群众', 'POSITIVE', 3, 3, 'HOUSEHOLD', 6, '参与政策宣传'],
  ['C01', '传统美德', '尊老爱幼、助人为乐', 'POSITIVE', 3, 3, 'HOUSEHOLD', 9, '弘扬传统美德'],
  ['C02', '传统美德', '邻里和睦、家庭和谐', 'POSITIVE', 3, 3, 'HOUSEHOLD', 3, '弘扬传统美德'],
  ['C03', '传统美德', '红白事简办、低彩礼零彩礼', 'POSITIVE', 5, 10, 'HOUSEHOLD', null, '移风易俗'],
  ['D01', '环境卫生', '参加环境卫生整治', 'POSITIVE', 5, 5, 'HOUSEHOLD', 10, '参加环境卫生整治'],
  ['D02', '环境卫生', '房前屋后整洁、物品摆放整齐', 'POSITIVE', 2, 2, 'HOUSEHOLD', 4, '保持庭院整洁'],
  ['D03', '环境卫生', '垃圾分类投放、卫生环保', 'POSITIVE', 2, 2, 'HOUSEHOLD', 2, '参与垃圾分类'],
  ['E01', '公益行动', '参加志愿服务活动', 'POSITIVE', 5, 5, 'HOUSEHOLD', 15, '参加志愿服务'],
  ['E02', '公益行动', '参加义务劳动', 'POSITIVE', 10, 10, 'HOUSEHOLD', 20, '参加义务劳动'],
  ['E03', '公益行动', '捐资助学、扶贫济困', 'POSITIVE', 10, 10, 'HOUSEHOLD', null, '参与公益捐助'],
  ['F01', '激励引导', '家庭或成员获国家级表彰', 'POSITIVE', 50, 50, 'HOUSEHOLD', null, '获得表彰'],
  ['F02', '激励引导', '家庭或成员获省级表彰', 'POSITIVE', 30, 30, 'HOUSEHOLD', null, '获得表彰'],
  ['F03', '激励引导', '家庭或成员获市级表彰', 'POSITIVE', 20, 20, 'HOUSEHOLD', null, '获得表彰'],
  ['F04', '激励引导', '家庭或成员获区级表彰', 'POSITIVE', 15, 15, 'HOUSEHOLD', null, '获得表彰'],
  ['F05', '激励引导', '家庭或成员获镇级表彰', 'POSITIVE', 10, 10, 'HOUSEHOLD', null, '获得表彰'],
  ['F06', '激励引导', '家庭或成员获村级表彰', 'POSITIVE', 5, 5, 'HOUSEHOLD', null, '获得表彰'],
  // 负面清单
  ['A51', '平安建设', '违反村规民约', 'NEGATIVE', 2, 5, 'HOUSEHOLD', 10, '违反村规民约'],
  ['A52', '平安建设', '参与赌博或迷信活动', 'NEGATIVE', 2, 2, 'HOUSEHOLD', null, '不文明行为'],
  ['B51', '学习宣传', '会议活动迟到、早退', 'NEGATIVE', 1, 1, 'HOUSEHOLD', 3, '会议纪律'],
  ['C51', '传统美德', '不赡养老人、家庭不和', 'NEGATIVE', 5, 5, 'HOUSEHOLD', null, '不文明行为'],
  ['C52', '传统美德', '红白事大操大办', 'NEGATIVE', 5, 10, 'HOUSEHOLD', null, '移风易俗'],
  ['D51', '环境卫生', '乱搭乱建、乱堆乱放、乱吊乱挂', 'NEGATIVE', 1, 3, 'HOUSEHOLD', 6, '环境卫生'],
];

export const CHANGBA_000: SchemeDefinition = {
  name: '武隆区长坝镇乡村治理暨新时代文明实践积分推广运用方案',
  year: 2026,
  parameters: {
    subjectModel: 'HOUSEHOLD',
    basePoints: 0,
    cycle: 'ANNUAL_RESET',
    rankingBasis: 'HOUSEHOLD_TOTAL',
    exchangeValue: { points: 10, yuan: 1.2 },
    exchangeableRule: 'BALANCE',
    exchangeThreshold: 0,
    exchangeWindows: { months: [6, 12], label: '半年一兑换' },
    blackListBlocksExchange: true,
    awardRule: 'ABOVE_VILLAGE_AVERAGE',
    reviewCadenceMonths: 1,
    publicationCadenceMonths: 3,
    objectionWindowDays: 20,
    villageAdoption: 'APPROVAL',
  },
  items: itemsOf(ROWS, { example: true, evidence: 'ALL' }),
};
