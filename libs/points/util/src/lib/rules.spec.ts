import { takesEntitlement } from './rules';
import type { ItemKind } from './types';

function negative(name: string, kind: ItemKind = 'NEGATIVE', category = '遵纪守法', publicWording = '违反村规民约') {
  return { kind, name, category, publicWording };
}

describe('takesEntitlement', () => {
  it.each([
    '扣发当年惠农补贴',
    '取消集体经济分红',
    '停发低保',
    '暂停发放养老金',
    '减发粮补',
    '不予发放临时救助',
    '没收集体收益分配',
    '扣除本户当年集体经济收入分配',
    '取消其享受的医保补助',
    '低保资格予以取消',
    '分红暂停',
    '扣减种粮补贴',
  ])('%s takes away an entitlement', (name) => {
    expect(takesEntitlement(negative(name))).toBe(true);
  });

  it('also finds it in the public wording, the category, and for VETO items', () => {
    expect(takesEntitlement(negative('违规建房', 'NEGATIVE', '遵纪守法', '停发补贴'))).toBe(true);
    expect(takesEntitlement(negative('违规建房', 'NEGATIVE', '取消分红类'))).toBe(true);
    expect(takesEntitlement(negative('违法犯罪，取消当年分红', 'VETO'))).toBe(true);
  });

  it.each([
    '不参加分红会议',
    '无故缺席集体经济分红大会',
    '骗取补贴，取消当年积分兑换资格',
    '骗取补贴取消兑换资格',
    '冒领低保扣5分',
    '冒领养老金扣二分',
    '参与赌博或迷信活动',
    '乱搭乱建、乱堆乱放、乱吊乱挂',
    '取消当年和次年积分兑换资格',
    '不配合低保政策宣传',
    '对享受政策不认账',
  ])('%s does not take away an entitlement', (name) => {
    expect(takesEntitlement(negative(name))).toBe(false);
  });

  it('is false for POSITIVE and BONUS items whatever they say', () => {
    expect(takesEntitlement(negative('停发低保', 'POSITIVE'))).toBe(false);
    expect(takesEntitlement(negative('取消集体经济分红', 'BONUS'))).toBe(false);
  });
});
