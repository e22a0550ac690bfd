import { TestBed } from '@angular/core/testing';
import { ChainBoard, PublicPointsFacade, verifyBoardChain } from '@xiangzhi/points/data-access';
import { canonicalJson, publicationHash } from '@xiangzhi/points/util';
import { ChainStatusComponent } from './chain-status.component';
import { testTransloco } from './test-transloco';

/** Two honest boards as the API publishes them. */
async function chain(): Promise<ChainBoard[]> {
  const first = { seq: 1, lines: [{ lineNo: 1, household: '张*明', wording: '环境卫生', points: 3 }] };
  const second = { seq: 2, lines: [{ lineNo: 1, household: '李*', wording: '孝老爱亲', points: 5 }] };
  const h1 = await publicationHash(null, first);
  const h2 = await publicationHash(h1, second);
  return [
    { id: 'p1', seq: 1, previousHash: null, hash: h1, contentJson: canonicalJson(first) },
    { id: 'p2', seq: 2, previousHash: h1, hash: h2, contentJson: canonicalJson(second) },
  ];
}

async function render(boards: ChainBoard[], apiValid: boolean) {
  const facade = {
    verifyInBrowser: jest.fn(() => verifyBoardChain(boards)),
    verifyByApi: jest.fn(async () => ({
      valid: apiValid,
      checks: boards.map((b) => ({ seq: b.seq, hash: b.hash, valid: apiValid || b.seq === 1, problem: null })),
    })),
  };
  TestBed.configureTestingModule({
    imports: [ChainStatusComponent, testTransloco()],
    providers: [{ provide: PublicPointsFacade, useValue: facade }],
  });
  const fixture = TestBed.createComponent(ChainStatusComponent);
  fixture.componentRef.setInput('villageCode', '150102001001');
  await fixture.whenStable();
  // the hashes are computed asynchronously (Web Crypto)
  for (let i = 0; i < 5; i++) await new Promise((r) => setTimeout(r, 10));
  await fixture.whenStable();
  expect(facade.verifyInBrowser).toHaveBeenCalledWith('150102001001');
  return fixture.nativeElement as HTMLElement;
}

const q = (el: HTMLElement, id: string) => el.querySelector(`[data-testid="${id}"]`) as HTMLElement | null;

describe('ChainStatusComponent (T1 in the browser)', () => {
  it('shows the verified mark when every board hashes to its hash and links to the one before', async () => {
    const el = await render(await chain(), true);
    expect(q(el, 'points-chain-verified')?.textContent).toContain('已验证');
    expect(q(el, 'points-chain-verified')?.textContent).toContain('全部 2 期');
    expect(q(el, 'points-chain-failed')).toBeNull();
    expect(q(el, 'points-chain-api')?.textContent).toContain('服务器核验：通过');
  });

  it('warns clearly when a board was tampered with', async () => {
    const boards = await chain();
    boards[1] = { ...boards[1], contentJson: boards[1].contentJson.replace('"points":5', '"points":50') };
    const el = await render(boards, false);
    expect(q(el, 'points-chain-verified')).toBeNull();
    expect(q(el, 'points-chain-failed')?.textContent).toContain('核验未通过');
    expect(q(el, 'points-chain-failed')?.textContent).toContain('第 2 期公示的内容或链接与发布时不一致');
    expect(q(el, 'points-chain-api')?.textContent).toContain('未通过（第 2 期）');
  });

  it('says there is nothing to verify before the first board', async () => {
    const el = await render([], true);
    expect(q(el, 'points-chain-empty')).not.toBeNull();
  });
});
