/**
 * Preset HOUSHAN_001 — 后山镇深化推广运用乡村治理积分制实施方案 (万州区后山镇, 2022, seed 001).
 *
 * - 四(一) 以户为单位进行积分，个人积分和户积分计入家庭总积分; 四(四) 家庭成员个体积分与户积分之和为家庭总积分 →
 *   subject FAMILY_TOTAL: HOUSEHOLD and INDIVIDUAL items; no base points.
 * - 四(二) 爱党爱国、遵纪守法、乡村建设、人居环境、移风易俗、兴业致富、荣誉表彰等七大类，其中正向激励32条、负向约束23条 →
 *   7 categories, 32 POSITIVE + 23 NEGATIVE items. The reference list (附件1) was not published with the seed: names
 *   and values are examples from REFERENCE-DATA.md §1 (`example: true`).
 * - 四(二) 积分事项清单报镇乡村振兴办备案，并面对全村居民进行公示 → villageAdoption FILING.
 * - 四(四) 家庭总积分用于兑换物质奖励、政策支持激励；个人积分用于单项评比奖励 → ranking by family total.
 * - 四(五)1/2 积分在全村排名靠前的 … 优先考虑 → TOP_OF_RANKING.
 * - 四(五)3 积分1分原则上对应1元人民币 → 1 point = 1 yuan; 原则上家庭总积分达到100分以上，方可兑换 → threshold 100
 *   on the family total; no window is named → any time; the whole balance may be exchanged.
 * - 四(六) 家庭总积分逐年累加，兑换物质奖励后按额度扣减。个人积分在年度评比后清零 → FAMILY_CARRY_OVER (see closeYear).
 * - 四(四) 依据表彰文件、法律文书、新闻报道 … 进行积分登记 → evidence required for every item.
 * - review and publication: the seed names no cadence (四(五)1 在公示栏公示) → the town defaults: monthly review,
 *   quarterly publication, 20 days of objection.
 */
import type { SchemeDefinition } from '../types';
import { itemsOf, type ItemRow } from './rows';

const ROWS: readonly ItemRow[] = [
  // 正向激励 32 条
  ['A01', '爱党爱国', '升挂国旗、参加爱国主义教育活动', 'POSITIVE', 2, 2, 'HOUSEHOLD', 4, '参加爱国主义教育'],
  ['A02', '爱党爱国', '参加党的政策宣讲、夜校学习', 'POSITIVE', 5, 5, 'INDIVIDUAL', 10, '参加宣讲学习'],
  ['A03', '爱党爱国', '按时参加村民大会', 'POSITIVE', 2, 2, 'HOUSEHOLD', 4, '参加村务会议'],
  ['A04', '爱党爱国', '参与村务监督、建言献策', 'POSITIVE', 2, 2, 'INDIVIDUAL', 4, '参与村务监督'],
  ['A05', '爱党爱国', '支持子女参军、拥军优属', 'POSITIVE', 10, 10, 'HOUSEHOLD', null, '拥军优属'],
  ['B01', '遵纪守法', '全年遵纪守法，无违法记录', 'POSITIVE', 10, 10, 'HOUSEHOLD', 10, '遵纪守法'],
  ['B02', '遵纪守法', '参与矛盾纠纷调解', 'POSITIVE', 3, 3, 'INDIVIDUAL', 9, '参与矛盾调解'],
  ['B03', '遵纪守法', '提供违法犯罪线索经查属实', 'POSITIVE', 5, 5, 'INDIVIDUAL', null, '参与平安建设'],
  ['B04', '遵纪守法', '参加法治宣传、担任法律明白人', 'POSITIVE', 3, 3, 'INDIVIDUAL', 6, '参加法治宣传'],
  ['C01', '乡村建设', '参加义务劳动', 'POSITIVE', 5, 10, 'INDIVIDUAL', 20, '参加义务劳动'],
  ['C02', '乡村建设', '参加志愿服务', 'POSITIVE', 5, 5, 'INDIVIDUAL', 15, '参加志愿服务'],
  ['C03', '乡村建设', '支持村内公益项目建设（让地、投劳）', 'POSITIVE', 5, 10, 'HOUSEHOLD', null, '支持公益项目建设'],
  ['C04', '乡村建设', '参与公共设施管护', 'POSITIVE', 3, 3, 'HOUSEHOLD', 6, '参与设施管护'],
  ['C05', '乡村建设', '捐资助学、公益捐款', 'POSITIVE', 10, 10, 'HOUSEHOLD', null, '参与公益捐助'],
  ['D01', '人居环境', '参加环境卫生整治', 'POSITIVE', 5, 5, 'INDIVIDUAL', 10, '参加环境卫生整治'],
  [
    'D02',
    '人居环境',
    '桌凳、锅碗、衣被、柴棒、农具摆放整齐，屋里屋外扫整齐（家六齐）',
    'POSITIVE',
    2,
    12,
    'HOUSEHOLD',
    12,
    '保持室内整洁',
  ],
  ['D03', '人居环境', '房前屋后清洁，无乱堆乱放', 'POSITIVE', 2, 2, 'HOUSEHOLD', 4, '保持庭院整洁'],
  ['D04', '人居环境', '主动改厨改厕', 'POSITIVE', 5, 5, 'HOUSEHOLD', null, '改厨改厕'],
  ['D05', '人居环境', '庭院绿化美化', 'POSITIVE', 3, 3, 'HOUSEHOLD', 3, '庭院绿化'],
  ['D06', '人居环境', '垃圾分类投放', 'POSITIVE', 2, 2, 'HOUSEHOLD', 2, '参与垃圾分类'],
  ['E01', '移风易俗', '红白事简办', 'POSITIVE', 5, 10, 'HOUSEHOLD', null, '移风易俗'],
  ['E02', '移风易俗', '低彩礼、零彩礼', 'POSITIVE', 10, 10, 'HOUSEHOLD', null, '移风易俗'],
  ['E03', '移风易俗', '孝老爱亲、赡养老人', 'POSITIVE', 3, 3, 'HOUSEHOLD', 3, '弘扬传统美德'],
  ['E04', '移风易俗', '邻里和睦、助人为乐', 'POSITIVE', 3, 3, 'INDIVIDUAL', 9, '弘扬传统美德'],
  ['F01', '兴业致富', '带动群众共同致富', 'POSITIVE', 10, 10, 'HOUSEHOLD', null, '带动致富'],
  ['F02', '兴业致富', '参加技能培训', 'POSITIVE', 3, 3, 'INDIVIDUAL', 6, '参加技能培训'],
  ['F03', '兴业致富', '发展特色产业', 'POSITIVE', 5, 5, 'HOUSEHOLD', null, '发展产业'],
  ['G01', '荣誉表彰', '获国家级表彰', 'POSITIVE', 50, 50, 'INDIVIDUAL', null, '获得表彰'],
  ['G02', '荣誉表彰', '获省级表彰', 'POSITIVE', 30, 30, 'INDIVIDUAL', null, '获得表彰'],
  ['G03', '荣誉表彰', '获市级表彰', 'POSITIVE', 20, 20, 'INDIVIDUAL', null, '获得表彰'],
  ['G04', '荣誉表彰', '获区县级表彰', 'POSITIVE', 15, 15, 'INDIVIDUAL', null, '获得表彰'],
  ['G05', '荣誉表彰', '获镇级、村级表彰', 'POSITIVE', 5, 10, 'INDIVIDUAL', null, '获得表彰'],
  // 负向约束 23 条
  ['A51', '爱党爱国', '无故不参加村民大会', 'NEGATIVE', 1, 1, 'HOUSEHOLD', 3, '会议纪律'],
  ['A52', '爱党爱国', '散布不当言论、破坏团结', 'NEGATIVE', 5, 5, 'INDIVIDUAL', null, '不文明言行'],
  ['B51', '遵纪守法', '违反村规民约', 'NEGATIVE', 2, 5, 'HOUSEHOLD', 10, '违反村规民约'],
  ['B52', '遵纪守法', '参与赌博', 'NEGATIVE', 5, 5, 'INDIVIDUAL', null, '不文明行为'],
  ['B53', '遵纪守法', '参与迷信活动', 'NEGATIVE', 2, 2, 'INDIVIDUAL', null, '不文明行为'],
  ['B54', '遵纪守法', '打架斗殴', 'NEGATIVE', 5, 10, 'INDIVIDUAL', null, '违反治安管理'],
  ['B55', '遵纪守法', '缠访闹访、非法上访', 'NEGATIVE', 5, 5, 'INDIVIDUAL', null, '违反信访秩序'],
  ['B56', '遵纪守法', '受到治安管理处罚', 'NEGATIVE', 10, 10, 'INDIVIDUAL', null, '违反治安管理'],
  ['B57', '遵纪守法', '受到刑事处罚', 'NEGATIVE', 20, 20, 'INDIVIDUAL', null, '违法犯罪'],
  ['C51', '乡村建设', '破坏公共设施', 'NEGATIVE', 5, 10, 'HOUSEHOLD', null, '损害公共设施'],
  ['C52', '乡村建设', '无理阻挠公益项目建设', 'NEGATIVE', 5, 5, 'HOUSEHOLD', null, '阻挠公益建设'],
  ['C53', '乡村建设', '乱搭乱建', 'NEGATIVE', 5, 5, 'HOUSEHOLD', null, '违规建设'],
  ['D51', '人居环境', '厅堂杂乱', 'NEGATIVE', 2, 2, 'HOUSEHOLD', 2, '室内卫生'],
  ['D52', '人居环境', '餐具不净', 'NEGATIVE', 2, 2, 'HOUSEHOLD', 2, '室内卫生'],
  ['D53', '人居环境', '衣物杂乱积尘', 'NEGATIVE', 2, 2, 'HOUSEHOLD', 2, '室内卫生'],
  ['D54', '人居环境', '柴草杂物挤占公共区域', 'NEGATIVE', 2, 2, 'HOUSEHOLD', 2, '环境卫生'],
  ['D55', '人居环境', '农具肥料堆放杂乱', 'NEGATIVE', 2, 2, 'HOUSEHOLD', 2, '环境卫生'],
  ['D56', '人居环境', '院坝污水臭气', 'NEGATIVE', 2, 2, 'HOUSEHOLD', 2, '环境卫生'],
  ['D57', '人居环境', '乱倒垃圾', 'NEGATIVE', 2, 2, 'HOUSEHOLD', 4, '环境卫生'],
  ['E51', '移风易俗', '红白事大操大办', 'NEGATIVE', 5, 10, 'HOUSEHOLD', null, '移风易俗'],
  ['E52', '移风易俗', '索要高价彩礼', 'NEGATIVE', 5, 10, 'HOUSEHOLD', null, '移风易俗'],
  ['E53', '移风易俗', '不赡养老人', 'NEGATIVE', 10, 10, 'HOUSEHOLD', null, '不文明行为'],
  ['F51', '兴业致富', '等靠要、好逸恶劳', 'NEGATIVE', 2, 2, 'HOUSEHOLD', 2, '勤劳致富'],
];

export const HOUSHAN_001: SchemeDefinition = {
  name: '后山镇深化推广运用乡村治理积分制实施方案',
  year: 2026,
  parameters: {
    subjectModel: 'FAMILY_TOTAL',
    basePoints: 0,
    cycle: 'FAMILY_CARRY_OVER',
    rankingBasis: 'FAMILY_TOTAL',
    exchangeValue: { points: 1, yuan: 1 },
    exchangeableRule: 'BALANCE',
    exchangeThreshold: 100,
    exchangeWindows: { months: null, label: '随时兑换' },
    blackListBlocksExchange: false,
    awardRule: 'TOP_OF_RANKING',
    reviewCadenceMonths: 1,
    publicationCadenceMonths: 3,
    objectionWindowDays: 20,
    villageAdoption: 'FILING',
  },
  items: itemsOf(ROWS, { example: true, evidence: 'ALL' }),
};
