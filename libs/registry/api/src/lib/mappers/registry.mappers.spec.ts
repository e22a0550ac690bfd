import { Gender, Relation, Residency } from '../registry.enums';
import { MemberEntity } from '../entities/member.entity';
import { diffFields } from '../services/household-history.service';
import { commonRegion } from '../services/household-card.service';
import { summarizeChanges, toFieldChanges, toMemberModel } from './registry.mappers';

describe('mappers', () => {
  it('a member model carries masked values only', () => {
    const entity = {
      id: 'm1',
      householdId: 'h1',
      regionCode: '150626100201',
      countyCode: '150626000000',
      name: '娜仁',
      gender: Gender.FEMALE,
      birthDate: '1990-05-15',
      relation: Relation.HEAD,
      idNumberCipher: Buffer.from('secret'),
      idNumberHash: 'f'.repeat(64),
      idNumberMasked: '150***********0022',
      phoneCipher: Buffer.from('secret'),
      phoneMasked: '139****5678',
      participating: true,
      active: true,
      leftAt: null,
      createdAt: new Date(),
      updatedAt: new Date(),
    } as MemberEntity;
    const model = toMemberModel(entity);
    expect(Object.keys(model).sort()).toEqual(
      [
        'active',
        'birthDate',
        'gender',
        'householdId',
        'id',
        'idNumberMasked',
        'isHead',
        'name',
        'participating',
        'phoneMasked',
        'relation',
      ].sort(),
    );
    expect(model.isHead).toBe(true);
  });

  it.each([
    [{ address: 'a' }, { address: 'b' }, { address: { from: 'a', to: 'b' } }],
    [{ address: 'a' }, { address: 'a' }, {}],
    [
      { residency: Residency.LOCAL_HUKOU },
      { residency: Residency.NON_LOCAL },
      { residency: { from: 'LOCAL_HUKOU', to: 'NON_LOCAL' } },
    ],
    [
      { idNumber: '11010519491231002X' },
      { idNumber: '440524188001010014' },
      { idNumber: { from: '110***********002X', to: '440***********0014' } },
    ],
    [{ phone: null }, { phone: '13812345678' }, { phone: { from: null, to: '138****5678' } }],
    [{}, { participating: false }, { participating: { from: null, to: false } }],
  ])('diff %j → %j = %j (sensitive fields masked)', (before, after, changes) => {
    expect(diffFields(before, after)).toEqual(changes);
  });

  it('summarizes changes in one line', () => {
    expect(
      summarizeChanges(toFieldChanges({ address: { from: '甲', to: '乙' }, gridCode: { from: null, to: '1' } })),
    ).toBe('address: 甲 → 乙; gridCode: ∅ → 1');
  });

  it.each([
    [['150626100201', '150626100201'], '150626100201'],
    [['150626100201', '150626100202'], '150626100000'],
    [['150626100201', '150626101201'], '150626000000'],
    [['150626100201', '150627100201'], '150000000000'],
  ])('the common region of %j is %s', (codes, region) => {
    expect(commonRegion(codes)).toBe(region);
  });
});
