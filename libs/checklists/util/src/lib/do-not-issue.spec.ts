import {
  DO_NOT_ISSUE_CERTIFICATES,
  NOT_A_CERTIFICATE_BASIS,
  TASK_NOT_LISTED_BASIS,
  matchDoNotIssue,
  negativeGate,
  normalizeForMatch,
  type DoNotIssueItem,
  type GateLists,
} from './do-not-issue';
import { EXAMPLE_ASSISTED_ITEM, EXAMPLE_CERTIFICATE_ITEMS, EXAMPLE_NEGATIVE_ITEMS } from './example-items';

describe('DO_NOT_ISSUE_CERTIFICATES', () => {
  it('has the 20 items of the national list, coded DNI-01 … DNI-20', () => {
    expect(DO_NOT_ISSUE_CERTIFICATES).toHaveLength(20);
    expect(DO_NOT_ISSUE_CERTIFICATES.map((i) => i.code)).toEqual(
      Array.from({ length: 20 }, (_, i) => `DNI-${String(i + 1).padStart(2, '0')}`),
    );
    expect(new Set(DO_NOT_ISSUE_CERTIFICATES.map((i) => i.name)).size).toBe(20);
  });

  it('gives every item a basis citing the notice and a way to get it instead', () => {
    DO_NOT_ISSUE_CERTIFICATES.forEach((i) => {
      expect(i.basis).toContain('民发〔2020〕20号');
      expect(i.alternative.length).toBeGreaterThan(0);
    });
  });

  it.each(DO_NOT_ISSUE_CERTIFICATES.map((i) => [i.name, i.code] as const))('finds %s by its own name', (name, code) => {
    expect(matchDoNotIssue(`请开具${name}`).map((i) => i.code)).toContain(code);
  });
});

describe('normalizeForMatch', () => {
  it('folds full-width characters, spaces and punctuation', () => {
    expect(normalizeForMatch('  死 亡\u3000证明（ＡＢＣ１）。')).toBe('死亡证明abc1');
  });
});

describe('matchDoNotIssue', () => {
  it.each([
    ['开 个\u3000死亡证明', ['DNI-11']],
    ['老人去世了，要证明', ['DNI-11']],
    ['我需要一个单身证明', ['DNI-08']],
    ['证明我们是父子关系', ['DNI-01']],
    ['身份证丢失了，开个证明', ['DNI-20']],
    ['孩子的出生医学证明', ['DNI-09']],
    ['户口变更需要更正出生日期', ['DNI-03']], // 出生日期 alone is not 出生日期证明
    ['养老金领取需要生存证明', ['DNI-10']],
    ['公司注册地址证明', ['DNI-19']],
    ['无犯罪记录证明', ['DNI-05']],
    ['收养人婚姻状况证明', []], // a lawful certificate on some provinces' lists
    ['入党政审证明', []],
    ['', []],
  ])('%s → %j', (text, codes) => {
    expect(matchDoNotIssue(text).map((i) => i.code)).toEqual(codes);
  });

  it('matches several items in list order', () => {
    expect(matchDoNotIssue('残疾和疾病状况证明').map((i) => i.code)).toEqual(['DNI-12', 'DNI-13']);
  });

  it('uses a province’s extended list when given', () => {
    const hubei: DoNotIssueItem[] = [
      ...DO_NOT_ISSUE_CERTIFICATES,
      { code: 'HB-01', name: '转学证明', keywords: ['转学'], basis: '湖北省补充清单', alternative: '由学校办理' },
    ];
    expect(matchDoNotIssue('孩子转学要村里盖章', hubei).map((i) => i.code)).toEqual(['HB-01']);
    expect(matchDoNotIssue('孩子转学要村里盖章')).toEqual([]);
  });
});

describe('negativeGate', () => {
  const lists: GateLists = {
    negative: EXAMPLE_NEGATIVE_ITEMS,
    assistedGovernment: [EXAMPLE_ASSISTED_ITEM],
    certificate: EXAMPLE_CERTIFICATE_ITEMS,
  };

  it.each([
    ['a listed certificate by code', { kind: 'CERTIFICATE', text: '', itemCode: 'ZM-001' }, 'ZM-001'],
    ['a listed certificate by text', { kind: 'CERTIFICATE', text: '开具入党外调政审证明' }, 'ZM-001'],
    ['a listed certificate by keyword', { kind: 'CERTIFICATE', text: '收养登记要村里的证明' }, 'ZM-002'],
    ['a listed task by keyword', { kind: 'TASK', text: '协助做好低保申请受理', fromDepartment: '镇民政办' }, 'XZ-001'],
    ['a listed task by part of its name', { kind: 'TASK', text: '最低生活保障' }, 'XZ-001'],
    ['a listed task by code', { kind: 'TASK', text: '季度工作', itemCode: 'XZ-001' }, 'XZ-001'],
  ] as const)('allows %s', (_label, request, code) => {
    const decision = negativeGate(request, lists);
    expect(decision).toMatchObject({ allowed: true, item: { code } });
  });

  it('refuses a do-not-issue certificate with the national basis', () => {
    expect(negativeGate({ kind: 'CERTIFICATE', text: '开具死亡证明' }, lists)).toEqual({
      allowed: false,
      code: 'CHECKLIST_DO_NOT_ISSUE',
      doNotIssue: DO_NOT_ISSUE_CERTIFICATES[10],
      basis: DO_NOT_ISSUE_CERTIFICATES[10].basis,
    });
  });

  it('refuses a do-not-issue certificate even when the village listed it', () => {
    const wrongList: GateLists = {
      ...lists,
      certificate: [{ ...EXAMPLE_CERTIFICATE_ITEMS[0], code: 'ZM-009', name: '居民死亡证明', keywords: [] }],
    };
    expect(negativeGate({ kind: 'CERTIFICATE', text: '', itemCode: 'ZM-009' }, wrongList)).toMatchObject({
      allowed: false,
      code: 'CHECKLIST_DO_NOT_ISSUE',
      doNotIssue: { code: 'DNI-11' },
    });
  });

  it('refuses a certificate the village does not list', () => {
    expect(negativeGate({ kind: 'CERTIFICATE', text: '房屋归属情况说明' }, lists)).toEqual({
      allowed: false,
      code: 'CHECKLIST_NOT_A_CERTIFICATE',
      basis: NOT_A_CERTIFICATE_BASIS,
    });
  });

  it.each([
    ['招商引资任务', 'FM-001'],
    ['请各村完成商业 保险推销', 'FM-001'],
    ['由村负责拆违工作', 'FM-002'],
    ['请各村组织村民关注公众号并填表报数', 'FM-003'],
  ])('refuses the task %s as negative item %s, with its basis', (text, code) => {
    const decision = negativeGate({ kind: 'TASK', text, fromDepartment: '某局' }, lists);
    const item = EXAMPLE_NEGATIVE_ITEMS.find((i) => i.code === code);
    expect(decision).toEqual({
      allowed: false,
      code: 'CHECKLIST_NEGATIVE_ITEM',
      item,
      basis: item?.basis,
      fromDepartment: '某局',
    });
  });

  it('refuses a task picked by the code of a negative item', () => {
    expect(negativeGate({ kind: 'TASK', text: '', itemCode: 'FM-002' }, lists)).toMatchObject({
      code: 'CHECKLIST_NEGATIVE_ITEM',
      item: { code: 'FM-002' },
    });
  });

  it('falls back to the policy basis of a negative item without its own basis', () => {
    const old = { ...EXAMPLE_NEGATIVE_ITEMS[0], basis: '', policyBasis: '某县文件' };
    expect(negativeGate({ kind: 'TASK', text: '招商引资' }, { negative: [old] })).toMatchObject({ basis: '某县文件' });
  });

  it('refuses a task that is on no list', () => {
    expect(negativeGate({ kind: 'TASK', text: '统计全村养殖户数量', fromDepartment: '某局' }, lists)).toEqual({
      allowed: false,
      code: 'CHECKLIST_TASK_NOT_LISTED',
      basis: TASK_NOT_LISTED_BASIS,
      fromDepartment: '某局',
    });
    expect(negativeGate({ kind: 'TASK', text: '' }, {})).toMatchObject({ code: 'CHECKLIST_TASK_NOT_LISTED' });
  });
});
