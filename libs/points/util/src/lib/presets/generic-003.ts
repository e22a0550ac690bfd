/**
 * Preset GENERIC_003 — 乡村治理推广运用创建新模式实施方案 (unnamed town, 2023, seed 003).
 *
 * - 一(一) 以家庭和家庭成员个体为单位进行积分 … 家庭积分总数除以参加积分的家庭成员数为家庭平均积分 → subject
 *   FAMILY_AVERAGE: HOUSEHOLD and INDIVIDUAL items, ranking by family average over taking-part members; no base.
 * - 一(二) 遵纪守法、家庭美德、人居环境、移风易俗、勤俭节约、社会公德、勤劳致富等七大类35个指标和加分项、否决项10个指标 →
 *   7 categories × 5 indicators = 35, plus 6 BONUS and 4 VETO items = 10. The annex (附件1) was not published with the
 *   seed: names and values are examples from REFERENCE-DATA.md §1 (`example: true`).
 * - 一(三) 评分小组 … 在征求全体村民或村民代表意见后组织实施 → the village adopts it itself: villageAdoption FILING.
 * - 一(三) 包括事项发生的时间、地点、事由、相关佐证材料 → evidence required for every item.
 * - 一(三) 每月或每季度末由评分小组 … 统计核实、汇总、公示 → review monthly, publication quarterly (the seed allows
 *   either; the town defaults are taken); objection window 20 days (the seed sets none).
 * - 一(四) 家庭平均积分在全村排名靠前的 … 优先考虑 → TOP_NO_VETO: the top family averages; a VETO item disqualifies.
 * - 一(四) 家庭平均积分以家庭为单位每年排名、清零，物质奖励积分兑换后按兑换额度扣减 → ANNUAL_RESET; the balance may be
 *   exchanged whole, any time (no window named); 具体内容由村“两委”根据村情决定 → exchange value set by the village (null).
 */
import type { SchemeDefinition } from '../types';
import { itemsOf, type ItemRow } from './rows';

const ROWS: readonly ItemRow[] = [
  // 七大类 35 个指标
  ['A01', '遵纪守法', '遵守法律法规和村规民约，全年无违法', 'POSITIVE', 5, 5, 'HOUSEHOLD', 5, '遵纪守法'],
  ['A02', '遵纪守法', '参加法治宣传教育', 'POSITIVE', 2, 2, 'INDIVIDUAL', 4, '参加法治宣传'],
  ['A03', '遵纪守法', '参与矛盾纠纷调解', 'POSITIVE', 3, 3, 'INDIVIDUAL', 6, '参与矛盾调解'],
  ['A04', '遵纪守法', '打架斗殴、寻衅滋事', 'NEGATIVE', 5, 10, 'INDIVIDUAL', null, '违反治安管理'],
  ['A05', '遵纪守法', '违反村规民约', 'NEGATIVE', 2, 5, 'HOUSEHOLD', 10, '违反村规民约'],
  ['B01', '家庭美德', '孝敬老人、赡养父母', 'POSITIVE', 3, 3, 'INDIVIDUAL', 3, '弘扬家庭美德'],
  ['B02', '家庭美德', '夫妻和睦、家庭和谐', 'POSITIVE', 3, 3, 'HOUSEHOLD', 3, '弘扬家庭美德'],
  ['B03', '家庭美德', '重视子女教育', 'POSITIVE', 2, 2, 'HOUSEHOLD', 2, '弘扬家庭美德'],
  ['B04', '家庭美德', '不赡养老人、虐待家庭成员', 'NEGATIVE', 10, 10, 'INDIVIDUAL', null, '家庭美德'],
  ['B05', '家庭美德', '家庭矛盾激化影响邻里', 'NEGATIVE', 3, 3, 'HOUSEHOLD', null, '家庭美德'],
  ['C01', '人居环境', '参加环境卫生整治', 'POSITIVE', 5, 5, 'INDIVIDUAL', 10, '参加环境卫生整治'],
  ['C02', '人居环境', '室内整洁、物品摆放整齐', 'POSITIVE', 2, 2, 'HOUSEHOLD', 4, '保持室内整洁'],
  ['C03', '人居环境', '房前屋后干净、庭院绿化', 'POSITIVE', 2, 2, 'HOUSEHOLD', 4, '保持庭院整洁'],
  ['C04', '人居环境', '乱堆乱放、乱吊乱挂', 'NEGATIVE', 1, 3, 'HOUSEHOLD', 6, '环境卫生'],
  ['C05', '人居环境', '乱倒垃圾、污水乱排', 'NEGATIVE', 2, 2, 'HOUSEHOLD', 4, '环境卫生'],
  ['D01', '移风易俗', '红白事简办', 'POSITIVE', 5, 10, 'HOUSEHOLD', null, '移风易俗'],
  ['D02', '移风易俗', '低彩礼、零彩礼', 'POSITIVE', 10, 10, 'HOUSEHOLD', null, '移风易俗'],
  ['D03', '移风易俗', '文明祭祀、节俭办丧', 'POSITIVE', 3, 3, 'HOUSEHOLD', null, '移风易俗'],
  ['D04', '移风易俗', '红白事大操大办', 'NEGATIVE', 5, 10, 'HOUSEHOLD', null, '移风易俗'],
  ['D05', '移风易俗', '参与封建迷信活动', 'NEGATIVE', 2, 2, 'INDIVIDUAL', null, '移风易俗'],
  ['E01', '勤俭节约', '节约用水用电、爱惜粮食', 'POSITIVE', 2, 2, 'HOUSEHOLD', 2, '勤俭节约'],
  ['E02', '勤俭节约', '节俭办事、不攀比', 'POSITIVE', 2, 2, 'HOUSEHOLD', 2, '勤俭节约'],
  ['E03', '勤俭节约', '垃圾分类、废物利用', 'POSITIVE', 2, 2, 'HOUSEHOLD', 2, '勤俭节约'],
  ['E04', '勤俭节约', '铺张浪费', 'NEGATIVE', 2, 2, 'HOUSEHOLD', null, '勤俭节约'],
  ['E05', '勤俭节约', '参与赌博', 'NEGATIVE', 5, 5, 'INDIVIDUAL', null, '不文明行为'],
  ['F01', '社会公德', '参加志愿服务', 'POSITIVE', 5, 5, 'INDIVIDUAL', 15, '参加志愿服务'],
  ['F02', '社会公德', '参加义务劳动', 'POSITIVE', 5, 10, 'INDIVIDUAL', 20, '参加义务劳动'],
  ['F03', '社会公德', '尊老爱幼、助人为乐', 'POSITIVE', 3, 3, 'INDIVIDUAL', 9, '弘扬社会公德'],
  ['F04', '社会公德', '参加村民大会、村务监督', 'POSITIVE', 2, 2, 'HOUSEHOLD', 4, '参与村务'],
  ['F05', '社会公德', '损坏公共设施、侵占公共区域', 'NEGATIVE', 5, 10, 'HOUSEHOLD', null, '社会公德'],
  ['G01', '勤劳致富', '参加技能培训', 'POSITIVE', 3, 3, 'INDIVIDUAL', 6, '参加技能培训'],
  ['G02', '勤劳致富', '发展种养殖或特色产业', 'POSITIVE', 5, 5, 'HOUSEHOLD', null, '发展产业'],
  ['G03', '勤劳致富', '外出务工、稳定就业', 'POSITIVE', 3, 3, 'INDIVIDUAL', 3, '勤劳致富'],
  ['G04', '勤劳致富', '主动参与村集体经济发展', 'POSITIVE', 5, 5, 'HOUSEHOLD', null, '勤劳致富'],
  ['G05', '勤劳致富', '等靠要、好逸恶劳', 'NEGATIVE', 2, 2, 'HOUSEHOLD', 2, '勤劳致富'],
  // 加分项、否决项 10 个指标
  ['H01', '加分项', '获县级以上表彰', 'BONUS', 15, 50, 'INDIVIDUAL', null, '获得表彰'],
  ['H02', '加分项', '获乡镇、村级表彰', 'BONUS', 5, 10, 'INDIVIDUAL', null, '获得表彰'],
  ['H03', '加分项', '见义勇为', 'BONUS', 20, 20, 'INDIVIDUAL', null, '见义勇为'],
  ['H04', '加分项', '子女考上大学', 'BONUS', 5, 5, 'INDIVIDUAL', null, '教育成才'],
  ['H05', '加分项', '带动群众共同致富', 'BONUS', 10, 10, 'HOUSEHOLD', null, '带动致富'],
  ['H06', '加分项', '捐资助学、社会捐赠', 'BONUS', 10, 10, 'HOUSEHOLD', null, '参与公益捐助'],
  ['V01', '否决项', '受到刑事处罚', 'VETO', 20, 20, 'INDIVIDUAL', null, '否决项'],
  ['V02', '否决项', '参与邪教或非法组织', 'VETO', 20, 20, 'INDIVIDUAL', null, '否决项'],
  ['V03', '否决项', '涉黄涉赌涉毒', 'VETO', 20, 20, 'INDIVIDUAL', null, '否决项'],
  ['V04', '否决项', '违法占地建房拒不整改', 'VETO', 20, 20, 'HOUSEHOLD', null, '否决项'],
];

export const GENERIC_003: SchemeDefinition = {
  name: '乡村治理推广运用创建新模式实施方案',
  year: 2026,
  parameters: {
    subjectModel: 'FAMILY_AVERAGE',
    basePoints: 0,
    cycle: 'ANNUAL_RESET',
    rankingBasis: 'FAMILY_AVERAGE',
    exchangeValue: null,
    exchangeableRule: 'BALANCE',
    exchangeThreshold: 0,
    exchangeWindows: { months: null, label: '随时兑换' },
    blackListBlocksExchange: false,
    awardRule: 'TOP_NO_VETO',
    reviewCadenceMonths: 1,
    publicationCadenceMonths: 3,
    objectionWindowDays: 20,
    villageAdoption: 'FILING',
  },
  items: itemsOf(ROWS, { example: true, evidence: 'ALL' }),
};
