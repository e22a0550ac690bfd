/**
 * Preset TUKE_002 — 图克镇积分制和清单制运用工作方案 (图政发〔2022〕141号, 乌审旗图克镇, seed 002).
 *
 * - 三(一)1) 积分应主要围绕爱党爱国、学法守法，生态宜居美丽乡村、乡村产业发展、人居环境整治、新时代文明建设、扶贫济困、
 *   全民健康、诚信评价等方面来设置 → these 9 categories, 2 items each. The seed lists no items or values: examples from
 *   REFERENCE-DATA.md §1 (`example: true`).
 * - 三(一)3) 设置积分制惩罚措施不得 … 剥夺农牧民群众依法享有的政府补贴和集体经济收益 → takesEntitlement (rules.ts);
 *   三(一)4) 惩戒主要以批评教育为导向 → few and mild deductions.
 * - 二(一) 以积分评价管理为主要形式 … 通过民主程序，制定积分评价办法; 四(一) 各嘎查村 … 及时制定“积分制”相关制度 →
 *   the village sets its own rules: villageAdoption FILING; subject, exchange value and windows are set locally →
 *   HOUSEHOLD, value null, any time; ANNUAL_RESET, whole balance, no threshold, no black-list rule, no award rule (NONE).
 * - the seed sets no review or publication cadence: the town defaults (monthly review, quarterly publication,
 *   20 days of objection); evidence is asked for deductions only.
 */
import type { SchemeDefinition } from '../types';
import { itemsOf, type ItemRow } from './rows';

const ROWS: readonly ItemRow[] = [
  ['A01', '爱党爱国', '参加党的政策宣讲、主题教育活动', 'POSITIVE', 2, 2, 'HOUSEHOLD', 4, '参加宣讲学习'],
  ['A02', '爱党爱国', '参加嘎查村民大会、议事协商', 'POSITIVE', 2, 2, 'HOUSEHOLD', 4, '参与村务'],
  ['B01', '学法守法', '参加普法宣传、学法用法', 'POSITIVE', 2, 2, 'HOUSEHOLD', 4, '参加法治宣传'],
  ['B02', '学法守法', '违反嘎查村规民约', 'NEGATIVE', 1, 3, 'HOUSEHOLD', 6, '违反村规民约'],
  ['C01', '生态宜居美丽乡村', '参与植树造林、草原生态保护', 'POSITIVE', 3, 5, 'HOUSEHOLD', 10, '参与生态保护'],
  ['C02', '生态宜居美丽乡村', '乱砍滥伐、乱采滥挖', 'NEGATIVE', 3, 3, 'HOUSEHOLD', null, '保护生态'],
  ['D01', '乡村产业发展', '发展特色种养殖产业', 'POSITIVE', 5, 5, 'HOUSEHOLD', null, '发展产业'],
  ['D02', '乡村产业发展', '参加技能培训', 'POSITIVE', 3, 3, 'HOUSEHOLD', 6, '参加技能培训'],
  ['E01', '人居环境整治', '参加环境卫生整治', 'POSITIVE', 5, 5, 'HOUSEHOLD', 10, '参加环境卫生整治'],
  ['E02', '人居环境整治', '乱搭乱建、乱堆乱放、乱吊乱挂', 'NEGATIVE', 1, 3, 'HOUSEHOLD', 6, '环境卫生'],
  ['F01', '新时代文明建设', '红白事简办、移风易俗', 'POSITIVE', 5, 5, 'HOUSEHOLD', null, '移风易俗'],
  ['F02', '新时代文明建设', '参加志愿服务', 'POSITIVE', 5, 5, 'HOUSEHOLD', 15, '参加志愿服务'],
  ['G01', '扶贫济困', '帮扶困难群众、助人为乐', 'POSITIVE', 3, 3, 'HOUSEHOLD', 9, '扶贫济困'],
  ['G02', '扶贫济困', '捐资助学、公益捐款', 'POSITIVE', 10, 10, 'HOUSEHOLD', null, '参与公益捐助'],
  ['H01', '全民健康', '参加健康体检、健康知识讲座', 'POSITIVE', 2, 2, 'HOUSEHOLD', 2, '参与健康活动'],
  ['H02', '全民健康', '参加全民健身、文体活动', 'POSITIVE', 2, 2, 'HOUSEHOLD', 4, '参加文体活动'],
  ['I01', '诚信评价', '诚实守信、按时履约', 'POSITIVE', 3, 3, 'HOUSEHOLD', 3, '诚信守约'],
  ['I02', '诚信评价', '失信违约、恶意拖欠', 'NEGATIVE', 3, 3, 'HOUSEHOLD', null, '诚信守约'],
];

export const TUKE_002: SchemeDefinition = {
  name: '图克镇积分制和清单制运用工作方案',
  year: 2026,
  parameters: {
    subjectModel: 'HOUSEHOLD',
    basePoints: 0,
    cycle: 'ANNUAL_RESET',
    rankingBasis: 'HOUSEHOLD_TOTAL',
    exchangeValue: null,
    exchangeableRule: 'BALANCE',
    exchangeThreshold: 0,
    exchangeWindows: { months: null, label: '随时兑换' },
    blackListBlocksExchange: false,
    awardRule: 'NONE',
    reviewCadenceMonths: 1,
    publicationCadenceMonths: 3,
    objectionWindowDays: 20,
    villageAdoption: 'FILING',
  },
  items: itemsOf(ROWS, { example: true, evidence: 'DEDUCTIONS' }),
};
