import { TestBed } from '@angular/core/testing';
import { ChecklistOversightFacade } from '@xiangzhi/checklists/data-access';
import { RegionContext } from '@xiangzhi/registry/data-access';
import { CasesChartComponent } from './chart.component';
import { OversightOverviewComponent } from './oversight-overview.component';
import { ChartStubComponent, regionContextStub, settle, TOWN, translocoForSpecs } from './testing';

describe('OversightOverviewComponent', () => {
  const facade = { overview: jest.fn() };

  beforeEach(() => jest.resetAllMocks());

  it("shows the town's villages worst first, with the bar chart", async () => {
    facade.overview.mockResolvedValue([
      {
        villageCode: 'a',
        villageName: '乙村',
        openCases: 1,
        overdueCases: 0,
        refusals: 2,
        openComplaints: 0,
        openFindings: 0,
      },
      {
        villageCode: 'b',
        villageName: '甲村',
        openCases: 4,
        overdueCases: 2,
        refusals: 0,
        openComplaints: 1,
        openFindings: 1,
      },
    ]);
    TestBed.configureTestingModule({
      imports: [OversightOverviewComponent, translocoForSpecs()],
      providers: [
        { provide: ChecklistOversightFacade, useValue: facade },
        { provide: RegionContext, useValue: regionContextStub(TOWN) },
      ],
    });
    TestBed.overrideComponent(OversightOverviewComponent, {
      remove: { imports: [CasesChartComponent] },
      add: { imports: [ChartStubComponent] },
    });
    const fixture = TestBed.createComponent(OversightOverviewComponent);
    await settle(fixture);
    expect(facade.overview).toHaveBeenCalledWith(TOWN.code);
    const element = fixture.nativeElement as HTMLElement;
    const rows = Array.from(element.querySelectorAll('[data-testid="oversight-row"]')).map((r) =>
      r.getAttribute('data-village'),
    );
    expect(rows).toEqual(['b', 'a']);
    expect(element.querySelector('[data-testid="oversight-table"]')?.textContent).toContain('超时办件');
    expect(element.querySelector('[data-testid="oversight-chart"] .chart-stub')).not.toBeNull();
  });
});
