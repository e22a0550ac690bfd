/**
 * Preset GAOYANG_004 — 高阳镇全面推行乡风文明建设积分制实施方案 (高阳府发〔2022〕76号, seed 004).
 *
 * - 四(一) 以户为单位 … 每年赋予每户基础分100分 … 积分以每年为一个周期，次年重新积分 → subject HOUSEHOLD, base 100,
 *   ANNUAL_RESET.
 * - 三 人居环境类、产业发展类、遵纪守法类、村风民俗类、善行公益类、表彰奖励类 → 6 categories, each check of the seed one
 *   item (是否… → a POSITIVE item for the good, a NEGATIVE one for the bad). Values: the annex 《乡风文明建设评分细则》
 *   was not published with the seed → examples from REFERENCE-DATA.md §1 (`example: true`).
 * - 二(二) 根据服务质量每年给予超市经营者积分奖励 → item G01 (once a year).
 * - 三 各村（社区）可结合本地的重点工作需要，增减积分内容和分值 (no town approval named) → villageAdoption FILING.
 * - 四(二)1 月记录: a monthly visit records by QR scan, with 佐证 → evidence required for every item.
 * - 四(二)2 季公示。每季度对农户积分进行考核认定 … 公示 → review (考核认定) quarterly, publication quarterly; objection
 *   window 20 days (the seed sets none).
 * - 四(三)1 排名靠前的 … 通报表扬 → TOP_OF_RANKING; ranking by the household's points of the year.
 * - 四(三)2 超出基础分的部分（即总积分减去100分）… 兑换等值物品 … 每季度第一月进行兑换 … 扣减的积分不影响年底积分排名 →
 *   ABOVE_BASE, windows January, April, July, October; 二(二) 用成本价兑换 → 1 point = 1 yuan at cost.
 */
import type { SchemeDefinition } from '../types';
import { itemsOf, type ItemRow } from './rows';

const ROWS: readonly ItemRow[] = [
  ['A01', '人居环境', '参加村庄清洁行动', 'POSITIVE', 2, 2, 'HOUSEHOLD', 6, '参加村庄清洁行动'],
  ['A02', '人居环境', '落实“五清理一活动”', 'POSITIVE', 2, 2, 'HOUSEHOLD', 6, '参加环境卫生整治'],
  ['A03', '人居环境', '生活垃圾和污水乱排乱放', 'NEGATIVE', 2, 2, 'HOUSEHOLD', 6, '环境卫生'],
  ['A04', '人居环境', '房屋内外整洁干净、无乱堆乱码', 'POSITIVE', 2, 2, 'HOUSEHOLD', 6, '保持庭院整洁'],
  ['A05', '人居环境', '主动改厨改厕', 'POSITIVE', 5, 5, 'HOUSEHOLD', null, '改厨改厕'],
  ['A06', '人居环境', '院落绿化亮化', 'POSITIVE', 3, 3, 'HOUSEHOLD', 3, '庭院绿化'],
  ['B01', '产业发展', '存在“等、靠、要”现象、好逸恶劳', 'NEGATIVE', 2, 2, 'HOUSEHOLD', 2, '勤劳致富'],
  ['B02', '产业发展', '积极参加技术技能培训', 'POSITIVE', 3, 3, 'HOUSEHOLD', 6, '参加技能培训'],
  ['B03', '产业发展', '主动参与产业发展', 'POSITIVE', 5, 5, 'HOUSEHOLD', 10, '发展产业'],
  ['C01', '遵纪守法', '乱砍滥伐', 'NEGATIVE', 5, 5, 'HOUSEHOLD', null, '保护生态'],
  ['C02', '遵纪守法', '乱搭乱建', 'NEGATIVE', 5, 5, 'HOUSEHOLD', null, '违规建设'],
  ['C03', '遵纪守法', '非法上访', 'NEGATIVE', 5, 5, 'HOUSEHOLD', null, '违反信访秩序'],
  ['C04', '遵纪守法', '打架斗殴', 'NEGATIVE', 5, 10, 'HOUSEHOLD', null, '违反治安管理'],
  ['C05', '遵纪守法', '扰乱公共秩序', 'NEGATIVE', 5, 5, 'HOUSEHOLD', null, '违反治安管理'],
  ['C06', '遵纪守法', '破坏公共财产', 'NEGATIVE', 5, 10, 'HOUSEHOLD', null, '损害公共设施'],
  ['C07', '遵纪守法', '涉及“黄赌毒”', 'NEGATIVE', 10, 10, 'HOUSEHOLD', null, '违法行为'],
  ['D01', '村风民俗', '主动参加村（社区）组织的会议学习', 'POSITIVE', 1, 1, 'HOUSEHOLD', 3, '参加会议学习'],
  ['D02', '村风民俗', '主动学习宣传惠民政策', 'POSITIVE', 2, 2, 'HOUSEHOLD', 4, '参与政策宣传'],
  ['D03', '村风民俗', '歪曲事实、对享受的政策不认账', 'NEGATIVE', 3, 3, 'HOUSEHOLD', null, '诚信守约'],
  ['D04', '村风民俗', '积极参加各级组织的文体活动', 'POSITIVE', 2, 2, 'HOUSEHOLD', 4, '参加文体活动'],
  ['D05', '村风民俗', '搞封建迷信', 'NEGATIVE', 2, 2, 'HOUSEHOLD', null, '移风易俗'],
  ['D06', '村风民俗', '参加非法组织和邪教活动', 'NEGATIVE', 20, 20, 'HOUSEHOLD', null, '违法行为'],
  ['D07', '村风民俗', '搞宗派活动', 'NEGATIVE', 5, 5, 'HOUSEHOLD', null, '村风民俗'],
  ['D08', '村风民俗', '婚嫁恶俗', 'NEGATIVE', 5, 5, 'HOUSEHOLD', null, '移风易俗'],
  ['D09', '村风民俗', '殡葬陋习', 'NEGATIVE', 5, 5, 'HOUSEHOLD', null, '移风易俗'],
  ['D10', '村风民俗', '办“无事酒”', 'NEGATIVE', 5, 10, 'HOUSEHOLD', null, '移风易俗'],
  ['E01', '善行公益', '参与公共环境卫生整治', 'POSITIVE', 5, 5, 'HOUSEHOLD', 10, '参加环境卫生整治'],
  ['E02', '善行公益', '参与公益类项目建设', 'POSITIVE', 5, 5, 'HOUSEHOLD', 10, '支持公益项目建设'],
  ['E03', '善行公益', '参与公共设施管理', 'POSITIVE', 3, 3, 'HOUSEHOLD', 6, '参与设施管护'],
  ['E04', '善行公益', '公益捐款', 'POSITIVE', 5, 10, 'HOUSEHOLD', null, '参与公益捐助'],
  ['E05', '善行公益', '义务献血', 'POSITIVE', 10, 10, 'HOUSEHOLD', null, '义务献血'],
  ['E06', '善行公益', '参加志愿服务', 'POSITIVE', 5, 5, 'HOUSEHOLD', 15, '参加志愿服务'],
  ['F01', '表彰奖励', '获国家级荣誉奖励', 'POSITIVE', 50, 50, 'HOUSEHOLD', null, '获得表彰'],
  ['F02', '表彰奖励', '获市县级荣誉奖励', 'POSITIVE', 15, 20, 'HOUSEHOLD', null, '获得表彰'],
  ['F03', '表彰奖励', '获镇村级荣誉奖励', 'POSITIVE', 5, 10, 'HOUSEHOLD', null, '获得表彰'],
  ['F04', '表彰奖励', '被媒体正面宣传报道', 'POSITIVE', 5, 5, 'HOUSEHOLD', null, '正面宣传'],
  ['G01', '积分超市', '积分超市经营者服务质量良好（每年评定）', 'POSITIVE', 5, 20, 'HOUSEHOLD', 20, '积分超市服务'],
];

export const GAOYANG_004: SchemeDefinition = {
  name: '高阳镇全面推行乡风文明建设积分制实施方案',
  year: 2026,
  parameters: {
    subjectModel: 'HOUSEHOLD',
    basePoints: 100,
    cycle: 'ANNUAL_RESET',
    rankingBasis: 'HOUSEHOLD_TOTAL',
    exchangeValue: { points: 1, yuan: 1 },
    exchangeableRule: 'ABOVE_BASE',
    exchangeThreshold: 0,
    exchangeWindows: { months: [1, 4, 7, 10], label: '每季度第一个月' },
    blackListBlocksExchange: false,
    awardRule: 'TOP_OF_RANKING',
    reviewCadenceMonths: 3,
    publicationCadenceMonths: 3,
    objectionWindowDays: 20,
    villageAdoption: 'FILING',
  },
  items: itemsOf(ROWS, { example: true, evidence: 'ALL' }),
};
