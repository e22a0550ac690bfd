/**
 * Synthetic, reproducible people for demo and benchmark data. Every name, ID number and phone number is made up
 * (ID numbers are well-formed with a valid check digit so that they pass the product's validation).
 */
import { withIdCheckChar } from '@xiangzhi/registry/util';

/** mulberry32: a small seeded PRNG so that every run makes the same data. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SURNAMES =
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤'.split(
    '',
  );
const GIVEN_M =
  '伟强军勇明永健世广志义兴良海山仁波宁贵福生龙元全国胜学祥才发武新利清飞彬富顺信子杰涛昌成康星光天达安岩中茂进林有坚和彪博诚先敬震振壮会思群豪心邦承乐绍功松善厚庆磊民友裕河哲江超浩亮政谦亨奇固之轮翰朗伯宏言若鸣朋斌梁栋维启克伦翔旭鹏泽晨辰士以建家致树炎德行时泰盛雄琛钧冠策腾楠榕风航弘'.split(
    '',
  );
const GIVEN_F =
  '秀娟英华慧巧美娜静淑惠珠翠雅芝玉萍红娥玲芬芳燕彩春菊兰凤洁梅琳素云莲真环雪荣爱妹霞香月莺媛艳瑞凡佳嘉琼勤珍贞莉桂娣叶璧璐娅琦晶妍茜秋珊莎锦黛青倩婷姣婉娴瑾颖露瑶怡婵雁蓓纨仪荷丹蓉眉君琴蕊薇菁梦岚苑婕馨瑗琰韵融园艺咏卿聪澜纯毓悦昭冰爽琬茗羽希宁欣飘育滢馥筠柔竹霭凝晓欢霄枫芸菲寒伊亚宜可姬舒影荔枝思丽'.split(
    '',
  );
const ROADS = ['组', '社', '湾', '坪', '坝', '沟', '岭'];

export type Relation = 'HEAD' | 'SPOUSE' | 'CHILD' | 'PARENT' | 'GRANDCHILD' | 'SIBLING' | 'OTHER';

export interface SynthMember {
  name: string;
  gender: 'MALE' | 'FEMALE';
  birthDate: string;
  relation: Relation;
  idNumber: string;
  phone: string | null;
}

export interface SynthHousehold {
  address: string;
  residency: 'LOCAL_HUKOU' | 'NON_LOCAL';
  residentSince: string | null;
  participating: boolean;
  members: SynthMember[];
}

function pick<T>(r: () => number, xs: readonly T[]): T {
  return xs[Math.floor(r() * xs.length)];
}

function personName(r: () => number, surname: string, gender: 'MALE' | 'FEMALE'): string {
  const pool = gender === 'MALE' ? GIVEN_M : GIVEN_F;
  return surname + pick(r, pool) + (r() < 0.7 ? pick(r, pool) : '');
}

function birth(r: () => number, minAge: number, maxAge: number, year = 2026): string {
  const y = year - minAge - Math.floor(r() * (maxAge - minAge + 1));
  const m = 1 + Math.floor(r() * 12);
  const d = 1 + Math.floor(r() * 28);
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/**
 * A household of 1–6 people with valid, unique (by `serial`) ID numbers registered in `countyCode` (6 digits).
 * `serial` must be unique per county within one data set: it is folded into the ID number's sequence digits and
 * birth day so that no two synthetic people share an ID number.
 */
export function synthHousehold(
  r: () => number,
  countyCode6: string,
  serial: number,
  villageName: string,
  taken: Set<string> = new Set(),
): SynthHousehold {
  const surname = pick(r, SURNAMES);
  const size = 1 + Math.floor(r() * r() * 6);
  const members: SynthMember[] = [];
  const headGender = r() < 0.8 ? 'MALE' : 'FEMALE';
  const mk = (relation: Relation, gender: 'MALE' | 'FEMALE', b: string, sameSurname = true): SynthMember => {
    const idx = serial * 8 + members.length; // unique per county and person
    const seq = idx % 500; // 3-digit sequence (gender parity set below)
    const dayBump = Math.floor(idx / 500); // spreads the rest over birth dates
    const bd = new Date(`${b}T00:00:00Z`);
    bd.setUTCDate(bd.getUTCDate() - (dayBump % 3650));
    const birthDate = bd.toISOString().slice(0, 10);
    let seqDigits = seq * 2 + (gender === 'MALE' ? 1 : 0);
    if (seqDigits > 999) seqDigits -= 1000;
    let idNumber = '';
    for (let tries = 0; tries < 500; tries++) {
      idNumber = withIdCheckChar(countyCode6 + birthDate.replace(/-/g, '') + String(seqDigits).padStart(3, '0'));
      if (!taken.has(idNumber)) break;
      seqDigits = (seqDigits + 2) % 1000;
    }
    taken.add(idNumber);
    return {
      name: personName(r, sameSurname ? surname : pick(r, SURNAMES), gender),
      gender,
      birthDate,
      relation,
      idNumber,
      phone:
        r() < 0.8 ? `1${pick(r, ['3', '5', '7', '8', '9'])}${String(Math.floor(r() * 1e9)).padStart(9, '0')}` : null,
    };
  };
  members.push(mk('HEAD', headGender, birth(r, 30, 75)));
  if (size > 1) members.push(mk('SPOUSE', headGender === 'MALE' ? 'FEMALE' : 'MALE', birth(r, 28, 72), false));
  for (let i = 2; i < size; i++) {
    const rel: Relation = i === size - 1 && r() < 0.3 ? 'PARENT' : 'CHILD';
    const g = r() < 0.5 ? 'MALE' : 'FEMALE';
    members.push(mk(rel, g, rel === 'PARENT' ? birth(r, 70, 90) : birth(r, 1, 30), rel !== 'PARENT' || g === 'MALE'));
  }
  const nonLocal = r() < 0.06;
  return {
    address: `${villageName}${1 + Math.floor(r() * 8)}${pick(r, ROADS)}${1 + Math.floor(r() * 60)}号`,
    residency: nonLocal ? 'NON_LOCAL' : 'LOCAL_HUKOU',
    residentSince: nonLocal ? birth(r, 1, 6) : null,
    participating: r() < 0.95,
    members,
  };
}
